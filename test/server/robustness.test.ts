// Bad and unusual input over the real server process: nothing may crash it, and every limit is
// told to the user (status notification, diagnostic, log message) rather than cut off silently.
import assert from 'node:assert/strict';
import type { StatusParams } from '../../server/src/protocol';
import { decodeTokens, LspClient, LspRequestError, type Notification } from '../helpers/lspClient';
import { positionOf, SEED_TEXT, SEED_URI } from './seed';

type Legend = { tokenTypes: string[]; tokenModifiers: string[] };
interface DiagnosticsParams {
  uri: string;
  version?: number;
  diagnostics: {
    range: { start: { line: number; character: number } };
    severity: number;
    code: string;
    message: string;
  }[];
}

const statusOf = (uri: string) => (n: Notification) =>
  n.method === 'newsmark/status' && (n.params as StatusParams).uri === uri;
const diagnosticsOf = (uri: string) => (n: Notification) =>
  n.method === 'textDocument/publishDiagnostics' && (n.params as DiagnosticsParams).uri === uri;

describe('server robustness (dist/server.js --stdio)', function () {
  this.timeout(60_000);
  let client: LspClient;
  let legend: Legend;

  async function tokensOf(uri: string, text: string) {
    const r = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', {
      textDocument: { uri },
    });
    return decodeTokens(r.data, text, legend);
  }

  /** The server still answers: a fresh document's tokens come back. */
  async function assertAlive(): Promise<void> {
    const uri = `untitled:alive-${Math.random()}`;
    client.open(uri, 'date 2024-02-03\nx', 'news');
    const tokens = await tokensOf(uri, 'date 2024-02-03\nx');
    assert.equal(tokens[0]?.text, '2024-02-03');
    client.close(uri);
  }

  beforeEach(async () => {
    client = new LspClient();
    const init = await client.initialize();
    legend = init.capabilities.semanticTokensProvider?.legend as Legend;
  });

  afterEach(async () => {
    const code = await client.stop();
    assert.equal(code, 0, `server exit code ${code}; stderr:\n${client.stderr}`);
  });

  it('handles an empty news document: no tokens, no symbols but the Article node, status ok', async () => {
    const uri = 'untitled:empty';
    client.open(uri, '', 'news');
    assert.deepEqual(await tokensOf(uri, ''), []);
    const symbols = await client.request<{ name: string; detail: string }[]>('textDocument/documentSymbol', {
      textDocument: { uri },
    });
    assert.deepEqual(
      symbols.map((s) => [s.name, s.detail]),
      [['Article', 'no article date']],
    );
    const status = await client.waitFor(statusOf(uri));
    assert.equal((status.params as StatusParams).state, 'ok');
    assert.equal(
      await client.request('textDocument/hover', {
        textDocument: { uri },
        position: { line: 0, character: 0 },
      }),
      null,
    );
  });

  it('survives binary junk (NULs, lone surrogates, control characters) and still answers', async () => {
    let junk = 'date 2023-11-08\n';
    let seed = 7;
    for (let i = 0; i < 20_000; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      junk += String.fromCharCode(seed % 0x10000);
    }
    const uri = 'untitled:junk';
    client.open(uri, junk, 'news');
    const tokens = await tokensOf(uri, junk);
    for (const t of tokens) assert.ok(t.start >= 0 && t.end <= junk.length && t.length > 0);
    await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    await client.request('textDocument/hover', {
      textDocument: { uri },
      position: { line: 1, character: 50 },
    });
    await assertAlive();
  });

  it('gives the CRLF seed the same tokens (text and type) as the LF seed, at CRLF positions', async () => {
    const crlf = SEED_TEXT.replace(/\r?\n/g, '\r\n');
    assert.notEqual(crlf, SEED_TEXT);
    client.open(SEED_URI, SEED_TEXT, 'plaintext');
    client.open('untitled:crlf', crlf, 'plaintext');
    const lf = (await tokensOf(SEED_URI, SEED_TEXT)).map((t) => [t.text, t.type, t.line]);
    const cr = (await tokensOf('untitled:crlf', crlf)).map((t) => [t.text, t.type, t.line]);
    assert.ok(lf.length > 2);
    assert.deepEqual(cr, lf);
  });

  it('tells the client a 2 MB document is large, refuses full tokens, and colours a visible range', async () => {
    let big = '';
    while (big.length < 2_000_000) big += SEED_TEXT + '\n\n';
    const uri = 'untitled:big';
    client.open(uri, big, 'news');
    const status = await client.waitFor(statusOf(uri), 20_000);
    const params = status.params as StatusParams;
    assert.equal(params.state, 'large');
    assert.match(params.message, /maxDocumentSize/);
    await assert.rejects(
      client.request('textDocument/semanticTokens/full', { textDocument: { uri } }),
      (e: unknown) => e instanceof LspRequestError && e.error.code === -32802,
    );
    // A range in the middle, as an editor asks for its viewport.
    const at = big.indexOf('Colonel Olzhas Khusainov', 1_000_000);
    const start = positionOf(big, at);
    const range = { start: { line: start.line, character: 0 }, end: { line: start.line + 3, character: 0 } };
    const r = await client.request<{ data: number[] }>('textDocument/semanticTokens/range', {
      textDocument: { uri },
      range,
    });
    const tokens = decodeTokens(r.data, big, legend);
    assert.ok(
      tokens.some((t) => t.start === at && t.text === 'Colonel' && t.type === 'rank'),
      'no rank token in the window',
    );
    assert.ok(tokens.every((t) => t.line >= range.start.line && t.line <= range.end.line));
    await assertAlive();
  });

  it('publishes a diagnostic for a malformed header date, over the date', async () => {
    const uri = 'untitled:bad-date';
    const text = 'date 2023-13-45\nASTANA — Kazakhstan met yesterday.';
    client.open(uri, text, 'news');
    const n = await client.waitFor(diagnosticsOf(uri));
    const d = (n.params as DiagnosticsParams).diagnostics;
    assert.equal(d.length, 1, JSON.stringify(d));
    assert.deepEqual(d[0].range.start, { line: 0, character: 5 });
    assert.equal(d[0].severity, 2);
    assert.equal(d[0].code, 'article-date');
    assert.match(d[0].message, /2023-13-45/);
  });

  it('does not analyse a plain-text file that is not an article (status off, no tokens)', async () => {
    const uri = 'untitled:notes.txt';
    const text = 'Shopping list\n\nMilk, eggs and bread for Colonel Smith on Tuesday.';
    client.open(uri, text, 'plaintext');
    assert.deepEqual(await tokensOf(uri, text), []);
    const status = await client.waitFor(statusOf(uri));
    assert.equal((status.params as StatusParams).state, 'off');
  });

  it('analyses Markdown with a front-matter date and plain text with a dateline', async () => {
    const md = '---\ntitle: Visit\ndate: 2023-11-08\n---\n\nAnkara hosted the meeting.';
    client.open('untitled:a.md', md, 'markdown');
    const mdTokens = await tokensOf('untitled:a.md', md);
    assert.ok(
      mdTokens.some((t) => t.text === '2023-11-08' && t.type === 'date'),
      JSON.stringify(mdTokens),
    );
    const dl = 'A headline\n\nASTANA — Kazakhstan and Türkiye signed a plan.';
    client.open('untitled:b.txt', dl, 'plaintext');
    const dlTokens = await tokensOf('untitled:b.txt', dl);
    assert.ok(
      dlTokens.some((t) => t.text === 'ASTANA' && t.type === 'place'),
      JSON.stringify(dlTokens),
    );
  });

  it('coalesces a burst of edits: diagnostics only for the last version', async () => {
    const uri = 'untitled:burst';
    client.open(uri, 'date 2023-11-08\n', 'news', 1);
    await client.waitFor(diagnosticsOf(uri));
    const mark = client.notifications.length;
    let text = 'date 2023-11-08\n';
    for (let v = 2; v <= 21; v++) {
      const pos = positionOf(text, text.length);
      client.change(uri, v, [{ range: { start: pos, end: pos }, text: 'a' }]);
      text += 'a';
    }
    await client.waitFor(
      (n) => diagnosticsOf(uri)(n) && (n.params as DiagnosticsParams).version === 21,
      5000,
      mark,
    );
    await new Promise((r) => setTimeout(r, 400));
    const versions = client.notifications
      .slice(mark)
      .filter(diagnosticsOf(uri))
      .map((n) => (n.params as DiagnosticsParams).version);
    assert.deepEqual(versions, [21]);
  });

  it('asks the editor to re-fetch tokens when a burst of edits settles past the tokens it last served', async () => {
    const uri = 'untitled:settle';
    let text = 'date 2023-11-08\nThe minister arrived.';
    client.open(uri, text, 'news', 1);
    await tokensOf(uri, text); // tokens served for version 1
    const before = client.serverRequests.length;
    const at = positionOf(text, text.length);
    client.change(uri, 2, [{ range: { start: at, end: at }, text: ' General John Smith met him.' }]);
    text += ' General John Smith met him.';
    await client.waitForServerRequest('workspace/semanticTokens/refresh');
    assert.ok(client.serverRequests.length > before);
    const typed = (await tokensOf(uri, text)).map((t) => `${t.type}:${t.text}`);
    assert.ok(typed.includes('rank:General') && typed.includes('person:John Smith'), typed.join(', '));
  });

  it('analyses nothing again when the editor sends the same settings: no new diagnostics, no refresh', async () => {
    const uri = 'untitled:same-settings';
    client.open(uri, SEED_TEXT, 'news', 1);
    await tokensOf(uri, SEED_TEXT);
    await client.waitFor(diagnosticsOf(uri));
    client.notify('workspace/didChangeConfiguration', { settings: null });
    // The server pulls the settings again (after the pull at start) and finds them unchanged.
    const pulls = () => client.serverRequests.filter((r) => r.method === 'workspace/configuration').length;
    for (const deadline = Date.now() + 5000; pulls() < 2; await new Promise((r) => setTimeout(r, 10)))
      assert.ok(Date.now() < deadline, `only ${pulls()} settings pulls; stderr:\n${client.stderr}`);
    await new Promise((r) => setTimeout(r, 400));
    assert.equal(client.notifications.filter(diagnosticsOf(uri)).length, 1);
    assert.ok(!client.serverRequests.some((r) => r.method === 'workspace/semanticTokens/refresh'));
  });

  it('asks for no token refresh for a document the editor has not asked tokens for yet', async () => {
    const uri = 'untitled:not-shown';
    client.open(uri, SEED_TEXT, 'news', 1);
    await client.waitFor(diagnosticsOf(uri));
    await new Promise((r) => setTimeout(r, 100));
    assert.ok(!client.serverRequests.some((r) => r.method === 'workspace/semanticTokens/refresh'));
  });

  it('answers a cancelled request with RequestCancelled', async () => {
    client.open(SEED_URI, SEED_TEXT, 'plaintext');
    const { id, result } = client.requestWithId('textDocument/semanticTokens/full', {
      textDocument: { uri: SEED_URI },
    });
    client.notify('$/cancelRequest', { id });
    await assert.rejects(result, (e: unknown) => e instanceof LspRequestError && e.error.code === -32800);
    await assertAlive();
  });

  it('follows settings: analyzePlainText never, an articleDate override, a malformed lexicon', async () => {
    client.settings = {
      analyzePlainText: 'never',
      articleDate: '2024-05-06',
      lexicon: [
        { name: 'Ruslan Zhaksylykov', type: 'person' },
        { type: 'person' },
        'junk',
        { name: 'X', type: 'alien' },
      ],
    };
    client.notify('workspace/didChangeConfiguration', { settings: null });
    const logs = await client.waitFor(
      (n) =>
        n.method === 'window/logMessage' &&
        /newsmark\.lexicon\[1\]/.test((n.params as { message: string }).message),
    );
    assert.equal((logs.params as { type: number }).type, 2);
    await client.waitFor(
      (n) =>
        n.method === 'window/logMessage' &&
        /newsmark\.lexicon\[3\].*alien/.test((n.params as { message: string }).message),
    );
    const shown = await client.waitForServerRequest('window/showMessageRequest');
    assert.match((shown.params as { message: string }).message, /3 setting values were ignored/);
    await client.waitForServerRequest('workspace/semanticTokens/refresh');
    client.open(SEED_URI, SEED_TEXT, 'plaintext');
    assert.deepEqual(await tokensOf(SEED_URI, SEED_TEXT), []);
    const uri = 'untitled:override';
    client.open(uri, SEED_TEXT, 'news');
    await tokensOf(uri, SEED_TEXT);
    const status = await client.waitFor((n) => statusOf(uri)(n) && (n.params as StatusParams).state === 'ok');
    assert.equal((status.params as StatusParams).articleDate, '2024-05-06');
  });

  it('answers newsmark/summary and newsmark/analysis for an open document, null for an unknown one', async () => {
    client.open(SEED_URI, SEED_TEXT, 'plaintext');
    const summary = await client.request<{
      state: string;
      articleDate: string;
      entities: number;
      byType: Record<string, number>;
    }>('newsmark/summary', { uri: SEED_URI });
    assert.equal(summary.state, 'ok');
    assert.equal(summary.articleDate, '2023-11-08');
    assert.equal(
      Object.values(summary.byType).reduce((a, b) => a + b, 0),
      summary.entities,
    );
    const analysis = await client.request<{ length: number; meta: { date: string }; mentions: unknown[] }>(
      'newsmark/analysis',
      { uri: SEED_URI },
    );
    assert.equal(analysis.length, SEED_TEXT.length);
    assert.equal(analysis.meta.date, '2023-11-08');
    assert.equal(await client.request('newsmark/summary', { uri: 'untitled:nothing' }), null);
  });
});
