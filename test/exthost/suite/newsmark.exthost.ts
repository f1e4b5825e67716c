// Runs inside code-server's extension host (started by ../runner.ts): the Newsmark checks through
// VS Code's own commands — the same providers the editor UI calls — against the seed's gold.
import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import {
  expectedDateValues,
  expectedEntities,
  loadSeed,
  mentionByText,
  orderProblems,
  personMentionCount,
  requiredMentions,
  dateHoverProblems,
  personHoverProblems,
  type GoldMention,
} from '../../e2e/gold';
import { decodeTokens, tokenTypeProblems } from '../../e2e/tokens';
import { tokensOf } from '../semanticTokens';
import { pollFor } from '../../../scripts/editor/poll';
import type { ExtHostConfig } from '../protocol';

const config = JSON.parse(
  readFileSync(process.env.NEWSMARK_EXTHOST_CONFIG as string, 'utf8'),
) as ExtHostConfig;
const seed = loadSeed(join(config.repoRoot, 'seeds'));

/** Waits for `check`, a minute unless told otherwise: the server may still be starting. */
function poll<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  return pollFor(what, check, timeoutMs);
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

function flatten(symbols: vscode.DocumentSymbol[]): string[] {
  return symbols.flatMap((s) => [s.name, ...flatten(s.children ?? [])]);
}

async function symbolsOf(doc: vscode.TextDocument): Promise<vscode.DocumentSymbol[] | undefined> {
  return await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
    'vscode.executeDocumentSymbolProvider',
    doc.uri,
  );
}

/** Every symbol name at any depth; none while the provider has nothing yet. */
async function symbolNames(doc: vscode.TextDocument): Promise<string[]> {
  return flatten((await symbolsOf(doc)) ?? []);
}

function hoverAt(doc: vscode.TextDocument, m: GoldMention): Thenable<vscode.Hover[]> {
  const position = doc.positionAt(Math.floor((m.start + m.end) / 2));
  return vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position);
}

describe('Newsmark in the VS Code extension host', () => {
  let doc: vscode.TextDocument;

  before(async () => {
    const extension = vscode.extensions.getExtension('newsmark.newsmark');
    assert.ok(extension, 'the newsmark.newsmark extension is not installed');
    doc = await vscode.workspace.openTextDocument(vscode.Uri.file(config.articlePath));
    await extension.activate();
    writeFileSync(config.factsPath, JSON.stringify({ languageId: doc.languageId }));
  });

  it('opens the seed as a language Newsmark analyses', () => {
    assert.ok(['plaintext', 'news'].includes(doc.languageId), `language ${doc.languageId}`);
    assert.equal(doc.getText(), seed.text);
  });

  it('semantic tokens give every required gold mention its type', async () => {
    const tokens = await poll('semantic tokens', () => tokensOf(doc));
    for (const type of new Set(requiredMentions(seed.gold).map((m) => m.type))) {
      assert.ok(tokens.legend.tokenTypes.includes(type), `legend lacks ${type}`);
    }
    assert.deepEqual(
      tokenTypeProblems(seed.text, tokens.data, tokens.legend, requiredMentions(seed.gold)),
      [],
    );
  });

  it('hover on "Ruslan Zhaksylykov" shows rank, title and mention count', async () => {
    const m = mentionByText(seed.gold, 'Ruslan Zhaksylykov');
    const text = hoverText(await hoverAt(doc, m));
    assert.deepEqual(personHoverProblems(seed.gold, m, text), []);
  });

  it('hover on "Nov. 7" shows the resolved date and its weekday', async () => {
    const m = mentionByText(seed.gold, 'Nov. 7');
    const text = hoverText(await hoverAt(doc, m));
    assert.deepEqual(dateHoverProblems(m, text), []);
  });

  it('Find All References on "Zhaksylykov" lists exactly the gold mentions of the person', async () => {
    const gold = seed.gold.mentions
      .filter((m) => m.entity === 'P-zhaksylykov' && m.type === 'person')
      .sort((a, b) => a.start - b.start);
    assert.equal(gold.length, personMentionCount(seed.gold, 'P-zhaksylykov'));
    const at = doc.positionAt(gold[1].start + 2);
    const locations = await poll('references', async () => {
      const found = await vscode.commands.executeCommand<vscode.Location[]>(
        'vscode.executeReferenceProvider',
        doc.uri,
        at,
      );
      return found && found.length > 0 ? found : undefined;
    });
    // The workspace folder holds another copy of the seed, which the workspace index reads: its
    // references must be the same gold mentions, in that file; nothing else may be listed.
    const byFile = new Map<string, number[][]>();
    for (const l of locations) {
      const spans = byFile.get(l.uri.toString()) ?? [];
      spans.push([doc.offsetAt(l.range.start), doc.offsetAt(l.range.end)]);
      byFile.set(l.uri.toString(), spans);
    }
    assert.ok(byFile.has(doc.uri.toString()), 'no reference in the article itself');
    for (const [uri, spans] of byFile) {
      if (uri !== doc.uri.toString())
        assert.equal(uri.split('/').pop(), doc.uri.toString().split('/').pop(), `a reference in ${uri}`);
      assert.deepEqual(
        spans.sort((a, b) => a[0] - b[0]),
        gold.map((m) => [m.start, m.end]),
        uri,
      );
    }
  });

  it('document highlights on "Türkiye" mark its gold mentions, the first as Write', async () => {
    const gold = seed.gold.mentions
      .filter((m) => m.entity === 'L-turkiye' && m.type === 'place')
      .sort((a, b) => a.start - b.start);
    assert.ok(gold.length > 1, 'the gold has one Türkiye mention or none');
    const highlights = await poll('document highlights', async () => {
      const found = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>(
        'vscode.executeDocumentHighlights',
        doc.uri,
        doc.positionAt(gold[gold.length - 1].start + 1),
      );
      return found && found.length > 0 ? found : undefined;
    });
    assert.deepEqual(
      highlights
        .map((h) => [doc.offsetAt(h.range.start), doc.offsetAt(h.range.end), h.kind])
        .sort((a, b) => (a[0] as number) - (b[0] as number)),
      gold.map((m, i) => [
        m.start,
        m.end,
        i === 0 ? vscode.DocumentHighlightKind.Write : vscode.DocumentHighlightKind.Text,
      ]),
    );
  });

  it('document symbols list the people and organizations in order, and the dates', async () => {
    const symbols = await poll('document symbols', () => symbolsOf(doc));
    const names = flatten(symbols);
    const people = expectedEntities(seed.gold, 'person');
    assert.equal(people.length, 5);
    assert.deepEqual(orderProblems(seed.gold, people, names), []);
    assert.deepEqual(orderProblems(seed.gold, expectedEntities(seed.gold, 'organization'), names), []);
    // Each required date value is listed once; the order on screen is the Outline's (checked by
    // the UI test), since VS Code sorts the provider's symbols by position.
    const dates = expectedDateValues(seed.gold);
    const missing = dates.filter((d) => !names.includes(d));
    assert.deepEqual(missing, [], `dates missing from [${names.join(', ')}]`);
  });

  it('typing "General John Smith met " adds a rank and a person; undo removes them', async () => {
    const editor = await vscode.window.showTextDocument(doc);
    const end = doc.positionAt(doc.getText().length);
    const typed = 'General John Smith met ';
    await editor.edit((edit) => edit.insert(end, `\n\n${typed}`));
    const at = seed.text.length + 2;
    const added: GoldMention[] = [
      { start: at, end: at + 'General'.length, type: 'rank', text: 'General' },
      {
        start: at + 'General '.length,
        end: at + 'General John Smith'.length,
        type: 'person',
        text: 'John Smith',
      },
    ];
    await poll(
      'tokens for the typed rank and name',
      async () => {
        const tokens = await tokensOf(doc);
        if (!tokens) return undefined;
        return tokenTypeProblems(doc.getText(), tokens.data, tokens.legend, added).length === 0
          ? true
          : undefined;
      },
      20_000,
    );
    await poll(
      '"John Smith" in the document symbols',
      async () => ((await symbolNames(doc)).includes('John Smith') ? true : undefined),
      20_000,
    );

    for (let i = 0; i < 10 && doc.getText() !== seed.text; i++) await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), seed.text, 'undo did not restore the article');
    await poll(
      '"John Smith" gone from the document symbols',
      async () => ((await symbolNames(doc)).includes('John Smith') ? undefined : true),
      20_000,
    );
    const tokens = await tokensOf(doc);
    assert.ok(tokens, 'no tokens after undo');
    const pastEnd = decodeTokens(tokens.data, tokens.legend).filter(
      (t) => doc.offsetAt(new vscode.Position(t.line, t.character)) >= seed.text.length,
    );
    assert.deepEqual(pastEnd, [], 'tokens left where the typed text was');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
