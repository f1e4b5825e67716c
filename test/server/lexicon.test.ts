// Corrections through a real server over stdio, in a workspace folder on disk: code actions on a
// mention, the command that writes `.newsmark/lexicon.json` through workspace/applyEdit, the
// re-analysis that follows at once, the file watched on disk, a broken entry as a diagnostic in
// the file (the server goes on), and the file's entries winning over the newsmark.lexicon setting.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { defaultCapabilities, LspClient, type InitializeResultLike } from '../helpers/lspClient';

interface Action {
  title: string;
  kind: string;
  command: { command: string; arguments: unknown[] };
}
interface Edit {
  documentChanges: (
    | { kind: 'create'; uri: string }
    | { textDocument: { uri: string }; edits: { range: unknown; newText: string }[] }
  )[];
}
interface Diagnostics {
  uri: string;
  diagnostics: {
    range: { start: { line: number }; end: { line: number } };
    severity: number;
    message: string;
  }[];
}

const TEXT =
  'date 2023-11-14\n\nASTANA — Colonel Ruslan Zhaksylykov met the Qorlan board on Monday. Zhaksylikov said the talks with Tenge Partners went well.\n';

describe('server: corrections written to the workspace lexicon', function () {
  this.timeout(30_000);
  let dir: string;
  let client: LspClient;
  let init: InitializeResultLike;
  let articleUri: string;
  let lexiconPath: string;
  let lexiconUri: string;
  const doc = TextDocument.create('file:///a.news', 'news', 1, TEXT);
  const at = (text: string, delta = 1) => doc.positionAt(TEXT.indexOf(text) + delta);

  const hoverHeading = async (text: string) => {
    const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', {
      textDocument: { uri: articleUri },
      position: at(text),
    });
    return hover?.contents.value.split('  \n')[0] ?? null;
  };
  const actionsAt = (text: string) =>
    client.request<Action[]>('textDocument/codeAction', {
      textDocument: { uri: articleUri },
      range: { start: at(text), end: at(text) },
      context: { diagnostics: [] },
    });
  /** Runs the action's command; returns the edit the server asked the editor to apply. */
  const run = async (action: Action) => {
    const before = client.serverRequests.filter((r) => r.method === 'workspace/applyEdit').length;
    const result = await client.request<{ applied: boolean; lexiconUri: string; message: string }>(
      'workspace/executeCommand',
      { command: action.command.command, arguments: action.command.arguments },
    );
    const edits = client.serverRequests.filter((r) => r.method === 'workspace/applyEdit');
    assert.equal(edits.length, before + 1, 'one workspace/applyEdit');
    return { result, edit: (edits[edits.length - 1].params as { edit: Edit }).edit };
  };
  const lexiconDiagnostics = (after: number) =>
    client.waitFor(
      (n) => n.method === 'textDocument/publishDiagnostics' && (n.params as Diagnostics).uri === lexiconUri,
      15_000,
      after,
    );

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsmark-corrections-'));
    writeFileSync(join(dir, 'a.news'), TEXT);
    articleUri = pathToFileURL(join(dir, 'a.news')).href;
    lexiconPath = join(dir, '.newsmark', 'lexicon.json');
    lexiconUri = pathToFileURL(lexiconPath).href;
    client = new LspClient({ settings: {} });
    const capabilities = defaultCapabilities() as { workspace: Record<string, unknown> };
    capabilities.workspace.workspaceEdit = { documentChanges: true, resourceOperations: ['create'] };
    capabilities.workspace.didChangeWatchedFiles = { dynamicRegistration: true };
    init = await client.initialize(capabilities, {
      workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'desk' }],
    });
    client.open(articleUri, TEXT, 'news');
  });

  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('advertises code actions and the command, and watches the lexicon files', async () => {
    assert.deepEqual(init.capabilities.codeActionProvider, {
      codeActionKinds: ['quickfix.newsmark', 'quickfix'],
    });
    assert.deepEqual(init.capabilities.executeCommandProvider, { commands: ['newsmark.addLexiconEntry'] });
    const registration = await client.waitForServerRequest('client/registerCapability');
    assert.match(
      JSON.stringify(registration.params),
      /workspace\/didChangeWatchedFiles.*\*\*\/\.newsmark\/lexicon\.json/,
    );
  });

  it('marks "Qorlan" as a place: creates the file through an edit, and the article reads it at once', async () => {
    assert.equal(await hoverHeading('Qorlan'), '**Organization** · Qorlan');
    const actions = await actionsAt('Qorlan');
    const place = actions.find((a) => a.title === 'Mark “Qorlan” as place');
    assert.ok(place, actions.map((a) => a.title).join('\n'));
    const { result, edit } = await run(place);
    assert.deepEqual(result, {
      applied: true,
      lexiconUri,
      message: '“Qorlan” is a place: recorded in .newsmark/lexicon.json.',
    });
    assert.deepEqual(edit.documentChanges[0], {
      kind: 'create',
      uri: lexiconUri,
      options: { ignoreIfExists: true },
    });
    const fill = edit.documentChanges[1] as { edits: { newText: string }[] };
    const written = fill.edits[0].newText;
    assert.deepEqual(JSON.parse(written), { entries: [{ name: 'Qorlan', type: 'place' }] });
    // Applied by the editor (not yet saved): the server uses the new entry already.
    assert.equal(await hoverHeading('Qorlan'), '**Place** · Qorlan');
    // Saved, and the watcher says so: the same.
    mkdirSync(join(dir, '.newsmark'), { recursive: true });
    writeFileSync(lexiconPath, written);
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: lexiconUri, type: 1 }] });
    assert.equal(await hoverHeading('Qorlan'), '**Place** · Qorlan');
  });

  it('makes "Zhaksylikov" another name of Ruslan Zhaksylykov, keeping the first entry', async () => {
    const actions = await actionsAt('Zhaksylikov');
    const same = actions.find(
      (a) => a.title === 'Mark “Zhaksylikov” as the same entity as Ruslan Zhaksylykov',
    );
    assert.ok(same, actions.map((a) => a.title).join('\n'));
    const { edit } = await run(same);
    const change = edit.documentChanges[0] as {
      textDocument: { uri: string };
      edits: { range: never; newText: string }[];
    };
    assert.equal(change.textDocument.uri, lexiconUri);
    const before = readFileSync(lexiconPath, 'utf8');
    const after = TextDocument.applyEdits(TextDocument.create(lexiconUri, 'json', 1, before), change.edits);
    assert.deepEqual(JSON.parse(after).entries, [
      { name: 'Qorlan', type: 'place' },
      { name: 'Ruslan Zhaksylykov', type: 'person', aliases: ['Zhaksylikov'] },
    ]);
    writeFileSync(lexiconPath, after);
    const refs = await client.request<{ range: { start: { character: number } } }[]>(
      'textDocument/references',
      {
        textDocument: { uri: articleUri },
        position: at('Zhaksylikov'),
        context: { includeDeclaration: true },
      },
    );
    const starts = refs.map((r) => r.range.start.character);
    const line = TEXT.split('\n')[2];
    assert.deepEqual(starts, [line.indexOf('Ruslan Zhaksylykov'), line.indexOf('Zhaksylikov')]);
  });

  it('shows a broken entry as a diagnostic over it in the file, and goes on with the good ones', async () => {
    const broken =
      '{\n  "entries": [\n    { "name": "Qorlan", "type": "place" },\n    { "name": "Tenge", "type": "company" }\n  ]\n}\n';
    writeFileSync(lexiconPath, broken);
    const after = client.notifications.length;
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: lexiconUri, type: 2 }] });
    const published = (await lexiconDiagnostics(after)).params as Diagnostics;
    assert.equal(published.diagnostics.length, 1);
    const d = published.diagnostics[0];
    assert.deepEqual([d.range.start.line, d.range.end.line, d.severity], [3, 3, 1]);
    assert.match(d.message, /type "company"; expected one of person, organization, place/);
    assert.equal(await hoverHeading('Qorlan'), '**Place** · Qorlan');
    // The alias entry is gone from the file: Zhaksylikov is a person of its own again.
    assert.equal(await hoverHeading('Zhaksylikov'), '**Person** · Zhaksylikov');
  });

  it('keeps the last good entries while the file is not valid JSON, and says where', async () => {
    writeFileSync(lexiconPath, '{ "entries": [ { "name": "Qorlan", "type": "person" ');
    const after = client.notifications.length;
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: lexiconUri, type: 2 }] });
    const published = (await lexiconDiagnostics(after)).params as Diagnostics;
    assert.ok(published.diagnostics.length > 0);
    assert.match(published.diagnostics[0].message, /Not valid JSON/);
    assert.equal(await hoverHeading('Qorlan'), '**Place** · Qorlan');
  });

  it('lets the file win over newsmark.lexicon for the same name, and the setting add others', async () => {
    writeFileSync(lexiconPath, '{ "entries": [ { "name": "Qorlan", "type": "place" } ] }');
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: lexiconUri, type: 2 }] });
    client.settings = {
      lexicon: [
        { name: 'Qorlan', type: 'person' },
        { name: 'Tenge Partners', type: 'none' },
      ],
    };
    client.notify('workspace/didChangeConfiguration', { settings: null });
    for (let i = 0; i < 50 && (await hoverHeading('Tenge Partners')) !== null; i++)
      await new Promise((done) => setTimeout(done, 50));
    assert.equal(await hoverHeading('Tenge Partners'), null);
    assert.equal(await hoverHeading('Qorlan'), '**Place** · Qorlan');
  });
});
