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

/** Request client → server: the article in a standard format ("Newsmark: Export Article As…"). */
export const EXPORT_REQUEST = 'newsmark/export';

/** The export formats, in the order offered; `newsmark export --format` takes the same ids. */
export const EXPORT_FORMATS_OFFERED = [
  { id: 'nitf', label: 'NITF 3.6', description: 'IPTC News Industry Text Format, the markup inline' },
  {
    id: 'jsonld',
    label: 'schema.org JSON-LD',
    description: 'NewsArticle with the people, organizations and places',
  },
  { id: 'timeml', label: 'TimeML', description: 'TIMEX3 dates, the article date as creation time' },
  { id: 'brat', label: 'brat standoff', description: '.txt and .ann for the brat annotation tool' },
  { id: 'conll', label: 'CoNLL-2003', description: 'a token per line, IOB2 tags PER, ORG, LOC, MISC' },
  { id: 'csv', label: 'CSV', description: 'a row per mention: line, column, type, text, value, context' },
] as const;

export type ExportFormatId = (typeof EXPORT_FORMATS_OFFERED)[number]['id'];

export interface ExportParams {
  uri: string;
  /** One of the ids of EXPORT_FORMATS_OFFERED. */
  format: string;
}

/** The files of one article in the format asked for; null when the document has no analysis. */
export interface ExportResponse {
  /** Each file's name is the article's base name followed by `suffix` (".nitf.xml", ".ann"). */
  files: { suffix: string; content: string }[];
  /** What the format could not carry. */
  warnings: string[];
}
