// Find All References: every mention of the entity under the cursor, so each mention is reachable
// without an Outline row per mention. The first mention counts as the declaration (it introduces
// the entity, usually with its full name, as the `declaration` token modifier marks it).
import type { Location, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../engine/model/types';
import { analysisIndex, dateKey } from '../presentation/analysisIndex';
import type { WorkspaceIndex } from '../workspace/index';
import { mentionCount, rangeAt } from '../workspace/keys';
import { acrossArticlesAt, type OpenArticle } from '../workspace/lookup';

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

/** The open document and its analysis, as the workspace look-ups take them. */
function openArticle(doc: TextDocument, analysis: Analysis): OpenArticle {
  return { uri: doc.uri, analysis, positionAt: (offset) => doc.positionAt(offset) };
}

/**
 * Find All References across the workspace: every mention of the entity (or date value) under
 * the cursor in every indexed article, article by article from the earliest; the declaration is
 * the definition (the first full mention in the earliest article). A mention with no key across
 * articles (a rank, a title) lists this document's references only.
 */
export function workspaceReferencesAt(
  doc: TextDocument,
  analysis: Analysis,
  offset: number,
  includeDeclaration: boolean,
  index: WorkspaceIndex,
): Location[] | null {
  const across = acrossArticlesAt(index, openArticle(doc, analysis), offset);
  if (!across) return referencesAt(doc, analysis, offset, includeDeclaration);
  const out: Location[] = [];
  across.postings.forEach(({ uri, posting }, article) => {
    for (let i = 0; i < mentionCount(posting); i++) {
      if (includeDeclaration || article !== 0 || i !== posting.full)
        out.push({ uri, range: rangeAt(posting, i) });
    }
  });
  return out;
}

/**
 * Go to Definition: the entity's first full mention, in the earliest article that names it (by
 * publication date, then path); in this document when nothing is indexed.
 */
export function definitionAt(
  doc: TextDocument,
  analysis: Analysis,
  offset: number,
  index: WorkspaceIndex,
): Location | null {
  const across = acrossArticlesAt(index, openArticle(doc, analysis), offset);
  const first = across?.postings[0];
  if (!first) return null;
  return { uri: first.uri, range: rangeAt(first.posting, first.posting.full) };
}

/** In how many indexed articles the entity at `offset` appears (this one included); undefined off one. */
export function articleCountAt(
  doc: TextDocument,
  analysis: Analysis,
  offset: number,
  index: WorkspaceIndex,
): number | undefined {
  return acrossArticlesAt(index, openArticle(doc, analysis), offset)?.postings.length;
}
