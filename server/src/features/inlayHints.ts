// Inlay hints: after a date whose text does not spell its value out ("last Tuesday", "Nov. 9",
// "the next day"), the ISO value it resolved to; after a rank, its NATO code. The reader checks
// the engine's reading without hovering each mention.
import type { InlayHint, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Mention } from '../engine/model/types';
import { analysisIndex } from '../presentation/analysisIndex';
import { dateValueText, weekDaysText } from '../presentation/dateText';

/** Which hints are shown (newsmark.inlayHints.*). */
export interface InlayHintSettings {
  dates: boolean;
  ranks: boolean;
}

/**
 * A date's hint, when its text leaves the value to the reader: counted from the article date, or
 * written without its year. A date written out in full ("8 November 2023") needs none.
 */
function dateHint(
  m: Mention,
  articleDate: string | undefined,
): { label: string; tooltip: string } | undefined {
  const r = m.resolution;
  if (r !== 'relative' && r !== 'anchored' && r !== 'article-year' && r !== 'tense-shifted') return undefined;
  const value = dateValueText(m);
  if (value === undefined) return undefined;
  const from =
    r === 'relative'
      ? `counted from the article date${articleDate ? ` ${articleDate}` : ''}`
      : r === 'anchored'
        ? 'counted from the date named before it'
        : 'no year written: the year is the article’s';
  const week = weekDaysText(m.value);
  return { label: value, tooltip: `Newsmark: ${m.text} = ${value}${week ? ` (${week})` : ''}, ${from}.` };
}

/** The hints for the mentions that overlap `range`, in document order. */
export function inlayHints(
  doc: TextDocument,
  analysis: Analysis,
  range: Range,
  settings: InlayHintSettings,
): InlayHint[] {
  if (!settings.dates && !settings.ranks) return [];
  const from = doc.offsetAt(range.start);
  const to = doc.offsetAt(range.end);
  const ix = analysisIndex(analysis);
  const hints: InlayHint[] = [];
  const mentions = analysis.mentions;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.end < from || m.start > to) continue;
    let hint: { label: string; tooltip: string } | undefined;
    if (m.type === 'date' && settings.dates) hint = dateHint(m, analysis.meta.date);
    else if (m.type === 'rank' && settings.ranks) {
      const info = ix.entityOf(i)?.rankInfo;
      if (info?.nato) {
        const comparable = info.natoBasis === 'comparable';
        hint = {
          label: comparable ? `≈${info.nato}` : info.nato,
          tooltip: `Newsmark: NATO code of ${info.name} (${info.tradition}${comparable ? ', comparable, not official' : ''}).`,
        };
      }
    }
    if (hint) hints.push({ position: doc.positionAt(m.end), paddingLeft: true, ...hint });
  }
  return hints;
}
