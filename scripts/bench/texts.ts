// The benchmark's inputs: real news text (the seed article and the development articles) and
// documents of a given size of two kinds: the articles concatenated (paragraphs repeat above
// ~170 KB), and documents in which no paragraph repeats (prose.ts).
import { findRepoRoot, loadDev, loadSeed } from '../eval/corpus';
import { buildUniqueDocument, type ProseStream } from './prose';

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

/**
 * How a large document is made: `repeated` cycles the articles (~170 KB), so above that size its
 * paragraphs repeat and the engine recognises each once; `unique` has no paragraph twice
 * (prose.ts), so every paragraph is recognised.
 */
export type DocumentKind = 'repeated' | 'unique';
export const DOCUMENT_KINDS: readonly DocumentKind[] = ['repeated', 'unique'];

/** Documents of both kinds for the bench's samples. */
export class BenchTexts {
  /** The next paragraph of the stream: unique documents never share one within a run. */
  private next = 0;
  constructor(
    readonly articles: readonly Article[],
    readonly prose: ProseStream,
  ) {}

  /** Sample `sample` of `size` characters, dated `date` (which keeps samples apart in the cache too). */
  document(kind: DocumentKind, size: number, sample: number, date: string): string {
    if (kind === 'repeated') return buildDocument(this.articles, size, sample * 5, date);
    const built = buildUniqueDocument(this.prose, size, this.next, date);
    this.next = built.next;
    return built.text;
  }

  /** One line per kind saying how its documents are built. */
  describe(): string[] {
    const articleKB = this.articles.reduce((n, a) => n + a.text.length, 0) / 1024;
    return [
      `repeated: the ${this.articles.length} articles (${articleKB.toFixed(0)} KB) one after another, cycling; ` +
        `above that size paragraphs repeat, and a repeated paragraph is recognised once (block cache)`,
      `unique:   ${this.prose.paragraphs.length} distinct paragraphs of real prose ` +
        `(${(this.prose.realLength / 1e6).toFixed(2)} M characters: the articles and the training records' text), ` +
        `then those paragraphs again with their names, places and years replaced from the gazetteers ` +
        `(seeded); no paragraph repeats within a document (checked as each is built)`,
    ];
  }
}
