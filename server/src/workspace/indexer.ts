// Keeps the workspace index up to date: the first scan of the folders (in the workers, with the
// cache, progress and cancellation), each created, changed or deleted file, and the open documents,
// whose postings come from the analysis the editor's requests already made (so references follow
// unsaved edits). Runs beside the requests, never in front of them: files are read asynchronously,
// articles analysed in worker threads, and only the small postings merged on this thread.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findDataDir } from '../engine/data/lexicon';
import { detectArticle } from '../articleDetection';
import type { IndexedParams } from '../protocol';
import type { NewsmarkSettings } from '../settings';
import { ALIASES_FILE, aliasGroups, readAliases } from './aliases';
import type { AnalysisSettings } from './article';
import { contentHash, IndexCache } from './cache';
import { canonicalUri, WorkspaceIndex } from './index';
import type { ArticleSummary } from './keys';
import { AnalysisPool } from './pool';
import { languageOfPath, listArticleFiles, type ArticleFile } from './scan';

/** The editor's progress bar for the first scan (window/workDoneProgress), or none. */
export interface Progress {
  report(percentage: number, message: string): void;
  done(): void;
  readonly cancelled: boolean;
  /** Calls `listener` when the user cancels. */
  onCancel(listener: () => void): void;
}

export interface IndexerHost {
  log(line: string): void;
  /** Starts a progress bar; undefined when the editor shows none. */
  progress(title: string): Promise<Progress | undefined>;
  /** The index changed (a scan ended, a file changed): diagnostics of open documents may differ. */
  changed(): void;
  /** A scan ended: what it read. */
  scanned(stats: ScanStats): void;
}

/** What a scan read (sent to the client as newsmark/indexed). */
export type ScanStats = IndexedParams;

export interface IndexerOptions {
  /** Workspace folders, as file system paths. */
  folders: string[];
  /** Where the cache lives; none: no cache. */
  cacheDir?: string;
  /** The worker bundle (dist/indexWorker.js). */
  workerPath: string;
  workers: number;
}

/**
 * How many files are read or analysed at once during a scan: enough reads in flight to keep the
 * disk and both workers busy, few enough that memory stays flat on a huge folder.
 */
const LANES = 16;
/** The cache is written this long after the last change, not on every keystroke's save. */
const SAVE_DELAY_MS = 2000;

export class WorkspaceIndexer {
  readonly index = new WorkspaceIndex();
  /** What the disk holds per indexed file: its content hash and postings (for the cache). */
  private readonly disk = new Map<string, { hash: string; summary: ArticleSummary }>();
  /** Open documents: their postings come from the editor's text, not the disk. */
  private readonly open = new Set<string>();
  /** A ticket per file read in flight: a newer read of the same file wins. */
  private readonly tickets = new Map<string, number>();
  private nextTicket = 1;
  private pool: AnalysisPool | undefined;
  private cache: IndexCache | undefined;
  private settings: NewsmarkSettings | undefined;
  private saveTimer: NodeJS.Timeout | undefined;
  /** The disk entries differ from the cache file (something was analysed, changed or deleted). */
  private unsaved = false;
  /** The scan running, so a newer one (new settings) stops it. */
  private scanRun = 0;
  private closed = false;
  lastScan: ScanStats | undefined;

  constructor(
    private readonly host: IndexerHost,
    private readonly options: IndexerOptions,
  ) {}

  /** (Re)starts indexing under `settings`: a new engine version, a new pool, a full scan. */
  async start(settings: NewsmarkSettings): Promise<void> {
    this.settings = settings;
    // What was read under other settings (another lexicon, article date) may differ now.
    this.disk.clear();
    const analysis: AnalysisSettings = { articleDate: settings.articleDate, lexicon: settings.lexicon };
    await this.pool?.close();
    this.pool = new AnalysisPool(this.options.workers, this.options.workerPath, analysis, this.host.log);
    const engine = engineVersion(this.options.workerPath, analysis);
    this.cache = this.options.cacheDir
      ? new IndexCache(this.options.cacheDir, engine, this.host.log)
      : undefined;
    await this.reloadAliases();
    await this.scan();
  }

  /** Reads the folders' `.newsmark/aliases.json` again. */
  async reloadAliases(): Promise<void> {
    this.index.setAliases(aliasGroups(await readAliases(this.options.folders, this.host.log)));
    this.host.changed();
  }

  async dispose(): Promise<void> {
    this.closed = true;
    this.scanRun++;
    clearTimeout(this.saveTimer);
    await this.pool?.close();
  }

  /** An open document's postings, from its analysis; undefined: it is not an article (any more). */
  setOpen(uri: string, summary: ArticleSummary | undefined): void {
    const key = canonicalUri(uri);
    this.open.add(key);
    // Most edits (typing after the last name, inside a plain word's line) leave the postings as
    // they were: then nothing changed, and the open documents are not checked again for it.
    if (summary) {
      const before = this.index.article(key);
      if (before && JSON.stringify(before) === JSON.stringify(summary)) return;
      this.index.set(key, summary);
    } else if (!this.index.delete(key)) return;
    this.host.changed();
  }

  /** A document closed: its postings come from the disk again. */
  closedDocument(uri: string): void {
    const key = canonicalUri(uri);
    if (!this.open.delete(key)) return;
    this.index.delete(key);
    const path = this.pathInFolders(key);
    if (path !== undefined) void this.updateFile(path, key);
    else this.host.changed();
  }

  /** Created, changed or deleted files (workspace/didChangeWatchedFiles). */
  filesChanged(changes: readonly { uri: string; deleted: boolean }[]): void {
    for (const change of changes) {
      const key = canonicalUri(change.uri);
      if (isAliasesFile(key)) {
        void this.reloadAliases();
        continue;
      }
      const path = this.pathInFolders(key);
      if (path === undefined) continue;
      // An open document's postings stay the editor's; its file is still read, for the cache.
      if (change.deleted) {
        this.tickets.delete(key);
        if (this.disk.delete(key)) this.unsaved = true;
        if (!this.open.has(key) && this.index.delete(key)) this.host.changed();
        this.scheduleSave();
      } else void this.updateFile(path, key);
    }
  }

  /** The aliases file of the folder holding `uri` (else of the first folder), with its text when it exists. */
  aliasesFileFor(uri: string): { uri: string; text: string | undefined } | undefined {
    const path = uri.startsWith('file:') ? fileURLToPath(canonicalUri(uri)) : '';
    const folder =
      this.options.folders.find((f) => path.startsWith(f.endsWith(sep) ? f : f + sep)) ??
      this.options.folders[0];
    if (folder === undefined) return undefined;
    const file = join(folder, ALIASES_FILE);
    let text: string | undefined;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      text = undefined;
    }
    return { uri: pathToFileURL(file).href, text };
  }

  /** The file system path of a file uri inside a workspace folder, with an extension the index reads. */
  private pathInFolders(uri: string): string | undefined {
    if (!uri.startsWith('file:')) return undefined;
    const path = fileURLToPath(uri);
    if (languageOfPath(path) === undefined) return undefined;
    return this.options.folders.some((f) => path.startsWith(f.endsWith(sep) ? f : f + sep))
      ? path
      : undefined;
  }

  private async updateFile(path: string, uri: string): Promise<void> {
    const result = await this.readArticle({ path, uri, languageId: languageOfPath(path) as string });
    if (result === 'stale') return;
    if (result === 'skipped') {
      if (this.disk.delete(uri)) this.unsaved = true;
      if (!this.open.has(uri)) this.index.delete(uri);
    }
    this.host.changed();
    this.scheduleSave();
  }

  /**
   * Reads one file and puts its postings in the index: from the cache when its content is known,
   * else from a worker. 'stale' when a newer read of the file (or the editor) overtook this one.
   */
  private async readArticle(file: ArticleFile): Promise<'cache' | 'analysed' | 'skipped' | 'stale'> {
    const ticket = this.nextTicket++;
    this.tickets.set(file.uri, ticket);
    const settings = this.settings;
    const pool = this.pool;
    if (!settings || !pool) return 'stale';
    let text: string;
    try {
      text = await readFile(file.path, 'utf8');
    } catch {
      return this.tickets.get(file.uri) === ticket ? 'skipped' : 'stale';
    }
    if (
      text.length > settings.maxDocumentSize ||
      !detectArticle(file.languageId, text, settings.analyzePlainText).analyze
    )
      return this.tickets.get(file.uri) === ticket ? 'skipped' : 'stale';
    const hash = contentHash(text);
    let summary =
      this.cache?.get(hash) ??
      (this.disk.get(file.uri)?.hash === hash ? this.disk.get(file.uri)?.summary : undefined);
    const fromCache = summary !== undefined;
    if (!summary) {
      try {
        summary = await pool.analyze(text);
      } catch (error) {
        if (this.tickets.get(file.uri) === ticket && !this.closed && (error as Error).message !== 'cancelled')
          this.host.log(`Newsmark index: ${file.path} could not be analysed: ${(error as Error).message}`);
        return 'stale';
      }
    }
    if (this.tickets.get(file.uri) !== ticket) return 'stale';
    this.tickets.delete(file.uri);
    if (!fromCache) this.unsaved = true;
    // The disk's postings are kept for the cache; an open document's in the index are the editor's.
    this.disk.set(file.uri, { hash, summary });
    if (!this.open.has(file.uri)) this.index.set(file.uri, summary);
    return fromCache ? 'cache' : 'analysed';
  }

  private async scan(): Promise<void> {
    const run = ++this.scanRun;
    const started = performance.now();
    const cpu = process.cpuUsage();
    if (this.options.folders.length === 0) return;
    const progress = await this.host.progress('Newsmark: indexing articles');
    const stopped = (): boolean => run !== this.scanRun || this.closed || progress?.cancelled === true;
    // Cancelled: the articles waiting for a worker are dropped at once, not analysed first.
    progress?.onCancel(() => this.pool?.clearQueue());
    await this.cache?.load();
    const files = await listArticleFiles(this.options.folders, stopped);
    const stats: ScanStats = {
      articles: 0,
      fromCache: 0,
      analysed: 0,
      skipped: 0,
      cancelled: false,
      milliseconds: 0,
    };
    let next = 0;
    let done = 0;
    let reported = 0;
    const lane = async (): Promise<void> => {
      while (next < files.length && !stopped()) {
        const file = files[next++];
        const result = await this.readArticle(file);
        if (result === 'cache') stats.fromCache++;
        else if (result === 'analysed') stats.analysed++;
        else if (result === 'skipped') stats.skipped++;
        done++;
        if (progress && performance.now() - reported > 100) {
          reported = performance.now();
          progress.report(Math.floor((100 * done) / files.length), `${done} of ${files.length} files`);
        }
      }
    };
    await Promise.all(Array.from({ length: LANES }, lane));
    if (run !== this.scanRun) return;
    stats.cancelled = stopped();
    if (stats.cancelled) this.pool?.clearQueue();
    else {
      // Files gone since the last scan (and not open) leave the index.
      const present = new Set(files.map((f) => f.uri));
      for (const uri of [...this.index.uris()]) {
        if (!present.has(uri) && !this.open.has(uri)) this.index.delete(uri);
      }
      for (const uri of [...this.disk.keys()]) {
        if (!present.has(uri)) {
          this.disk.delete(uri);
          this.unsaved = true;
        }
      }
    }
    progress?.done();
    stats.articles = this.index.size;
    stats.milliseconds = Math.round(performance.now() - started);
    this.lastScan = stats;
    const how = stats.cancelled ? 'cancelled' : 'done';
    // CPU time of the whole process (this thread and the workers): on a busy machine it says more than the wall clock.
    const used = process.cpuUsage(cpu);
    const cpuMs = Math.round((used.user + used.system) / 1000);
    this.host.log(
      `Newsmark index: ${how}, ${stats.articles} articles (${stats.fromCache} from the cache, ${stats.analysed} analysed, ${stats.skipped} other files) in ${stats.milliseconds} ms (${cpuMs} ms of CPU).`,
    );
    this.host.scanned(stats);
    this.host.changed();
    if (!stats.cancelled) await this.save();
  }

  private scheduleSave(): void {
    if (!this.cache) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.save(), SAVE_DELAY_MS);
    this.saveTimer.unref();
  }

  private async save(): Promise<void> {
    if (!this.cache || this.closed || !this.unsaved) return;
    this.unsaved = false;
    const byHash = new Map<string, ArticleSummary>();
    for (const { hash, summary } of this.disk.values()) byHash.set(hash, summary);
    try {
      await this.cache.save(byHash);
    } catch (error) {
      this.host.log(
        `Newsmark index: could not write the cache ${this.cache.path}: ${(error as Error).message}`,
      );
    }
  }
}

function isAliasesFile(uri: string): boolean {
  return uri.startsWith('file:') && fileURLToPath(uri).endsWith(sep + ALIASES_FILE);
}

/**
 * The engine version a cache entry was made by: the analysing code (the worker bundle), the data
 * files and the settings that change what is found. Any of them changed, every article is new.
 */
function engineVersion(workerPath: string, settings: AnalysisSettings): string {
  const hash = createHash('sha1');
  try {
    hash.update(readFileSync(workerPath));
  } catch {
    hash.update(readFileSync(__filename));
  }
  const dataDir = findDataDir();
  for (const name of readdirSync(dataDir).sort()) {
    if (name.endsWith('.json')) hash.update(name).update(readFileSync(join(dataDir, name)));
  }
  hash.update(JSON.stringify(settings));
  return hash.digest('base64url');
}
