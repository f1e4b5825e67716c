// The VS Code side of Newsmark, kept thin: it starts the language server, shows the server's
// status in a status bar item and the "Newsmark" output channel, and registers three commands.
// All recognition happens in the server.
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import {
  ANALYSIS_REQUEST,
  SAME_ENTITY_COMMAND,
  STATUS_NOTIFICATION,
  WINDOW_PROBLEM,
  WORKSPACE_TRUSTED_NOTIFICATION,
  type InitializationOptions,
  type StatusParams,
} from '../../server/src/protocol';
import { lexiconMiddleware, pickSameEntity, sendOpenLexicons, syncLexiconBuffers } from './lexicon';
import { plainForNotification } from './notificationText';
import { analyzeThisFile, showSummary } from './summary';

let client: LanguageClient | undefined;
let output: vscode.OutputChannel;
let statusItem: vscode.StatusBarItem;
/** The last status the server sent per document, so switching editors updates the item at once. */
const statuses = new Map<string, StatusParams>();

/** Documents the server may analyse; it decides itself whether a text or Markdown file is an article. */
const SELECTOR = ['news', 'plaintext', 'markdown'].flatMap((language) => [
  { scheme: 'file', language },
  { scheme: 'untitled', language },
]);

function createClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const watchers = [
    vscode.workspace.createFileSystemWatcher('**/*.{news,txt,md,markdown}'),
    vscode.workspace.createFileSystemWatcher('**/.newsmark/{aliases,lexicon}.json'),
  ];
  context.subscriptions.push(...watchers);
  const clientOptions: LanguageClientOptions = {
    documentSelector: SELECTOR,
    outputChannel: output,
    // The workspace index keeps its cache in the extension's storage for this workspace; the
    // article, alias and lexicon files are watched here, so the server registers no watcher.
    initializationOptions: {
      clientCommands: [SAME_ENTITY_COMMAND],
      workspaceTrusted: vscode.workspace.isTrusted,
      storagePath: (context.storageUri ?? context.globalStorageUri).fsPath,
      watchesFiles: true,
    } satisfies InitializationOptions,
    middleware: lexiconMiddleware(),
    synchronize: { fileEvents: watchers },
    // No `synchronize.configurationSection`: the server registers for the newsmark section and
    // pulls the settings itself; both would send every settings change twice.
  };
  return new LanguageClient('newsmark', 'Newsmark', serverOptions, clientOptions);
}

function showStatus(editor: vscode.TextEditor | undefined): void {
  const status = editor ? statuses.get(editor.document.uri.toString()) : undefined;
  if (!status) {
    statusItem.hide();
    return;
  }
  // A text or Markdown file not taken for an article says so, and how to have it analysed.
  if (status.state === 'off' && editor?.document.languageId !== 'news') {
    statusItem.text = '$(circle-slash) Not an article';
    statusItem.tooltip = `Newsmark: ${status.message}\nClick to analyse this file as a news article.`;
    statusItem.command = 'newsmark.analyzeFile';
    statusItem.show();
    return;
  }
  const icon = { ok: '$(calendar)', large: '$(warning)', off: '$(circle-slash)', error: '$(error)' }[
    status.state
  ];
  if (status.state === 'ok') {
    statusItem.text = `${icon} ${status.articleDate ?? 'no date'} · ${status.entities ?? 0} entities`;
  } else {
    statusItem.text = `${icon} Newsmark: ${status.state}`;
  }
  const summary = status.state === 'ok';
  statusItem.tooltip = `Newsmark: ${status.message}\n${summary ? 'Click for the article’s entities.' : 'Click to show the output.'}`;
  statusItem.command = summary ? 'newsmark.showSummary' : 'newsmark.showOutput';
  statusItem.show();
}

async function startClient(context: vscode.ExtensionContext): Promise<void> {
  client = createClient(context);
  // Listening before the start, so no status is missed and none needs asking for afterwards.
  client.onNotification(STATUS_NOTIFICATION, (status: StatusParams) => {
    const previous = statuses.get(status.uri);
    statuses.set(status.uri, status);
    // Limits and failures go to the output channel too, so nothing is cut off silently.
    if (status.state !== 'ok' && (previous?.state !== status.state || previous?.message !== status.message))
      output.appendLine(
        `[${status.state}] ${vscode.Uri.parse(status.uri).fsPath || status.uri}: ${status.message}`,
      );
    if (vscode.window.activeTextEditor?.document.uri.toString() === status.uri)
      showStatus(vscode.window.activeTextEditor);
  });
  await client.start();
  // A lexicon file already open (a restart) counts with its unsaved changes.
  sendOpenLexicons(client);
}

async function copyAnalysis(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !client) {
    void vscode.window.showWarningMessage('Newsmark: open an article first.');
    return;
  }
  let analysis: unknown;
  try {
    analysis = await client.sendRequest<unknown>(ANALYSIS_REQUEST, { uri: editor.document.uri.toString() });
  } catch (error) {
    output.appendLine(
      `Copy Analysis as JSON failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    void vscode.window.showErrorMessage('Newsmark: the analysis could not be read; see the Newsmark output.');
    return;
  }
  if (analysis === null) {
    const status = statuses.get(editor.document.uri.toString());
    void vscode.window.showWarningMessage(
      `Newsmark: no analysis for this document. ${plainForNotification(status?.message ?? '')}`,
    );
    return;
  }
  await vscode.env.clipboard.writeText(JSON.stringify(analysis, null, 2));
  // A document too large to analyse whole gives the analysis of its start only; the server says
  // so in a problem of the analysis, and the user hears it here rather than finding out later.
  const partial = (analysis as { problems?: { code?: string; message?: string }[] }).problems?.find(
    (p) => p.code === WINDOW_PROBLEM,
  );
  if (partial)
    void vscode.window.showWarningMessage(
      `Newsmark: partial analysis copied. ${plainForNotification(partial.message ?? '')}`,
    );
  else void vscode.window.showInformationMessage('Newsmark: analysis copied to the clipboard as JSON.');
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('Newsmark');
  statusItem = vscode.window.createStatusBarItem('newsmark.status', vscode.StatusBarAlignment.Right, 100);
  statusItem.name = 'Newsmark';
  statusItem.command = 'newsmark.showOutput';
  context.subscriptions.push(
    output,
    statusItem,
    vscode.commands.registerCommand('newsmark.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('newsmark.restartServer', async () => {
      output.appendLine('Restarting the Newsmark server.');
      statuses.clear();
      await client?.stop();
      await startClient(context);
    }),
    vscode.commands.registerCommand('newsmark.copyAnalysis', copyAnalysis),
    vscode.commands.registerCommand(SAME_ENTITY_COMMAND, pickSameEntity),
    vscode.commands.registerCommand('newsmark.showSummary', () => showSummary(client)),
    vscode.commands.registerCommand('newsmark.analyzeFile', analyzeThisFile),
    syncLexiconBuffers(() => client),
    vscode.workspace.onDidGrantWorkspaceTrust(
      () => void client?.sendNotification(WORKSPACE_TRUSTED_NOTIFICATION),
    ),
    vscode.window.onDidChangeActiveTextEditor(showStatus),
    vscode.workspace.onDidCloseTextDocument((doc) => statuses.delete(doc.uri.toString())),
  );
  try {
    await startClient(context);
  } catch (error) {
    output.appendLine(
      `The Newsmark server did not start: ${error instanceof Error ? error.message : String(error)}`,
    );
    void vscode.window.showErrorMessage(
      'Newsmark: the language server did not start; see the Newsmark output.',
    );
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
