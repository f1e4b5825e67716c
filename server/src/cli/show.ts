// `newsmark show`: the article with every mention marked, then a summary. With colour, each
// type gets its own ANSI colour; without, mentions are written [type: text] so the output is
// still readable in a log or a pipe.
import type { Analysis, Entity, Mention, MentionType } from '../engine/model/types';
import { MENTION_TYPES } from '../engine/model/types';
import { analysisIndex } from '../presentation/analysisIndex';
import { dateValueText } from '../presentation/dateText';
import type { Fact } from '../presentation/entityFacts';
import { TYPE_PRESENTATION } from '../presentation/typePresentation';

const RESET = '\u001b[0m';
const BOLD = '\u001b[1m';

/** Terminal control characters from the article would let a file repaint the user's terminal. */
export function printable(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const control = (c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0x7f || c === 0x9b;
    if (!control) continue;
    out += `${text.slice(from, i)}\ufffd`;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** The article text with mentions marked; a mention inside another is marked inside it. */
export function renderArticle(text: string, mentions: readonly Mention[], color: boolean): string {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  let i = 0;
  // Renders text[from, to) and every mention that starts there and fits inside it.
  const render = (from: number, to: number, outer: string): string => {
    let out = '';
    let cursor = from;
    while (i < sorted.length && sorted[i].start < to) {
      const m = sorted[i++];
      if (m.start < cursor || m.end > to) continue; // crosses a marked span: listed in the summary only
      out += printable(text.slice(cursor, m.start));
      const inner = render(m.start, m.end, color ? TYPE_PRESENTATION[m.type].cliColor : '');
      out += color
        ? `${TYPE_PRESENTATION[m.type].cliColor}${inner}${RESET}${outer}`
        : `[${m.type}: ${inner}]`;
      cursor = m.end;
    }
    return out + printable(text.slice(cursor, to));
  };
  return render(0, text.length, '');
}

/** How a fact reads on an entity's summary line ("rank: Colonel General (OF-8)", "city"); undefined: not there. */
function summaryText(f: Fact): string | undefined {
  if (f.summary === undefined) return undefined;
  const text = f.summary === 'alone' ? f.text : `${f.label.toLowerCase()}: ${f.text}`;
  return printable(f.note ? `${text} (${f.note})` : text);
}

/**
 * The entities found, one per line with their facts, under a heading per type the summary lists
 * (people, organizations, places; their Outline group names), and the dates with their values.
 */
export function renderSummary(analysis: Analysis, color: boolean): string {
  const index = analysisIndex(analysis);
  const paint = (type: MentionType, s: string): string =>
    color ? `${TYPE_PRESENTATION[type].cliColor}${s}${RESET}` : s;
  const heading = (s: string): string => (color ? `${BOLD}${s}${RESET}` : s);
  const lines: string[] = [];
  // Mentions the engine did not link to an entity still belong in the summary, by their text.
  const entitiesOf = (type: MentionType): Entity[] => {
    // An entity no mention refers to (the country a gazetteer gives an organization) is a fact on
    // the hover of the entity that points to it, not something the article names.
    const linked = analysis.entities.filter((e) => e.type === type && e.mentions.length > 0);
    const names = new Set(linked.map((e) => e.name));
    for (const m of analysis.mentions) {
      if (m.type !== type || m.entity !== undefined || names.has(m.text)) continue;
      names.add(m.text);
      linked.push({ id: '', type, name: m.text, aliases: [], mentions: [] });
    }
    return linked;
  };
  const entityLine = (e: Entity): string => {
    const facts = TYPE_PRESENTATION[e.type]
      .facts(e, index)
      .map(summaryText)
      .filter((t): t is string => t !== undefined);
    return paint(e.type, printable(e.name)) + (facts.length > 0 ? ` — ${facts.join('; ')}` : '');
  };
  const dateLine = (m: Mention): string =>
    paint('date', printable(m.text)) +
    ` → ${dateValueText(m) ?? 'no value'}` +
    (m.resolution ? ` (${m.resolution})` : '');
  for (const type of MENTION_TYPES) {
    const shown = TYPE_PRESENTATION[type];
    if (!shown.inSummary) continue;
    const items =
      type === 'date'
        ? analysis.mentions.filter((m) => m.type === 'date').map(dateLine)
        : entitiesOf(type).map(entityLine);
    lines.push(heading(`${shown.outlineGroup} (${items.length})`));
    lines.push(...(items.length > 0 ? items.map((s) => `  ${s}`) : ['  none found']));
  }
  return lines.join('\n');
}

/** Whether to colour: an explicit flag wins, then NO_COLOR (any non-empty value), then the TTY. */
export function useColor(flag: boolean | undefined, env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY;
}
