// The benchmark's inputs: real news text (the seed article and the development articles) and
// documents of a given size built by concatenating those articles.
import { findRepoRoot, loadDev, loadSeed } from '../eval/corpus';

export interface Article {
  id: string;
  text: string;
  articleDate?: string;
}

export function loadArticles(root = findRepoRoot()): Article[] {
  return [...loadSeed(root), ...loadDev(root)].map((d) => ({
    id: d.id,
    text: d.text,
    articleDate: d.articleDate,
  }));
}

/**
 * A document of exactly `size` UTF-16 units: a `date` header line (so the engine has an article
 * date; a different date per sample also keeps cached paragraphs of an earlier sample from being
 * reused), then articles from `first` on, cycling, separated by blank lines, cut at the size.
 */
export function buildDocument(
  articles: readonly Article[],
  size: number,
  first = 0,
  date = '2023-11-08',
): string {
  const parts = [`date ${date}\n`];
  let length = parts[0].length;
  for (let i = first; length < size; i++) {
    const text = articles[i % articles.length].text.replace(/^\s*date \S+\s*/, '');
    parts.push(text, '\n\n');
    length += text.length + 2;
  }
  let doc = parts.join('').slice(0, size);
  // Never end inside a surrogate pair: the LSP client and server would disagree about the length.
  if (/[\uD800-\uDBFF]$/.test(doc)) doc = `${doc.slice(0, -1)} `;
  return doc;
}

/** A distinct valid date per sample index, for document headers. */
export function sampleDate(index: number): string {
  const d = new Date(Date.UTC(2020, 0, 1) + index * 86_400_000);
  return d.toISOString().slice(0, 10);
}
