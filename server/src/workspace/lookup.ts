// The thing under the cursor across the workspace: its key, and every article's posting of it,
// with the open document's own postings taken from its current analysis (the index may hold an
// older version of it while the editor types).
import type { Analysis } from '../engine/model/types';
import { analysisIndex } from '../presentation/analysisIndex';
import { byDateThenUri, canonicalUri, type ArticlePosting, type WorkspaceIndex } from './index';
import { mentionKey, summarize, type ArticleSummary, type LineChar } from './keys';

const summaries = new WeakMap<Analysis, ArticleSummary>();

/** The postings of an analysed open document, computed once per analysis. */
export function summaryOf(analysis: Analysis, positionAt: (offset: number) => LineChar): ArticleSummary {
  let summary = summaries.get(analysis);
  if (!summary) {
    summary = summarize(analysis, positionAt);
    summaries.set(analysis, summary);
  }
  return summary;
}

export interface AcrossArticles {
  key: string;
  /** Every article naming it, earliest first; this document's posting is its current one. */
  postings: ArticlePosting[];
}

/** The open document as the index should see it. */
export interface OpenArticle {
  uri: string;
  analysis: Analysis;
  positionAt(offset: number): LineChar;
}

/** The key of the mention at `offset` and its postings across the workspace; undefined off a keyed mention. */
export function acrossArticlesAt(
  index: WorkspaceIndex,
  doc: OpenArticle,
  offset: number,
): AcrossArticles | undefined {
  const ix = analysisIndex(doc.analysis);
  const found = ix.mentionAt(offset);
  if (!found) return undefined;
  const key = mentionKey(found.mention, ix.entityOf(found.index));
  if (key === undefined) return undefined;
  return { key, postings: postingsWithOpen(index, doc, key) };
}

/** `index.postingsOf(key)`, with the open document's posting replaced by its current one (under the editor's uri). */
export function postingsWithOpen(index: WorkspaceIndex, doc: OpenArticle, key: string): ArticlePosting[] {
  const uri = canonicalUri(doc.uri);
  const own = summaryOf(doc.analysis, doc.positionAt);
  const postings = index.postingsOf(key).filter((p) => p.uri !== uri);
  for (const posting of own.entities) {
    if (index.sameEntity(posting.key, key)) postings.push({ uri: doc.uri, date: own.date, posting });
  }
  return postings.sort(byDateThenUri);
}
