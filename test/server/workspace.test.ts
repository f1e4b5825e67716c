// The workspace index over stdio: a real server on a folder of articles written here, asked for
// workspace symbols, references and definitions across articles, the consistency diagnostics and
// their quick fix, told of created and deleted files, and started again on its cache.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defaultCapabilities, LspClient, type Notification } from '../helpers/lspClient';

interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
interface Location {
  uri: string;
  range: Range;
}
interface SymbolInformation {
  name: string;
  kind: number;
  containerName?: string;
  location: Location;
}
interface Diagnostic {
  range: Range;
  code?: string;
  message: string;
  relatedInformation?: { location: Location; message: string }[];
  data?: unknown;
}
interface IndexedParams {
  articles: number;
  fromCache: number;
  analysed: number;
  skipped: number;
  cancelled: boolean;
}

// Four short articles about one (made-up) general: two of the same date that disagree on his rank,
// a later one with a lower rank, and one that spells his name with an i.
const ARTICLES: Record<string, string> = {
  'a.news':
    'date 2023-11-08\n\nASTANA — Lt. Gen. Ruslan Zhaksylykov, commander of the Kazakh Army, met NATO officials in Astana on Tuesday, Nov. 8, 2023. Zhaksylykov said the talks would go on.\n',
  'b.news':
    'date 2023-11-08\n\nALMATY — Gen. Ruslan Zhaksylykov visited Almaty. Zhaksylykov spoke with officers of the Kazakh Army.\n',
  'c.news': 'date 2023-12-01\n\nASTANA — Maj. Gen. Ruslan Zhaksylykov returned to Astana.\n',
  'd.txt': 'date 2023-12-05\n\nASTANA — Ruslan Zhaksylikov of the Kazakh Army spoke in Astana.\n',
  'notes.md': '# Notes\n\nNothing here is an article.\n',
};

function capabilities(): object {
  const base = defaultCapabilities() as { workspace: object; textDocument: object };
  return {
    ...base,
    window: { workDoneProgress: true },
    workspace: {
      ...base.workspace,
      didChangeWatchedFiles: { dynamicRegistration: true },
      workspaceEdit: { documentChanges: true, resourceOperations: ['create'] },
    },
  };
}

/** The position of the `nth` (0-based) occurrence of `word` in `text`, plus `into` characters. */
function positionOf(text: string, word: string, nth = 0, into = 1): { line: number; character: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(word, at + 1);
  assert.ok(at >= 0, `${word} not in the text`);
  const before = text.slice(0, at + into);
  const line = before.split('\n').length - 1;
  return { line, character: at + into - (before.lastIndexOf('\n') + 1) };
}

describe('workspace index (dist/server.js --stdio on a folder)', function () {
  this.timeout(60_000);
  let folder: string;
  let cacheDir: string;
  let client: LspClient;
  const uri = (name: string) => pathToFileURL(join(folder, name)).href;

  async function start(): Promise<{ client: LspClient; indexed: IndexedParams }> {
    const c = new LspClient({ args: ['--cache-dir', cacheDir] });
    await c.initialize(capabilities(), {
      rootUri: pathToFileURL(folder).href,
      workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'news' }],
    });
    const indexed = await c.waitFor((n) => n.method === 'newsmark/indexed', 30_000);
    return { client: c, indexed: indexed.params as IndexedParams };
  }

  function open(name: string): void {
    client.open(uri(name), ARTICLES[name], name.endsWith('.news') ? 'news' : 'plaintext');
  }

  async function diagnosticsOf(name: string, code: string): Promise<Diagnostic[]> {
    const published = await client.waitFor((n: Notification) => {
      const p = n.params as { uri: string; diagnostics: Diagnostic[] };
      return (
        n.method === 'textDocument/publishDiagnostics' &&
        p.uri === uri(name) &&
        p.diagnostics.some((d) => d.code === code)
      );
    });
    return (published.params as { diagnostics: Diagnostic[] }).diagnostics.filter((d) => d.code === code);
  }

  const symbols = (query: string) => client.request<SymbolInformation[]>('workspace/symbol', { query });

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'newsmark-ws-'));
    cacheDir = mkdtempSync(join(tmpdir(), 'newsmark-cache-'));
    for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(folder, name), text);
    ({ client } = await start());
  });

  after(async () => {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it('indexes the articles of the folder (not the notes), with progress, and watches the files', async () => {
    const status = await client.request<{ articles: number; lastScan: IndexedParams }>(
      'newsmark/indexStatus',
      {},
    );
    assert.equal(status.articles, 4);
    assert.equal(status.lastScan.analysed, 4);
    assert.equal(status.lastScan.skipped, 1);
    assert.ok(client.serverRequests.some((r) => r.method === 'window/workDoneProgress/create'));
    const kinds = client.notifications
      .filter((n) => n.method === '$/progress')
      .map((n) => (n.params as { value: { kind: string } }).value.kind);
    assert.equal(kinds[0], 'begin');
    assert.equal(kinds.at(-1), 'end');
    const registration = client.serverRequests.find(
      (r) =>
        r.method === 'client/registerCapability' &&
        JSON.stringify(r.params).includes('workspace/didChangeWatchedFiles'),
    );
    assert.ok(registration, 'the server registers a file watcher');
  });

  it('finds a person across articles by a fuzzy query, with the article and mention counts', async () => {
    const found = await symbols('rzhaks');
    const names = found.map((s) => s.name);
    assert.deepEqual(names.slice(0, 2).sort(), ['Ruslan Zhaksylikov', 'Ruslan Zhaksylykov']);
    const general = found.find((s) => s.name === 'Ruslan Zhaksylykov');
    assert.equal(general?.location.uri, uri('a.news'));
    assert.equal(general?.location.range.start.line, 2);
    assert.match(general?.containerName ?? '', /^Person · 3 articles · 5 mentions · first in a\.news$/);
    assert.deepEqual(
      (await symbols('kazarmy')).map((s) => s.name),
      ['Kazakh Army'],
    );
    assert.deepEqual(await symbols('qqq'), []);
  });

  it('lists references and the definition across articles', async () => {
    open('b.news');
    const at = positionOf(ARTICLES['b.news'], 'Zhaksylykov', 1);
    const refs = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri: uri('b.news') },
      position: at,
      context: { includeDeclaration: true },
    });
    const byFile = refs.map((r) => r.uri.slice(r.uri.lastIndexOf('/') + 1));
    assert.deepEqual(byFile, ['a.news', 'a.news', 'b.news', 'b.news', 'c.news']);
    const withoutDeclaration = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri: uri('b.news') },
      position: at,
      context: { includeDeclaration: false },
    });
    assert.equal(withoutDeclaration.length, 4);
    const definition = await client.request<Location>('textDocument/definition', {
      textDocument: { uri: uri('b.news') },
      position: at,
    });
    assert.equal(definition.uri, uri('a.news'));
    assert.deepEqual(definition.range.start, positionOf(ARTICLES['a.news'], 'Ruslan', 0, 0));
    const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', {
      textDocument: { uri: uri('b.news') },
      position: at,
    });
    assert.match(hover.contents.value, /In 3 articles of the workspace/);
  });

  it('warns of another rank on the same date, pointing at the other article', async () => {
    const [conflict] = await diagnosticsOf('b.news', 'rank-conflict');
    assert.match(conflict.message, /General here but Lieutenant General in a\.news/);
    assert.equal(conflict.relatedInformation?.[0].location.uri, uri('a.news'));
  });

  it('notes a lower rank than an earlier article gives', async () => {
    open('c.news');
    const [lower] = await diagnosticsOf('c.news', 'lower-rank');
    assert.match(lower.message, /Major General \(OF-6\) here, lower than General \(OF-9\) in b\.news/);
    assert.equal(lower.relatedInformation?.[0].location.uri, uri('b.news'));
  });

  it('flags a weekday that is not its date’s', async () => {
    open('a.news');
    const [weekday] = await diagnosticsOf('a.news', 'weekday-mismatch');
    assert.match(weekday.message, /says Tuesday, but 2023-11-08 is a Wednesday/);
    assert.deepEqual(weekday.range.start, positionOf(ARTICLES['a.news'], 'Tuesday', 0, 0));
  });

  it('flags a name spelled two ways, with a quick fix that records the alias', async () => {
    open('d.txt');
    const [variant] = await diagnosticsOf('d.txt', 'spelling-variant');
    assert.match(variant.message, /Ruslan Zhaksylikov may be Ruslan Zhaksylykov of a\.news .*Kazakh Army/);
    const offered = await client.request<
      {
        title: string;
        kind: string;
        edit: { documentChanges: ({ kind?: string; uri?: string } & { edits?: { newText: string }[] })[] };
      }[]
    >('textDocument/codeAction', {
      textDocument: { uri: uri('d.txt') },
      range: variant.range,
      context: { diagnostics: [variant] },
    });
    // The corrections of the workspace lexicon (kind quickfix.newsmark) are offered beside it.
    const actions = offered.filter((a) => a.kind === 'quickfix');
    assert.equal(actions.length, 1);
    assert.equal(actions[0].title, 'Record “Ruslan Zhaksylikov” as another spelling of “Ruslan Zhaksylykov”');
    const [create, edit] = actions[0].edit.documentChanges;
    assert.equal(create.kind, 'create');
    assert.equal(create.uri, uri('.newsmark/aliases.json'));
    const written = edit.edits?.[0].newText ?? '';
    assert.deepEqual(JSON.parse(written), [
      { name: 'Ruslan Zhaksylykov', type: 'person', aliases: ['Ruslan Zhaksylikov'] },
    ]);
    // The editor applies the edit and saves; the watcher reports the file: one entity now.
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(folder, '.newsmark'));
    writeFileSync(join(folder, '.newsmark', 'aliases.json'), written);
    client.notify('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uri('.newsmark/aliases.json'), type: 1 }],
    });
    const merged = await poll(async () =>
      (await symbols('zhaksyl')).find((s) => /4 articles/.test(s.containerName ?? '')),
    );
    assert.equal(merged.name, 'Ruslan Zhaksylykov');
  });

  it('follows created and deleted files', async () => {
    writeFileSync(
      join(folder, 'e.news'),
      'date 2024-01-10\n\nBAKU — Aysel Karimova of the Kazakh Army spoke.\n',
    );
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('e.news'), type: 1 }] });
    const karimova = await poll(async () =>
      (await symbols('aysel')).find((s) => s.name === 'Aysel Karimova'),
    );
    assert.equal(karimova.location.uri, uri('e.news'));
    unlinkSync(join(folder, 'e.news'));
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('e.news'), type: 3 }] });
    await poll(async () => ((await symbols('aysel')).length === 0 ? true : undefined));
  });

  it('reads the cache on the next start, and ignores a broken cache with a log line', async () => {
    await client.stop();
    // Let the first server's cache be written (it is, at the end of its scan) before starting again.
    const second = await start();
    client = second.client;
    assert.equal(second.indexed.articles, 4);
    assert.equal(second.indexed.fromCache, 4);
    assert.equal(second.indexed.analysed, 0);
    await client.stop();
    writeFileSync(join(cacheDir, 'newsmark-index.json'), '{"engine": "x", "articles": [1, 2');
    const third = await start();
    client = third.client;
    assert.equal(third.indexed.analysed, 4);
    assert.ok(
      client.notifications.some(
        (n) =>
          n.method === 'window/logMessage' &&
          /ignored the unreadable cache/.test((n.params as { message: string }).message),
      ),
    );
    assert.ok(readFileSync(join(cacheDir, 'newsmark-index.json'), 'utf8').startsWith('{"engine"'));
  });
});

/** Asks `probe` until it gives something (the index updates in the background). */
async function poll<T>(probe: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('the index did not change in time');
    await new Promise((done) => setTimeout(done, 50));
  }
}
