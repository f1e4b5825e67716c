#!/usr/bin/env node
// The Newsmark language server. This file only wires the LSP connection to the feature modules:
// document sync, one analysis per document version (documents.ts), settings, and the
// providers. Runs in VS Code (--node-ipc) and standalone for other editors (--stdio).
import {
  createConnection,
  DidChangeConfigurationNotification,
  CodeActionKind,
  ErrorCodes,
  FileChangeType,
  LSPErrorCodes,
  ProposedFeatures,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Analysis } from './engine/model/types';
import { format } from 'node:util';
import { join } from 'node:path';
import { errorText, OpenDocuments, statusOf, type Found } from './documents';
import { toDiagnostics } from './features/diagnostics';
import { documentHighlightsAt } from './features/documentHighlights';
import { cachedDocumentSymbols, largeDocumentSymbols } from './features/documentSymbols';
import { foldingRanges } from './features/foldingRanges';
import { codeActions, CORRECTION_KIND } from './features/codeActions';
import { hoverAt } from './features/hover';
import { inlayHints } from './features/inlayHints';
import {
  ADD_LEXICON_ENTRY_COMMAND,
  ANALYSIS_REQUEST,
  LEXICON_FILE,
  LEXICON_TEXT_NOTIFICATION,
  SAME_ENTITY_COMMAND,
  INDEX_STATUS_REQUEST,
  STATUS_NOTIFICATION,
  WORKSPACE_TRUSTED_NOTIFICATION,
  type AddLexiconEntryParams,
  type AddLexiconEntryResult,
  type InitializationOptions,
  type LexiconTextParams,
  SUMMARY_REQUEST,
  type IndexStatusResult,
  type StatusParams,
  type SummaryResult,
  type UriParams,
} from './protocol';
import { buildTokens, LEGEND, TokenResults } from './features/semanticTokens';
import { articleCountAt, definitionAt, workspaceReferencesAt } from './features/references';
import { consistencyDiagnostics, weekdayDiagnostics } from './features/consistency';
import { aliasQuickFixes } from './features/aliasQuickFix';
import { workspaceSymbols } from './features/workspaceSymbols';
import { WorkspaceIndexer } from './workspace/indexer';
import { connectionHost, indexerOptions, registerWatcher } from './workspace/host';
import { summaryOf } from './workspace/lookup';
import { DEFAULT_SETTINGS, parseSettings, readLexiconEntry, type NewsmarkSettings } from './settings';
import {
  lexiconFolder,
  lexiconWorkspaceEdit,
  planLexiconChange,
  WorkspaceLexicons,
} from './workspaceLexicon';
import { prepareEngine } from './engine/prepare';
import { AnalysisCancelled } from './engine/pipeline';
import { openTransport, watchProcess } from './transport';
import { errorResponse, MessageGate } from './lifecycle';

/** Diagnostics wait this long after the last edit, so a burst of keystrokes is analysed once. */
const DIAGNOSTICS_DELAY_MS = 250;
/**
 * A long analysis gives the thread back this often (it goes on where it stopped), so that the
 * server reads what came meanwhile: a cancellation, an edit, a request for another document.
 */
const ANALYSIS_SLICE_MS = 50;

const transport = openTransport(process.argv.slice(2), {
  ended: (reason, broken) => end(reason, broken),
  refused: (code, reason) => {
    connection.console.warn(`Refused a message: ${reason}`);
    void transport?.writer.write(errorResponse(null, code, reason));
  },
});
if (transport === undefined) {
  process.stderr.write('Usage: newsmark-server --stdio (or --node-ipc, as VS Code starts it)\n');
  process.exit(2);
}
const gate = new MessageGate(transport.writer, (line) => connection.console.warn(line));
const connection = createConnection(ProposedFeatures.all, transport.reader, transport.writer, {
  messageStrategy: gate,
});
// Over stdio, standard output is the protocol: whatever the console prints goes to the log.
console.log = console.info = console.debug = (...args: unknown[]) => connection.console.log(format(...args));
console.warn = (...args: unknown[]) => connection.console.warn(format(...args));
console.error = (...args: unknown[]) => connection.console.error(format(...args));

/** Ends the server, saying why on stderr (the client may be gone, or its messages unreadable). */
function end(reason: string, broken: boolean): void {
  const restart = broken ? ', so that the editor can start it again' : '';
  process.stderr.write(`Newsmark server: ${reason}; exiting${restart}.\n`);
  // A moment for answers already written (a -32700 for the message that broke the framing) to go out.
  setTimeout(() => process.exit(gate.shutDown ? 0 : 1), 50);
}
const texts = new TextDocuments(TextDocument);
const documents = new OpenDocuments(texts, {
  error: (message) => connection.console.error(message),
  status: (status) => {
    if (status.state === 'error' || status.state === 'large')
      connection.console.warn(`${status.uri}: ${status.message}`);
    void connection.sendNotification(STATUS_NOTIFICATION, status satisfies StatusParams);
  },
});
const tokens = new TokenResults();
const timers = new Map<string, NodeJS.Timeout>();
let pullConfiguration = false;
let refreshTokens = false;
let refreshHints = false;
/** The `newsmark` settings as configured; the documents get them with the workspace lexicon's entries. */
let configured: NewsmarkSettings = DEFAULT_SETTINGS;
const lexicons = new WorkspaceLexicons();
/** What the client can do with the lexicon: a quick pick of entities, create a file in an edit. */
const lexiconClient = { quickPick: false, documentChanges: false, create: false };
/** The workspace index (workspace/); made at initialize, started once the settings are known. */
let indexer: WorkspaceIndexer | undefined;
let indexStarted = false;
let watchFiles = false;
let canCreateFiles = false;
/** Whether the workspace has folders: without one, the hover says nothing of other articles. */
let hasFolders = false;
/** The analysis each open document last gave the index, so an unchanged one is not given again. */
const indexedAnalyses = new Map<string, Analysis | undefined>();
/** The diagnostics last sent per document (with its version), so the same are not sent again. */
const sentDiagnostics = new Map<string, string>();

connection.onInitialize((params): InitializeResult => {
  const editor = params.processId;
  if (typeof editor === 'number')
    watchProcess(editor, () => end(`the editor (process ${editor}) is gone`, false));
  pullConfiguration = params.capabilities.workspace?.configuration === true;
  refreshTokens = params.capabilities.workspace?.semanticTokens?.refreshSupport === true;
  refreshHints = params.capabilities.workspace?.inlayHint?.refreshSupport === true;
  const options = params.initializationOptions as InitializationOptions | undefined;
  const edits = params.capabilities.workspace?.workspaceEdit;
  lexiconClient.quickPick = options?.clientCommands?.includes(SAME_ENTITY_COMMAND) === true;
  lexiconClient.documentChanges = edits?.documentChanges === true;
  lexiconClient.create = edits?.resourceOperations?.includes('create') === true;
  lexicons.trusted = options?.workspaceTrusted !== false;
  const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  lexicons.setFolders(folders);
  if (options?.settings !== undefined) applySettings(options.settings);
  else useSettings();
  const indexing = indexerOptions(params, process.argv.slice(2), join(__dirname, 'indexWorker.js'));
  watchFiles = indexing.registerWatcher;
  hasFolders = indexing.folders.length > 0;
  const resources = params.capabilities.workspace?.workspaceEdit?.resourceOperations ?? [];
  canCreateFiles =
    resources.includes('create') && params.capabilities.workspace?.workspaceEdit?.documentChanges === true;
  indexer = new WorkspaceIndexer(connectionHost(connection, recheckAcrossArticles), indexing);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      semanticTokensProvider: { legend: LEGEND, full: { delta: true }, range: true },
      hoverProvider: true,
      referencesProvider: true,
      documentHighlightProvider: true,
      documentSymbolProvider: { label: 'Newsmark' },
      foldingRangeProvider: true,
      inlayHintProvider: true,
      workspaceSymbolProvider: true,
      definitionProvider: true,
      codeActionProvider: { codeActionKinds: [CORRECTION_KIND, CodeActionKind.QuickFix] },
      executeCommandProvider: { commands: [ADD_LEXICON_ENTRY_COMMAND] },
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
  if (watchFiles) registerWatcher(connection, [`**/${LEXICON_FILE}`]);
  publishLexiconProblems();
  if (pullConfiguration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'newsmark' });
    void refreshSettings().then(startIndex);
  } else startIndex();
});

/** Indexes the workspace folders under the current settings (again, when they changed). */
function startIndex(): void {
  indexStarted = true;
  indexer?.start(documents.settings).catch((error: unknown) => {
    connection.console.error(`Newsmark index failed: ${errorText(error)}`);
  });
}

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
  configured = settings;
  return useSettings();
}

/**
 * Gives the documents the configured settings with the workspace lexicon's entries (which win over
 * the setting's for the same name); returns whether that dropped the analyses.
 */
function useSettings(): boolean {
  const settings = { ...configured, lexicon: lexicons.entries(configured.lexicon) };
  const hintsBefore = JSON.stringify(documents.settings.inlayHints);
  const changed = documents.setSettings(settings);
  if (refreshHints && (changed || JSON.stringify(settings.inlayHints) !== hintsBefore))
    void connection.languages.inlayHint.refresh();
  if (!changed) return false;
  indexedAnalyses.clear();
  if (indexStarted) startIndex();
  // New settings (a lexicon entry, another article date) can change every token: ask the editor to re-request.
  if (refreshTokens) void connection.languages.semanticTokens.refresh();
  return true;
}

/** Each lexicon file's broken entries, as diagnostics in that file (an empty list clears them). */
function publishLexiconProblems(): void {
  for (const { uri, diagnostics } of lexicons.diagnostics())
    void connection.sendDiagnostics({ uri, diagnostics });
}

/** A lexicon file changed (on disk, in its editor, by our edit, by trust): every open article again. */
function lexiconChanged(): void {
  publishLexiconProblems();
  if (useSettings()) rediagnoseAll();
}

connection.onDidChangeWatchedFiles((params) => {
  let changed = false;
  for (const c of params.changes) changed = lexicons.reloadFromDisk(c.uri) || changed;
  if (changed) lexiconChanged();
  indexer?.filesChanged(
    params.changes.map((c) => ({ uri: c.uri, deleted: c.type === FileChangeType.Deleted })),
  );
});

connection.onNotification(LEXICON_TEXT_NOTIFICATION, (params: LexiconTextParams) => {
  if (typeof params?.uri !== 'string') return;
  if (lexicons.setOpenText(params.uri, typeof params.text === 'string' ? params.text : null))
    lexiconChanged();
});

connection.onNotification(WORKSPACE_TRUSTED_NOTIFICATION, () => {
  lexicons.trusted = true;
  lexiconChanged();
});

/** Diagnostics again for every open document, from analyses under the new settings. */
function rediagnoseAll(): void {
  for (const doc of texts.all()) scheduleDiagnostics(doc.uri, 0);
}

/**
 * The index changed: the checks across articles again for every open document already analysed.
 * Never an analysis: a document being edited gets its diagnostics after its own delay.
 */
function recheckAcrossArticles(): void {
  if (!hasFolders) return;
  for (const doc of texts.all()) {
    if (!timers.has(doc.uri) && documents.peek(doc)) scheduleDiagnostics(doc.uri, 0);
  }
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

function scheduleDiagnostics(uri: string, delay = DIAGNOSTICS_DELAY_MS): void {
  clearTimeout(timers.get(uri));
  timers.set(
    uri,
    setTimeout(() => {
      timers.delete(uri);
      void publishDiagnostics(uri);
    }, delay),
  );
}

async function publishDiagnostics(uri: string): Promise<void> {
  // Superseded by a later edit (which scheduled its own) or the document's closing: stop.
  const found = await inSlices(
    () => documents.analysisFor(uri, 'whole'),
    () => timers.has(uri) || texts.get(uri) === undefined,
  );
  if (!found || found === STOPPED) return;
  const problems = found.analysis?.problems ?? [];
  const analysis = found.analysis;
  updateIndex(uri, found.doc, found.entry.state === 'ok' ? analysis : undefined);
  // A burst of edits has settled. If the editor's last semantic tokens were computed for an
  // earlier version (a response overtaken by the next keystroke), ask it to fetch them again,
  // so the colours always end up matching the text. An editor that has not asked yet (a
  // document just opened, a large one coloured by range) will ask by itself.
  const served = tokens.servedVersion(uri);
  if (refreshTokens && served !== undefined && served !== found.doc.version)
    void connection.languages.semanticTokens.refresh();
  const diagnostics = [
    ...toDiagnostics(found.doc, problems),
    ...(analysis ? weekdayDiagnostics(found.doc, analysis) : []),
    ...(analysis && indexer && hasFolders ? consistencyDiagnostics(found.doc, analysis, indexer.index) : []),
  ];
  // The index changing re-checks every open document: send only what differs from the last time.
  const sent = `${found.doc.version}:${JSON.stringify(diagnostics)}`;
  if (sentDiagnostics.get(uri) === sent) return;
  sentDiagnostics.set(uri, sent);
  void connection.sendDiagnostics({ uri, version: found.doc.version, diagnostics });
}

/** Gives the index an open document's postings when its analysis is new. */
function updateIndex(uri: string, doc: TextDocument, analysis: Analysis | undefined): void {
  if (!indexer || (indexedAnalyses.has(uri) && indexedAnalyses.get(uri) === analysis)) return;
  indexedAnalyses.set(uri, analysis);
  indexer.setOpen(uri, analysis && summaryOf(analysis, (offset) => doc.positionAt(offset)));
}

const STOPPED = Symbol('stopped');

/**
 * Runs `work`, which may analyse, giving the thread back every ANALYSIS_SLICE_MS: the analysis
 * stops between blocks (AnalysisCancelled), the server reads what arrived meanwhile, and `work`
 * runs again, its analysis going on where it stopped. Returns STOPPED when `stopped` says so
 * between slices or during one.
 */
async function inSlices<R>(work: () => R, stopped: () => boolean): Promise<R | typeof STOPPED> {
  for (;;) {
    if (stopped()) return STOPPED;
    const until = performance.now() + ANALYSIS_SLICE_MS;
    documents.isCancelled = () => stopped() || performance.now() > until;
    try {
      return work();
    } catch (error) {
      if (!(error instanceof AnalysisCancelled)) throw error;
    } finally {
      documents.isCancelled = undefined;
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
}

texts.onDidOpen((e) => scheduleDiagnostics(e.document.uri, 0));
texts.onDidChangeContent((e) => scheduleDiagnostics(e.document.uri));
texts.onDidClose((e) => {
  clearTimeout(timers.get(e.document.uri));
  timers.delete(e.document.uri);
  documents.forget(e.document.uri);
  tokens.forget(e.document.uri);
  indexedAnalyses.delete(e.document.uri);
  sentDiagnostics.delete(e.document.uri);
  indexer?.closedDocument(e.document.uri);
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
    let result: R | typeof STOPPED;
    try {
      // A long analysis is run in slices, so a cancellation that arrives during it is read.
      result = await inSlices(
        () => handler(params),
        () => token.isCancellationRequested,
      );
    } catch (error) {
      if (error instanceof ResponseError) throw error;
      connection.console.error(`Newsmark request failed: ${errorText(error)}`);
      throw new ResponseError(LSPErrorCodes.RequestFailed, `Newsmark: ${errorText(error, false)}`);
    }
    if (result === STOPPED) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled.');
    return result;
  };
}

connection.languages.semanticTokens.on(
  deferred((params) => {
    const uri = params.textDocument.uri;
    const found = documents.analysisFor(uri, 'whole-or-refuse');
    if (!found) return { data: [] };
    return tokens.full(uri, found.doc.version, wholeTokens(found));
  }),
);

connection.languages.semanticTokens.onDelta(
  deferred((params) => {
    const uri = params.textDocument.uri;
    const found = documents.analysisFor(uri, 'whole-or-refuse');
    if (!found) return { data: [] };
    return tokens.delta(uri, found.doc.version, params.previousResultId, wholeTokens(found));
  }),
);

function wholeTokens({ doc, analysis }: Found): number[] {
  return analysis ? buildTokens(doc.getText(), analysis) : [];
}

connection.languages.semanticTokens.onRange(
  deferred((params) => {
    const found = documents.analysisFor(params.textDocument.uri, 'whole-or-window', params.range);
    if (!found?.analysis) return { data: [] };
    const { doc, analysis } = found;
    return {
      data: buildTokens(
        doc.getText(),
        analysis,
        doc.offsetAt(params.range.start),
        doc.offsetAt(params.range.end),
      ),
    };
  }),
);

connection.onHover(
  deferred((params) => {
    const at = { start: params.position, end: params.position };
    const found = documents.analysisFor(params.textDocument.uri, 'whole-or-window', at);
    if (!found?.analysis) return null;
    const offset = found.doc.offsetAt(params.position);
    const articles =
      indexer && hasFolders ? articleCountAt(found.doc, found.analysis, offset, indexer.index) : undefined;
    return hoverAt(found.doc, found.analysis, offset, articles);
  }),
);

connection.languages.inlayHint.on(
  deferred((params) => {
    const found = documents.analysisFor(params.textDocument.uri, 'whole-or-window', params.range);
    if (!found?.analysis) return null;
    return inlayHints(found.doc, found.analysis, params.range, documents.settings.inlayHints);
  }),
);

connection.onCodeAction(
  deferred((params) => {
    // The spelling check's quick fixes (an alias for the workspace index).
    const fixes = indexer
      ? aliasQuickFixes(
          params.context.diagnostics,
          indexer.aliasesFileFor(params.textDocument.uri),
          canCreateFiles,
        )
      : [];
    // Corrections go to a workspace folder's lexicon, and count only in a trusted workspace.
    if (!lexicons.trusted || lexicons.fileFor(params.textDocument.uri) === undefined) return fixes;
    const found = documents.analysisFor(params.textDocument.uri, 'whole-or-window', params.range);
    if (!found?.analysis) return fixes;
    return [
      ...fixes,
      ...codeActions(found.doc, found.analysis, params.range, { quickPick: lexiconClient.quickPick }),
    ];
  }),
);

connection.onExecuteCommand(async (params): Promise<AddLexiconEntryResult | null> => {
  if (params.command !== ADD_LEXICON_ENTRY_COMMAND) return null;
  const args = params.arguments?.[0] as Partial<AddLexiconEntryParams> | undefined;
  const change = args?.change;
  const checked =
    change &&
    readLexiconEntry({ name: change.kind === 'alias' ? change.alias : change.name, type: change.type });
  if (
    typeof args?.uri !== 'string' ||
    !change ||
    typeof checked !== 'object' ||
    (change.kind === 'alias' &&
      typeof readLexiconEntry({ name: change.name, type: change.type }) !== 'object')
  )
    throw new ResponseError(
      ErrorCodes.InvalidParams,
      `${ADD_LEXICON_ENTRY_COMMAND}: expected { uri, change } with a name and an entry type.`,
    );
  const target = lexicons.fileFor(args.uri);
  if (target === undefined)
    throw new ResponseError(
      ErrorCodes.InvalidRequest,
      'Newsmark: open a folder to keep corrections in its .newsmark/lexicon.json.',
    );
  const before = lexicons.text(target);
  const plan = planLexiconChange(before, change);
  if (typeof plan === 'string') {
    void connection.window.showWarningMessage(`Newsmark: ${plan}`);
    return { applied: false, lexiconUri: target, message: plan };
  }
  if (plan.after === (before ?? '')) return { applied: true, lexiconUri: target, message: plan.message };
  const edit = lexiconWorkspaceEdit(target, before, plan.after, lexiconClient);
  let applied: boolean;
  if (edit)
    applied = (await connection.workspace.applyEdit({ label: `Newsmark: ${plan.message}`, edit })).applied;
  else {
    // An editor that cannot create files in an edit: the server writes the new file itself.
    mkdirSync(lexiconFolder(target) as string, { recursive: true });
    writeFileSync(fileURLToPath(target), plan.after);
    applied = true;
  }
  if (applied) {
    lexicons.setApplied(target, plan.after);
    lexiconChanged();
  }
  return { applied, lexiconUri: target, message: plan.message };
});

connection.onReferences(
  deferred((params) => {
    const found = documents.analysisFor(params.textDocument.uri, 'whole');
    if (!found?.analysis) return null;
    const offset = found.doc.offsetAt(params.position);
    const include = params.context.includeDeclaration;
    return indexer ? workspaceReferencesAt(found.doc, found.analysis, offset, include, indexer.index) : null;
  }),
);

connection.onDefinition(
  deferred((params) => {
    const found = documents.analysisFor(params.textDocument.uri, 'whole');
    if (!found?.analysis || !indexer) return null;
    return definitionAt(found.doc, found.analysis, found.doc.offsetAt(params.position), indexer.index);
  }),
);

connection.onWorkspaceSymbol(
  deferred((params) => (indexer ? workspaceSymbols(indexer.index, params.query) : [])),
);

connection.onRequest(
  INDEX_STATUS_REQUEST,
  deferred((): IndexStatusResult => ({
    articles: indexer?.index.size ?? 0,
    lastScan: indexer?.lastScan ?? null,
  })),
);

connection.onDocumentHighlight(
  deferred((params) => {
    const found = documents.analysisFor(params.textDocument.uri, 'whole');
    if (!found?.analysis) return null;
    return documentHighlightsAt(found.doc, found.analysis, found.doc.offsetAt(params.position));
  }),
);

connection.onDocumentSymbol(
  deferred((params) => {
    const found = documents.analysisFor(params.textDocument.uri, 'whole');
    if (found?.entry.state === 'large') return largeDocumentSymbols(found.doc, found.entry.message);
    return found?.analysis ? cachedDocumentSymbols(found.doc, found.analysis) : [];
  }),
);

// Paragraphs fold in any article, even one too large to analyse whole.
connection.onFoldingRanges(
  deferred((params) => {
    const found = documents.analysisFor(params.textDocument.uri, 'whole');
    return found && found.entry.state !== 'off' ? foldingRanges(found.doc) : [];
  }),
);

connection.onRequest(
  SUMMARY_REQUEST,
  deferred((params: UriParams): SummaryResult | null => {
    const found = documents.analysisFor(params.uri, 'whole');
    if (!found) return null;
    const byType: Record<string, number> = {};
    for (const e of found.analysis?.entities ?? []) byType[e.type] = (byType[e.type] ?? 0) + 1;
    return { ...statusOf(found.entry), byType };
  }),
);

// Asked for explicitly (Copy Analysis as JSON): for a large document, its start as far as a
// window reaches, which says that it is a part.
connection.onRequest(
  ANALYSIS_REQUEST,
  deferred((params: UriParams) => documents.analysisFor(params.uri, 'whole-or-window')?.analysis ?? null),
);

process.on('uncaughtException', (error) => connection.console.error(`Uncaught: ${errorText(error)}`));
process.on('unhandledRejection', (error) => connection.console.error(`Unhandled: ${errorText(error)}`));

texts.listen(connection);
connection.listen();
