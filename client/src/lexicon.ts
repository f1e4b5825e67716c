// The VS Code side of the workspace lexicon (`.newsmark/lexicon.json`): the server writes it
// through workspace edits; here the edited file is saved and the user told what was recorded (with
// Undo), the quick pick of "Same entity as …" is shown, and the text of an open lexicon file goes
// to the server on every change, so corrections typed by hand count before they are saved.
import * as vscode from 'vscode';
import type { LanguageClient, Middleware } from 'vscode-languageclient/node';
import {
  ADD_LEXICON_ENTRY_COMMAND,
  LEXICON_FILE,
  LEXICON_TEXT_NOTIFICATION,
  type AddLexiconEntryParams,
  type AddLexiconEntryResult,
  type LexiconTextParams,
  type SameEntityParams,
} from '../../server/src/protocol';
import { plainForNotification } from './notificationText';

function isLexicon(doc: vscode.TextDocument): boolean {
  return doc.uri.scheme === 'file' && doc.uri.path.endsWith(`/${LEXICON_FILE}`);
}

function sendText(client: LanguageClient | undefined, doc: vscode.TextDocument, closed = false): void {
  if (!client?.isRunning() || !isLexicon(doc)) return;
  const params: LexiconTextParams = { uri: doc.uri.toString(), text: closed ? null : doc.getText() };
  void client.sendNotification(LEXICON_TEXT_NOTIFICATION, params);
}

/** Sends the text of every lexicon file open now (after the server starts). */
export function sendOpenLexicons(client: LanguageClient): void {
  for (const doc of vscode.workspace.textDocuments) sendText(client, doc);
}

/** Keeps the server told of lexicon files opened, edited and closed in the editor. */
export function syncLexiconBuffers(client: () => LanguageClient | undefined): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.workspace.onDidOpenTextDocument((doc) => sendText(client(), doc)),
    vscode.workspace.onDidChangeTextDocument((e) => sendText(client(), e.document)),
    vscode.workspace.onDidCloseTextDocument((doc) => sendText(client(), doc, true)),
  );
}

/**
 * After the server's command has edited the lexicon: save it (an edit leaves the file dirty, maybe
 * in no visible editor), and say what was recorded, with Undo (the edit is the last step of the
 * file's own undo stack) and a way to open the file.
 */
async function recorded(result: AddLexiconEntryResult): Promise<void> {
  if (!result.applied) return;
  const uri = vscode.Uri.parse(result.lexiconUri);
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (doc?.isDirty) await doc.save();
  const choice = await vscode.window.showInformationMessage(
    `Newsmark: ${plainForNotification(result.message)}`,
    'Undo',
    'Open Lexicon',
  );
  if (choice === 'Open Lexicon') await vscode.window.showTextDocument(uri, { preview: true });
  if (choice === 'Undo') {
    const editor = await vscode.window.showTextDocument(uri, { preview: true });
    await vscode.commands.executeCommand('undo');
    await editor.document.save();
  }
}

export function lexiconMiddleware(): Middleware {
  return {
    executeCommand: async (command, args, next) => {
      const result = (await next(command, args)) as AddLexiconEntryResult | null | undefined;
      if (command === ADD_LEXICON_ENTRY_COMMAND && result) void recorded(result);
      return result;
    },
  };
}

/** "Same entity as …": the article's entities in a quick pick, then the server's command. */
export async function pickSameEntity(params: SameEntityParams): Promise<void> {
  const picked = await vscode.window.showQuickPick(
    params.choices.map((c) => ({
      label: c.name,
      description: c.type,
      detail: `${c.mentions} ${c.mentions === 1 ? 'mention' : 'mentions'} in this article`,
      choice: c,
    })),
    {
      title: `“${params.alias}” is another name of…`,
      placeHolder: 'An entity of this article',
      matchOnDescription: true,
    },
  );
  if (!picked) return;
  const args: AddLexiconEntryParams = {
    uri: params.uri,
    change: { kind: 'alias', name: picked.choice.name, type: picked.choice.type, alias: params.alias },
  };
  await vscode.commands.executeCommand(ADD_LEXICON_ENTRY_COMMAND, args);
}
