// `newsmark show`: the article with every mention marked, then a summary. With colour, each
// type gets its own ANSI colour; without, mentions are written [type: text] so the output is
// still readable in a log or a pipe.
import type { Analysis, Entity, Mention, MentionType } from '../engine/model/types';
import { indexOf } from '../presentation/analysisIndex';

const COLORS: Record<MentionType, string> = {
  person: '\u001b[1;36m', // bold cyan
  organization: '\u001b[1;35m', // bold magenta
  place: '\u001b[1;32m', // bold green
  date: '\u001b[1;33m', // bold yellow
  rank: '\u001b[34m', // blue
  title: '\u001b[94m', // bright blue
  nationality: '\u001b[90m', // grey
};
const RESET = '\u001b[0m';
const BOLD = '\u001b[1m';

/** Terminal control characters from the article would let a file repaint the user's terminal. */
function printable(text: string): string {
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
      const inner = render(m.start, m.end, color ? COLORS[m.type] : '');
      out += color ? `${COLORS[m.type]}${inner}${RESET}${outer}` : `[${m.type}: ${inner}]`;
      cursor = m.end;
    }
    return out + printable(text.slice(cursor, to));
  };
  return render(0, text.length, '');
}

/** People, organizations, places and dates found, one per line, under headings. */
export function renderSummary(analysis: Analysis, color: boolean): string {
  const index = indexOf(analysis);
  // "label: name" for a linked entity, undefined when the link is absent.
  const named = (label: string, id: string | undefined): string | undefined => {
    const name = index.nameOf(id);
    return name ? `${label}: ${printable(name)}` : undefined;
  };
  const paint = (type: MentionType, s: string): string => (color ? `${COLORS[type]}${s}${RESET}` : s);
  const heading = (s: string): string => (color ? `${BOLD}${s}${RESET}` : s);
  const lines: string[] = [];
  const section = (title: string, items: string[]): void => {
    lines.push(heading(`${title} (${items.length})`));
    lines.push(...(items.length > 0 ? items.map((s) => `  ${s}`) : ['  none found']));
  };
  // Mentions the engine did not link to an entity still belong in the summary, by their text.
  const entitiesOf = (type: MentionType): Entity[] => {
    const linked = analysis.entities.filter((e) => e.type === type);
    const names = new Set(linked.map((e) => e.name));
    for (const m of analysis.mentions) {
      if (m.type !== type || m.entity !== undefined || names.has(m.text)) continue;
      names.add(m.text);
      linked.push({ id: '', type, name: m.text, aliases: [], mentions: [] });
    }
    return linked;
  };
  const details = (parts: (string | undefined)[]): string => {
    const set = parts.filter((p): p is string => p !== undefined && p !== '');
    return set.length > 0 ? ` — ${set.join('; ')}` : '';
  };
  section(
    'People',
    entitiesOf('person').map(
      (e) =>
        paint('person', printable(e.name)) +
        details([
          e.rank && `rank: ${printable(e.rank)}${e.rankInfo?.nato ? ` (${e.rankInfo.nato})` : ''}`,
          e.title && `title: ${printable(e.title)}`,
          named('organization', e.organization),
          named('country', e.country),
        ]),
    ),
  );
  section(
    'Organizations',
    entitiesOf('organization').map(
      (e) =>
        paint('organization', printable(e.name)) +
        details([
          e.acronym && `acronym: ${printable(e.acronym)}`,
          named('part of', e.parent ?? e.organization),
          named('country', e.country),
        ]),
    ),
  );
  section(
    'Places',
    entitiesOf('place').map(
      (e) => paint('place', printable(e.name)) + details([e.placeKind, named('country', e.country)]),
    ),
  );
  section(
    'Dates',
    analysis.mentions
      .filter((m) => m.type === 'date')
      .map(
        (m) =>
          paint('date', printable(m.text)) +
          ` → ${m.value ?? 'no value'}${m.rangeEnd ? ` to ${m.rangeEnd}` : ''}` +
          (m.resolution ? ` (${m.resolution})` : ''),
      ),
  );
  return lines.join('\n');
}

/** Whether to colour: an explicit flag wins, then NO_COLOR (any non-empty value), then the TTY. */
export function useColor(flag: boolean | undefined, env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY;
}
