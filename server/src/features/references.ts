// Find All References: every mention of the entity under the cursor, so each mention is reachable
// without an Outline row per mention. The first mention counts as the declaration (it introduces
// the entity, usually with its full name, as the `declaration` token modifier marks it).
import type { Location } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../engine/types';
import { indexOf } from './analysisIndex';
import { dateKey } from './documentSymbols';

/**
 * Indices (in document order) of the mentions that refer to the same thing as mention `index`:
 * the mentions of its entity; for a date (dates have no entity), the dates with the same value —
 * or, unresolved, the same words — as the Outline groups them; a mention linked to no entity
 * stands alone.
 */
export function coreferentMentions(analysis: Analysis, index: number): number[] {
  const entity = indexOf(analysis).entityOf(index);
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

/** The mentions referring to the same thing as the mention at `offset`, or undefined off any mention. */
export function coreferentsAt(analysis: Analysis, offset: number): number[] | undefined {
  const found = indexOf(analysis).mentionAt(offset);
  return found ? coreferentMentions(analysis, found.index) : undefined;
}

export function referencesAt(
  doc: TextDocument,
  analysis: Analysis,
  offset: number,
  includeDeclaration: boolean,
): Location[] | null {
  const all = coreferentsAt(analysis, offset);
  if (!all) return null;
  // The declaration is the first mention; without it, the rest (possibly none).
  const shown = includeDeclaration ? all : all.slice(1);
  return shown.map((i) => {
    const m = analysis.mentions[i];
    return { uri: doc.uri, range: { start: doc.positionAt(m.start), end: doc.positionAt(m.end) } };
  });
}
