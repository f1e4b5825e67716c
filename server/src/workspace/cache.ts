// The index's persistent cache: each article's postings by the hash of its content, under the
// engine version that made them, so reopening a large folder re-analyses only what changed. One
// JSON file in the storage folder the client gives (or --cache-dir), written whole to a temporary
// file and renamed over the old one, so a crash mid-write leaves the previous cache, never half of
// one. A cache that cannot be read, or was made by another engine, is ignored (and said so).
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleSummary } from './keys';

export const CACHE_FILE = 'newsmark-index.json';

interface CacheFile {
  engine: string;
  /** Content hash → postings. */
  articles: Record<string, ArticleSummary>;
}

export function contentHash(text: string): string {
  return createHash('sha1').update(text).digest('base64url');
}

export class IndexCache {
  /** What the last load found, by content hash. */
  private loaded = new Map<string, ArticleSummary>();

  constructor(
    private readonly dir: string,
    /** The engine version (code, data and analysis settings): a cache of another is dropped. */
    readonly engine: string,
    private readonly log: (line: string) => void,
  ) {}

  get path(): string {
    return join(this.dir, CACHE_FILE);
  }

  /** Reads the cache file; a missing one is an empty cache, a broken or outdated one too (logged). */
  async load(): Promise<void> {
    this.loaded = new Map();
    let raw: string;
    try {
      raw = await readFile(this.path, 'utf8');
    } catch {
      return;
    }
    try {
      const file = JSON.parse(raw) as Partial<CacheFile>;
      if (
        typeof file !== 'object' ||
        file === null ||
        typeof file.articles !== 'object' ||
        file.articles === null
      )
        throw new Error('not an index cache');
      if (file.engine !== this.engine) {
        this.log(`Newsmark index: the cache ${this.path} was made by another engine version; re-analysing.`);
        return;
      }
      for (const [hash, summary] of Object.entries(file.articles)) {
        if (isSummary(summary)) this.loaded.set(hash, summary);
      }
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      this.log(`Newsmark index: ignored the unreadable cache ${this.path} (${why}); it will be rewritten.`);
    }
  }

  get(hash: string): ArticleSummary | undefined {
    return this.loaded.get(hash);
  }

  /** Writes `articles` (content hash → postings) as the new cache, atomically. */
  async save(articles: Map<string, ArticleSummary>): Promise<void> {
    const file: CacheFile = { engine: this.engine, articles: Object.fromEntries(articles) };
    const temporary = `${this.path}.${process.pid}.tmp`;
    await mkdir(this.dir, { recursive: true });
    await writeFile(temporary, JSON.stringify(file));
    await rename(temporary, this.path);
    this.loaded = new Map(articles);
  }
}

/** Enough of a summary's shape that reading it cannot throw later (a hand-edited cache). */
function isSummary(value: unknown): value is ArticleSummary {
  const s = value as Partial<ArticleSummary> | null;
  return (
    typeof s === 'object' &&
    s !== null &&
    Array.isArray(s.entities) &&
    (s.date === undefined || typeof s.date === 'string') &&
    s.entities.every(
      (e) =>
        typeof e === 'object' &&
        e !== null &&
        typeof e.key === 'string' &&
        typeof e.name === 'string' &&
        typeof e.full === 'number' &&
        Array.isArray(e.ranges) &&
        e.ranges.length % 4 === 0,
    )
  );
}
