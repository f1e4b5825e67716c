// Newsmark's own LSP messages, shared by the server, the VS Code client and the tests. Plain data
// only: the client imports this file without pulling in the engine.

/** Notification server → client whenever a document's analysis state or summary changes. */
export const STATUS_NOTIFICATION = 'newsmark/status';
/** Request client → server: the summary shown in the status bar item. */
export const SUMMARY_REQUEST = 'newsmark/summary';
/** Request client → server: the engine's whole Analysis for a document (Copy Analysis as JSON). */
export const ANALYSIS_REQUEST = 'newsmark/analysis';

/**
 * The problem code of an analysis that covers only a window of a document too large to analyse
 * whole (documents.ts): its counts and lists are the window's, not the document's.
 * A newsmark/analysis response for such a document carries it, so a client can say so.
 */
export const WINDOW_PROBLEM = 'window';

/**
 * ok: analysed. large: above newsmark.maxDocumentSize, only the visible range is coloured.
 * off: not analysed (not an article, or the setting says never). error: the analysis failed.
 */
export type DocumentStateName = 'ok' | 'large' | 'off' | 'error';

export interface StatusParams {
  uri: string;
  state: DocumentStateName;
  /** One sentence for people: what the state means for this document. */
  message: string;
  /** Publication date in use, when known. */
  articleDate?: string;
  /** Number of entities found (ok state only). */
  entities?: number;
  /** Number of mentions found (ok state only). */
  mentions?: number;
}

export interface UriParams {
  uri: string;
}

export type SummaryResult = StatusParams & { byType: Record<string, number> };

/** Notification server → client when a scan of the workspace folders ends: what it read. */
export const INDEXED_NOTIFICATION = 'newsmark/indexed';

export interface IndexedParams {
  /** Articles in the index. */
  articles: number;
  /** Read from the cache, unchanged since it was written. */
  fromCache: number;
  /** Analysed by the workers. */
  analysed: number;
  /** Candidate files that are not articles, or too large. */
  skipped: number;
  /** The user cancelled the scan from the progress bar. */
  cancelled: boolean;
  milliseconds: number;
}

/** Request client → server: the workspace index's size and its last scan (null: none ended yet). */
export const INDEX_STATUS_REQUEST = 'newsmark/indexStatus';

export interface IndexStatusResult {
  articles: number;
  lastScan: IndexedParams | null;
}

/** Notification server → client: the workspace index changed (sent at most a few times a second). */
export const INDEX_CHANGED_NOTIFICATION = 'newsmark/indexChanged';

/** The entity types the Entities view lists. */
export const ENTITY_VIEW_TYPES = ['person', 'organization', 'place'] as const;
export type EntityViewType = (typeof ENTITY_VIEW_TYPES)[number];

/** Request client → server: the Entities view's rows of one type. */
export const ENTITIES_REQUEST = 'newsmark/entities';

export interface EntitiesParams {
  type: EntityViewType;
  /** Only names holding this text (any case). */
  filter?: string;
}

export interface EntityRow {
  /** The entity's key across articles, for newsmark/entityArticles. */
  key: string;
  name: string;
  articles: number;
  mentions: number;
}

/** Request client → server: the articles naming one entity (EntityRow.key), earliest first. */
export const ENTITY_ARTICLES_REQUEST = 'newsmark/entityArticles';

export interface EntityArticlesParams {
  key: string;
}

/** Ranges as LSP has them (line and UTF-16 character, zero-based). */
export interface LineRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export interface EntityArticle {
  uri: string;
  /** The article's publication date, when it has one. */
  date?: string;
  /** The entity's name as this article writes it. */
  name: string;
  mentions: LineRange[];
}
