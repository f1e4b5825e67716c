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

/** Where a workspace folder keeps its corrections, relative to the folder. */
export const LEXICON_FILE = '.newsmark/lexicon.json';

/** An entry's type in a lexicon: an entity type, or `none` for words that are no entity. */
export type LexiconEntryType =
  'person' | 'organization' | 'place' | 'date' | 'rank' | 'title' | 'nationality' | 'none';

/**
 * A correction for the workspace lexicon: `mark` gives a name a type (`none`: not an entity),
 * `alias` makes `alias` another way of writing the entity `name` of type `type`.
 */
export type LexiconChange =
  | { kind: 'mark'; name: string; type: LexiconEntryType }
  | { kind: 'alias'; name: string; type: LexiconEntryType; alias: string };

/**
 * Command (workspace/executeCommand), run by the code actions: writes a change to the lexicon file
 * of the article's workspace folder through workspace/applyEdit. Arguments: [AddLexiconEntryParams].
 */
export const ADD_LEXICON_ENTRY_COMMAND = 'newsmark.addLexiconEntry';

export interface AddLexiconEntryParams {
  /** The article the correction was made in: its workspace folder's lexicon is written. */
  uri: string;
  change: LexiconChange;
}

export interface AddLexiconEntryResult {
  /** Whether the editor applied the edit. */
  applied: boolean;
  /** The lexicon file written. */
  lexiconUri: string;
  /** One sentence for people: what was recorded. */
  message: string;
}

/**
 * Command of the VS Code client, offered as a code action when the client says it has it
 * (InitializationOptions.clientCommands): a quick pick of the article's entities, then
 * ADD_LEXICON_ENTRY_COMMAND with an `alias` change. Arguments: [SameEntityParams].
 */
export const SAME_ENTITY_COMMAND = 'newsmark.sameEntityAs';

export interface SameEntityParams {
  uri: string;
  /** The text that is another way of writing the entity picked. */
  alias: string;
  /** The article's entities it may be, most mentioned first. */
  choices: { name: string; type: LexiconEntryType; mentions: number }[];
}

/**
 * Notification client → server: the text of a lexicon file open in the editor, on every change
 * (null once it is closed, when the file on disk counts again), so corrections typed by hand
 * apply before they are saved.
 */
export const LEXICON_TEXT_NOTIFICATION = 'newsmark/lexiconText';

export interface LexiconTextParams {
  uri: string;
  text: string | null;
}

/** Notification client → server: the user trusted the workspace, so its lexicon files now count. */
export const WORKSPACE_TRUSTED_NOTIFICATION = 'newsmark/workspaceTrusted';

/** What the VS Code client passes in `initialize` (other editors may pass `settings` alone). */
export interface InitializationOptions {
  settings?: unknown;
  /** Client commands the server may put in code actions (SAME_ENTITY_COMMAND). */
  clientCommands?: string[];
  /** False in a workspace the user has not trusted: its lexicon files are ignored until trusted. */
  workspaceTrusted?: boolean;
  /** The folder for the workspace index's cache (VS Code: the extension's workspace storage). */
  storagePath?: string;
  /** The client watches the article and lexicon files itself, so the server registers no watcher. */
  watchesFiles?: boolean;
}

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
