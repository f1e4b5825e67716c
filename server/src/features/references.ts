// Find All References: every mention of the entity under the cursor, so each mention is reachable
// without an Outline row per mention. The first mention counts as the declaration (it introduces
// the entity, usually with its full name, as the `declaration` token modifier marks it).
import type { Location, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../engine/model/types';
import { analysisIndex, dateKey } from '../presentation/analysisIndex';

/**
 * Indices (in document order) of the mentions that refer to the same thing as mention `index`:
 * the mentions of its entity; for a date (dates have no entity), the dates with the same value —
 * or, unresolved, the same words — as the Outline groups them; a mention linked to no entity
 * stands alone.
 */
function coreferentMentions(analysis: Analysis, index: number): number[] {
  const entity = analysisIndex(analysis).entityOf(index);
  if (entity) return entity.mentions;
  const m = analysis.mentions[index];
  if (m.type !== 'date') return [index];
  const key = dateKey(m);
  const same: number[] = [];
  analysis.mentions.forEach((other, i) => {
    if (other.type === 'date' && dateKey(other) === key) same.push(i);
  });
  return same;
}

/**
 * The ranges of the mentions referring to the same thing as the mention at `offset`, the first
 * mention (the declaration) first; undefined off any mention. Find All References and the
 * document highlights both list these.
 */
export function coreferentRangesAt(
  doc: TextDocument,
  analysis: Analysis,
  offset: number,
): Range[] | undefined {
  const found = analysisIndex(analysis).mentionAt(offset);
  if (!found) return undefined;
  return coreferentMentions(analysis, found.index).map((i) => {
    const m = analysis.mentions[i];
    return { start: doc.positionAt(m.start), end: doc.positionAt(m.end) };
  });
}

export function referencesAt(
  doc: TextDocument,
  analysis: Analysis,
  offset: number,
  includeDeclaration: boolean,
): Location[] | null {
  const ranges = coreferentRangesAt(doc, analysis, offset);
  if (!ranges) return null;
  // The declaration is the first mention; without it, the rest (possibly none).
  return (includeDeclaration ? ranges : ranges.slice(1)).map((range) => ({ uri: doc.uri, range }));
}
