// The quick fix of the spelling check (consistency.ts): record the one spelling as an alias of the
// other in the workspace's `.newsmark/aliases.json`, created on first use. The edit is a workspace
// edit, so the editor shows it, can undo it, and saves it; the index then reads the file again.
import { CodeActionKind, type CodeAction, type Diagnostic, type WorkspaceEdit } from 'vscode-languageserver';
import { parseAliases, withAlias, type AliasEntry } from '../workspace/aliases';
import { SPELLING_VARIANT, type SpellingData } from './consistency';

/** The aliases file of the document's folder: its uri, and its text when it exists. */
export interface AliasesFile {
  uri: string;
  text: string | undefined;
}

/** The end of `text` as a position (line, character), to replace all of it. */
function endOf(text: string): { line: number; character: number } {
  const lines = text.split(/\r\n|\r|\n/);
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

/**
 * A quick fix per spelling diagnostic among `diagnostics`. `canCreate`: the editor can create
 * files in a workspace edit; without it, a fix is offered only when the file exists.
 */
export function aliasQuickFixes(
  diagnostics: readonly Diagnostic[],
  file: AliasesFile | undefined,
  canCreate: boolean,
): CodeAction[] {
  if (!file) return [];
  let current: AliasEntry[] = [];
  if (file.text !== undefined) {
    try {
      current = parseAliases(file.text);
    } catch {
      return []; // a broken file is the user's to mend: it is not overwritten
    }
  } else if (!canCreate) return [];
  const out: CodeAction[] = [];
  for (const d of diagnostics) {
    if (d.code !== SPELLING_VARIANT || d.source !== 'newsmark') continue;
    const data = d.data as SpellingData | undefined;
    if (!data || typeof data.name !== 'string' || typeof data.alias !== 'string') continue;
    const newText = withAlias(current, data.type, data.name, data.alias);
    const range = { start: { line: 0, character: 0 }, end: endOf(file.text ?? '') };
    const edit: WorkspaceEdit =
      file.text === undefined
        ? {
            documentChanges: [
              { kind: 'create', uri: file.uri, options: { ignoreIfExists: true } },
              { textDocument: { uri: file.uri, version: null }, edits: [{ range, newText }] },
            ],
          }
        : { changes: { [file.uri]: [{ range, newText }] } };
    out.push({
      title: `Record “${data.alias}” as another spelling of “${data.name}”`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      isPreferred: true,
      edit,
    });
  }
  return out;
}
