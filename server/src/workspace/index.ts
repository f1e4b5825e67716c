// The workspace index: every indexed article's postings, and for each cross-article key the
// articles that name it. Plain data structures, no I/O: the indexer (indexer.ts) fills it from
// the workers, the cache and the open documents; the providers only read it.
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  foldName,
  keyName,
  keyType,
  mentionCount,
  type ArticleSummary,
  type EntityPosting,
  type IndexedType,
} from './keys';

/** One article's posting of a key, with what ranks articles (their date, then their uri). */
export interface ArticlePosting {
  uri: string;
  date: string | undefined;
  posting: EntityPosting;
}

/** What a key adds up to across the workspace, for workspace symbols and the hover. */
export interface KeyTotals {
  key: string;
  type: IndexedType;
  name: string;
  articles: number;
  mentions: number;
}

/** One spelling of each file uri, whatever the editor's encoding, so disk and editor entries meet. */
export function canonicalUri(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  try {
    return pathToFileURL(fileURLToPath(uri)).href;
  } catch {
    return uri;
  }
}

/** Orders articles for "the first mention": the earliest date first (undated last), then the uri. */
export function byDateThenUri(a: { uri: string; date?: string }, b: { uri: string; date?: string }): number {
  if (a.date !== b.date) {
    if (a.date === undefined) return 1;
    if (b.date === undefined) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0;
}

export class WorkspaceIndex {
  private readonly articles = new Map<string, ArticleSummary>();
  /** key → uri → that article's posting of the key. */
  private readonly postings = new Map<string, Map<string, EntityPosting>>();
  /** Alias key → the key it is recorded as the same entity as (aliases.ts). */
  private aliasOf = new Map<string, string>();
  /** Canonical key → its alias keys. */
  private aliasesOf = new Map<string, string[]>();
  /**
   * Person keys by the length of their accent-free name: the spelling check compares a name only
   * with names one letter longer or shorter, not with every person of the folder.
   */
  private readonly peopleByLength = new Map<number, Set<string>>();
  /** Grows on every change, so a reader can tell that what it computed is stale. */
  generation = 0;

  get size(): number {
    return this.articles.size;
  }

  has(uri: string): boolean {
    return this.articles.has(uri);
  }

  article(uri: string): ArticleSummary | undefined {
    return this.articles.get(uri);
  }

  uris(): IterableIterator<string> {
    return this.articles.keys();
  }

  /** Puts (or replaces) an article's postings. */
  set(uri: string, summary: ArticleSummary): void {
    this.delete(uri);
    this.articles.set(uri, summary);
    for (const p of summary.entities) {
      let byUri = this.postings.get(p.key);
      if (!byUri) {
        byUri = new Map();
        this.postings.set(p.key, byUri);
        if (keyType(p.key) === 'person') this.lengthBucket(p.key, true)?.add(p.key);
      }
      byUri.set(uri, p);
    }
    this.generation++;
  }

  delete(uri: string): boolean {
    const old = this.articles.get(uri);
    if (!old) return false;
    this.articles.delete(uri);
    for (const p of old.entities) {
      const byUri = this.postings.get(p.key);
      byUri?.delete(uri);
      if (byUri?.size === 0) {
        this.postings.delete(p.key);
        if (keyType(p.key) === 'person') this.lengthBucket(p.key, false)?.delete(p.key);
      }
    }
    this.generation++;
    return true;
  }

  private lengthBucket(key: string, create: boolean): Set<string> | undefined {
    const length = foldName(keyName(key)).length;
    let bucket = this.peopleByLength.get(length);
    if (!bucket && create) {
      bucket = new Set();
      this.peopleByLength.set(length, bucket);
    }
    return bucket;
  }

  /** The person keys whose accent-free name is as long as `folded`, or one letter longer or shorter. */
  *peopleSpelledNear(folded: string): Generator<string> {
    for (const length of [folded.length - 1, folded.length, folded.length + 1]) {
      yield* this.peopleByLength.get(length) ?? [];
    }
  }

  /**
   * Records which keys are one entity: `groups` maps a canonical key to its alias keys. Replaces
   * the groups recorded before.
   */
  setAliases(groups: Map<string, string[]>): void {
    this.aliasOf = new Map();
    this.aliasesOf = new Map();
    for (const [canonical, aliases] of groups) {
      const own = aliases.filter((a) => a !== canonical);
      if (own.length === 0) continue;
      this.aliasesOf.set(canonical, own);
      for (const a of own) this.aliasOf.set(a, canonical);
    }
    this.generation++;
  }

  /** The key an alias was recorded for, or the key itself. */
  canonical(key: string): string {
    return this.aliasOf.get(key) ?? key;
  }

  /** Whether two keys were recorded as one entity. */
  sameEntity(a: string, b: string): boolean {
    return this.canonical(a) === this.canonical(b);
  }

  /** Every article naming the entity of `key` (its aliases included), earliest first. */
  postingsOf(key: string): ArticlePosting[] {
    const canonical = this.canonical(key);
    const out: ArticlePosting[] = [];
    for (const k of [canonical, ...(this.aliasesOf.get(canonical) ?? [])]) {
      for (const [uri, posting] of this.postings.get(k) ?? []) {
        out.push({ uri, date: this.articles.get(uri)?.date, posting });
      }
    }
    return out.sort(byDateThenUri);
  }

  /** In how many articles the entity of `key` appears. */
  articleCount(key: string): number {
    const canonical = this.canonical(key);
    let n = this.postings.get(canonical)?.size ?? 0;
    for (const a of this.aliasesOf.get(canonical) ?? []) n += this.postings.get(a)?.size ?? 0;
    return n;
  }

  /** Every canonical key of the given types (aliases are counted with their canonical key). */
  *keys(types: ReadonlySet<IndexedType>): Generator<string> {
    for (const key of this.postings.keys()) {
      if (types.has(keyType(key)) && !this.aliasOf.has(key)) yield key;
    }
    // A canonical key no article names itself still stands for its aliases.
    for (const key of this.aliasesOf.keys()) {
      if (!this.postings.has(key) && types.has(keyType(key))) yield key;
    }
  }

  /** A key's totals; its name is the one its earliest article writes. */
  totals(key: string): KeyTotals | undefined {
    const all = this.postingsOf(key);
    if (all.length === 0) return undefined;
    let mentions = 0;
    for (const a of all) mentions += mentionCount(a.posting);
    return { key, type: keyType(key), name: all[0].posting.name, articles: all.length, mentions };
  }
}
