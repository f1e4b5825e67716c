#!/usr/bin/env node
// The Newsmark language server. This file only wires the LSP connection to the feature modules:
// document sync, one analysis per document version (features/analysisCache), settings, and the
// providers. Runs in VS Code (--node-ipc) and standalone for other editors (--stdio).
import {
  createConnection,
  DidChangeConfigurationNotification,
  LSPErrorCodes,
  ProposedFeatures,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache, errorText, statusOf, type DocumentAnalysis } from './features/analysisCache';
import { toDiagnostics } from './features/diagnostics';
import { documentHighlightsAt } from './features/documentHighlights';
import { cachedDocumentSymbols } from './features/documentSymbols';
import { foldingRanges } from './features/foldingRanges';
import { hoverAt } from './features/hover';
import {
  ANALYSIS_REQUEST,
  STATUS_NOTIFICATION,
  SUMMARY_REQUEST,
  type StatusParams,
  type SummaryResult,
  type UriParams,
} from './features/protocol';
import { buildTokens, LEGEND, TokenResults } from './features/semanticTokens';
import { referencesAt } from './features/references';
import { parseSettings } from './features/settings';
import { prepareEngine } from './engine/prepare';

/** Diagnostics wait this long after the last edit, so a burst of keystrokes is analysed once. */
const DIAGNOSTICS_DELAY_MS = 250;

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const cache = new AnalysisCache((message) => connection.console.error(message));
const tokens = new TokenResults();
const timers = new Map<string, NodeJS.Timeout>();
const lastStatus = new Map<string, string>();
let pullConfiguration = false;
let refreshTokens = false;

connection.onInitialize((params): InitializeResult => {
  pullConfiguration = params.capabilities.workspace?.configuration === true;
  refreshTokens = params.capabilities.workspace?.semanticTokens?.refreshSupport === true;
  const options = params.initializationOptions as { settings?: unknown } | undefined;
  if (options?.settings !== undefined) applySettings(options.settings);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      semanticTokensProvider: { legend: LEGEND, full: { delta: true }, range: true },
      hoverProvider: true,
      referencesProvider: true,
      documentHighlightProvider: true,
      documentSymbolProvider: { label: 'Newsmark' },
      foldingRangeProvider: true,
    },
    serverInfo: { name: 'newsmark', version: '0.1.0' },
  };
});

connection.onInitialized(() => {
  // Load the data files and build the engine's indexes now, between the handshake and the first
  // document, rather than inside the first didOpen (which then waited ~60 ms longer). No text is read.
  setImmediate(() => {
    try {
      prepareEngine();
    } catch (error) {
      connection.console.error(`Newsmark could not load its data files: ${errorText(error)}`);
    }
  });
  if (pullConfiguration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'newsmark' });
    void refreshSettings();
  }
});

/** Reads the `newsmark` settings; returns whether they changed (and so every analysis was dropped). */
function applySettings(raw: unknown): boolean {
  const { settings, warnings } = parseSettings(raw);
  for (const w of warnings) connection.console.warn(w);
  // The values themselves go to the output only: a notification turns `[label](command:…)` into a
  // link that runs the command, and a workspace's settings may hold anything.
  if (warnings.length > 0)
    void connection.window.showWarningMessage(
      `Newsmark: ${warnings.length === 1 ? 'one setting value was' : `${warnings.length} setting values were`} ignored; see the Newsmark output.`,
    );
  if (!cache.setSettings(settings)) return false;
  // New settings (a lexicon entry, another article date) can change every token: ask the editor to re-request.
  if (refreshTokens) void connection.languages.semanticTokens.refresh();
  return true;
}

/** Diagnostics again for every open document, from analyses under the new settings. */
function rediagnoseAll(): void {
  for (const doc of documents.all()) scheduleDiagnostics(doc.uri, 0);
}

async function refreshSettings(): Promise<void> {
  try {
    if (applySettings(await connection.workspace.getConfiguration('newsmark'))) rediagnoseAll();
  } catch (error) {
    connection.console.error(`Could not read the newsmark settings: ${errorText(error)}`);
  }
}

connection.onDidChangeConfiguration((change) => {
  // Clients that push settings send them here; clients that support pulling are asked again.
  const pushed = (change.settings as { newsmark?: unknown } | null | undefined)?.newsmark;
  if (pullConfiguration) void refreshSettings();
  else if (pushed !== undefined && applySettings(pushed)) rediagnoseAll();
});

/** The current analysis of a document, or undefined when the document is not open. */
function entryFor(uri: string): { doc: TextDocument; entry: DocumentAnalysis } | undefined {
  const doc = documents.get(uri);
  if (!doc) return undefined;
  const entry = cache.get(doc);
  sendStatus(entry);
  return { doc, entry };
}

function sendStatus(entry: DocumentAnalysis): void {
  const status = statusOf(entry);
  const key = JSON.stringify(status);
  if (lastStatus.get(entry.uri) === key) return;
  lastStatus.set(entry.uri, key);
  if (entry.state === 'error' || entry.state === 'large')
    connection.console.warn(`${entry.uri}: ${entry.message}`);
  void connection.sendNotification(STATUS_NOTIFICATION, status satisfies StatusParams);
}

function scheduleDiagnostics(uri: string, delay = DIAGNOSTICS_DELAY_MS): void {
  clearTimeout(timers.get(uri));
  timers.set(
    uri,
    setTimeout(() => {
      timers.delete(uri);
      const found = entryFor(uri);
      if (!found) return;
      const problems = found.entry.analysis?.problems ?? [];
      // A burst of edits has settled. If the editor's last semantic tokens were computed for an
      // earlier version (a response overtaken by the next keystroke), ask it to fetch them again,
      // so the colours always end up matching the text. An editor that has not asked yet (a
      // document just opened, a large one coloured by range) will ask by itself.
      const served = tokens.servedVersion(uri);
      if (refreshTokens && served !== undefined && served !== found.doc.version)
        void connection.languages.semanticTokens.refresh();
      void connection.sendDiagnostics({
        uri,
        version: found.doc.version,
        diagnostics: toDiagnostics(found.doc, problems),
      });
    }, delay),
  );
}

documents.onDidOpen((e) => scheduleDiagnostics(e.document.uri, 0));
documents.onDidChangeContent((e) => scheduleDiagnostics(e.document.uri));
documents.onDidClose((e) => {
  clearTimeout(timers.get(e.document.uri));
  timers.delete(e.document.uri);
  cache.forget(e.document.uri);
  tokens.forget(e.document.uri);
  lastStatus.delete(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

/**
 * Runs a request handler after pending notifications (edits) have been processed, and not at all
 * when the client has cancelled it meanwhile: analysis is synchronous, so this is where a burst of
 * edits is coalesced into one analysis of the newest version.
 */
function deferred<P, R>(handler: (params: P) => R): (params: P, token: CancellationToken) => Promise<R> {
  return async (params, token) => {
    await new Promise((resolve) => setImmediate(resolve));
    if (token.isCancellationRequested)
      throw new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled.');
    try {
      return handler(params);
    } catch (error) {
      if (error instanceof ResponseError) throw error;
      connection.console.error(`Newsmark request failed: ${errorText(error)}`);
      throw new ResponseError(LSPErrorCodes.RequestFailed, `Newsmark: ${errorText(error, false)}`);
    }
  };
}

/** Full tokens are refused for large documents so the editor falls back to range requests. */
function tooLarge(entry: DocumentAnalysis): ResponseError<{ retriggerRequest: boolean }> {
  return new ResponseError(LSPErrorCodes.ServerCancelled, entry.message, { retriggerRequest: false });
}

/** A whole document's tokens for its current version; undefined when the document is not open. */
function wholeDocumentTokens(uri: string): { version: number; data: number[] } | undefined {
  const found = entryFor(uri);
  if (!found) return undefined;
  if (found.entry.state === 'large') throw tooLarge(found.entry);
  const analysis = found.entry.analysis;
  return { version: found.doc.version, data: analysis ? buildTokens(found.doc.getText(), analysis) : [] };
}

connection.languages.semanticTokens.on(
  deferred((params) => {
    const uri = params.textDocument.uri;
    const whole = wholeDocumentTokens(uri);
    return whole ? tokens.full(uri, whole.version, whole.data) : { data: [] };
  }),
);

connection.languages.semanticTokens.onDelta(
  deferred((params) => {
    const uri = params.textDocument.uri;
    const whole = wholeDocumentTokens(uri);
    return whole ? tokens.delta(uri, whole.version, params.previousResultId, whole.data) : { data: [] };
  }),
);

connection.languages.semanticTokens.onRange(
  deferred((params) => {
    const found = entryFor(params.textDocument.uri);
    if (!found) return { data: [] };
    const { doc, entry } = found;
    const start = doc.offsetAt(params.range.start);
    const end = doc.offsetAt(params.range.end);
    const analysis = entry.state === 'large' ? cache.window(doc, start, end) : entry.analysis;
    return { data: analysis ? buildTokens(doc.getText(), analysis, start, end) : [] };
  }),
);

connection.onHover(
  deferred((params) => {
    const found = entryFor(params.textDocument.uri);
    if (!found) return null;
    const { doc, entry } = found;
    const offset = doc.offsetAt(params.position);
    const analysis = entry.state === 'large' ? cache.window(doc, offset, offset) : entry.analysis;
    return analysis ? hoverAt(doc, analysis, offset) : null;
  }),
);

// References and highlights need every mention of an entity: none for a document too large to
// analyse whole (a window would list only some, and look like all of them).
connection.onReferences(
  deferred((params) => {
    const found = entryFor(params.textDocument.uri);
    const analysis = found?.entry.analysis;
    if (!found || !analysis) return null;
    const offset = found.doc.offsetAt(params.position);
    return referencesAt(found.doc, analysis, offset, params.context.includeDeclaration);
  }),
);

connection.onDocumentHighlight(
  deferred((params) => {
    const found = entryFor(params.textDocument.uri);
    const analysis = found?.entry.analysis;
    if (!found || !analysis) return null;
    return documentHighlightsAt(found.doc, analysis, found.doc.offsetAt(params.position));
  }),
);

connection.onDocumentSymbol(
  deferred((params) => {
    const found = entryFor(params.textDocument.uri);
    return found?.entry.analysis ? cachedDocumentSymbols(found.doc, found.entry.analysis) : [];
  }),
);

connection.onFoldingRanges(
  deferred((params) => {
    const found = entryFor(params.textDocument.uri);
    return found && found.entry.state !== 'off' ? foldingRanges(found.doc) : [];
  }),
);

connection.onRequest(
  SUMMARY_REQUEST,
  deferred((params: UriParams): SummaryResult | null => {
    const found = entryFor(params.uri);
    if (!found) return null;
    const byType: Record<string, number> = {};
    for (const e of found.entry.analysis?.entities ?? []) byType[e.type] = (byType[e.type] ?? 0) + 1;
    return { ...statusOf(found.entry), byType };
  }),
);

connection.onRequest(
  ANALYSIS_REQUEST,
  deferred((params: UriParams) => {
    const found = entryFor(params.uri);
    if (!found) return null;
    if (found.entry.analysis) return found.entry.analysis;
    if (found.entry.state === 'large') {
      // Asked for explicitly: the document's start, as far as a window reaches (never past the
      // size limit), so not all of it.
      return cache.window(found.doc, 0, found.doc.getText().length) ?? null;
    }
    return null;
  }),
);

process.on('uncaughtException', (error) => connection.console.error(`Uncaught: ${errorText(error)}`));

documents.listen(connection);
connection.listen();
