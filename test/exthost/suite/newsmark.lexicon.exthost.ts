// Runs inside code-server's extension host after newsmark.exthost.ts: an inlay hint shows a
// date's value, and a quick fix writes the workspace lexicon, after which the mention's colour
// (its semantic token type) changes; removing the file brings the old colour back.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { loadSeed, mentionByText } from '../../e2e/gold';
import { decodeTokens } from '../../e2e/tokens';
import { pollFor } from '../../../scripts/editor/poll';
import type { ExtHostConfig } from '../protocol';
import { tokensOf } from '../semanticTokens';

const config = JSON.parse(
  readFileSync(process.env.NEWSMARK_EXTHOST_CONFIG as string, 'utf8'),
) as ExtHostConfig;
const seed = loadSeed(join(config.repoRoot, 'seeds'));

/** The semantic token type at `offset`, if a token covers it. */
async function typeAt(doc: vscode.TextDocument, offset: number): Promise<string | undefined> {
  const tokens = await tokensOf(doc);
  if (!tokens) return undefined;
  const at = doc.positionAt(offset);
  const hit = decodeTokens(tokens.data, tokens.legend).find(
    (t) => t.line === at.line && t.character <= at.character && at.character < t.character + t.length,
  );
  return hit?.type;
}

describe('Newsmark corrections and inlay hints in the VS Code extension host', () => {
  let doc: vscode.TextDocument;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;

  before(async () => {
    doc = await vscode.workspace.openTextDocument(vscode.Uri.file(config.articlePath));
  });

  it('shows 2023-11-07 as an inlay hint after "Nov. 7"', async () => {
    const m = mentionByText(seed.gold, 'Nov. 7');
    const range = new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
    const hints = await pollFor(
      'inlay hints',
      async () => {
        const found = await vscode.commands.executeCommand<vscode.InlayHint[]>(
          'vscode.executeInlayHintProvider',
          doc.uri,
          range,
        );
        return found && found.length > 0 ? found : undefined;
      },
      60_000,
    );
    const after = hints.filter((h) => doc.offsetAt(h.position) === m.end).map((h) => String(h.label));
    assert.deepEqual(after, ['2023-11-07']);
  });

  it('"Mark as organization" on "Ankara" writes .newsmark/lexicon.json and Ankara becomes an organization', async () => {
    assert.ok(folder, 'no workspace folder');
    const m = mentionByText(seed.gold, 'Ankara');
    assert.equal(await typeAt(doc, m.start + 1), 'place');
    const at = doc.positionAt(m.start + 1);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      doc.uri,
      new vscode.Range(at, at),
    );
    const mark = actions.find((a) => a.title === 'Mark “Ankara” as organization');
    assert.ok(mark?.command, `actions: ${actions.map((a) => a.title).join(' | ')}`);
    await vscode.commands.executeCommand(mark.command.command, ...(mark.command.arguments ?? []));
    const lexicon = vscode.Uri.joinPath(folder, '.newsmark', 'lexicon.json');
    const saved = await pollFor(
      'the saved lexicon',
      async () => {
        try {
          return JSON.parse(Buffer.from(await vscode.workspace.fs.readFile(lexicon)).toString('utf8'));
        } catch {
          return undefined;
        }
      },
      20_000,
    );
    assert.deepEqual(saved, { entries: [{ name: 'Ankara', type: 'organization' }] });
    await pollFor(
      'Ankara coloured as an organization',
      async () => ((await typeAt(doc, m.start + 1)) === 'organization' ? true : undefined),
      20_000,
    );
    // Without the file the engine's own reading comes back.
    await vscode.workspace.fs.delete(lexicon);
    await pollFor(
      'Ankara a place again',
      async () => ((await typeAt(doc, m.start + 1)) === 'place' ? true : undefined),
      20_000,
    );
  });
});
