// "Newsmark: Export Article As…": a quick pick of the export formats (or the format id given to
// the command, from a keybinding or another extension); the server writes the article in the one
// chosen (server/src/export) and each file it gives back opens beside the article as a new,
// unsaved document, for the user to read and save where they want.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  EXPORT_FORMATS_OFFERED,
  EXPORT_REQUEST,
  type ExportParams,
  type ExportResponse,
} from '../../server/src/protocol';

/** The editor's language of each file the formats write, by suffix. */
const LANGUAGES: Record<string, string> = {
  '.nitf.xml': 'xml',
  '.tml': 'xml',
  '.jsonld': 'json',
  '.ann': 'plaintext',
  '.txt': 'plaintext',
  '.conll': 'plaintext',
  '.csv': 'plaintext',
};

export async function exportArticle(
  client: LanguageClient | undefined,
  output: vscode.OutputChannel,
  formatId?: unknown,
): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !client) {
    void vscode.window.showWarningMessage('Newsmark: open an article first.');
    return;
  }
  const choices = EXPORT_FORMATS_OFFERED.map((f) => ({
    label: f.label,
    description: f.id,
    detail: f.description,
    id: f.id,
  }));
  const picked =
    choices.find((c) => c.id === formatId) ??
    (await vscode.window.showQuickPick(choices, {
      title: 'Newsmark: Export Article As…',
      placeHolder: 'The format to write this article in',
    }));
  if (!picked) return;
  const params: ExportParams = { uri: editor.document.uri.toString(), format: picked.id };
  let result: ExportResponse | null;
  try {
    result = await client.sendRequest<ExportResponse | null>(EXPORT_REQUEST, params);
  } catch (error) {
    output.appendLine(
      `Export as ${picked.label} failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    void vscode.window.showErrorMessage('Newsmark: the export failed; see the Newsmark output.');
    return;
  }
  if (result === null) {
    void vscode.window.showWarningMessage(
      'Newsmark: this document has no analysis to export (not an article, or too large to analyse whole).',
    );
    return;
  }
  // brat's .txt is the article itself: only its annotations are news to the reader.
  const shown = result.files.filter((f) => !(picked.id === 'brat' && f.suffix === '.txt'));
  for (const file of shown) {
    const doc = await vscode.workspace.openTextDocument({
      content: file.content,
      language: LANGUAGES[file.suffix] ?? 'plaintext',
    });
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  }
  for (const warning of result.warnings) output.appendLine(`Export as ${picked.label}: ${warning}`);
  if (result.warnings.length > 0)
    void vscode.window.showWarningMessage(
      `Newsmark: exported as ${picked.label}, with ${result.warnings.length} note(s) in the Newsmark output.`,
    );
}
