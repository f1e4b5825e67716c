// What the server does with messages an editor should not send, over the real process: requests
// out of LSP's order and malformed ones are answered with LSP's codes and one line (never a stack
// trace), malformed notifications are dropped without harming the document, broken framing and a
// closed input or a vanished editor end the server with a reason on stderr.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { LspClient, LspRequestError, type Notification, type RawResponse } from '../helpers/lspClient';
import { positionOf, SEED_TEXT, SEED_URI } from './seed';

const NEWS = 'date 2024-02-03\nGeneral Aibek Sadykov met Minister Dana Omarova in Astana on Monday.';

/** A request's error code and message, or 'ok'. */
async function outcome(promise: Promise<unknown>): Promise<{ code: number; message: string } | 'ok'> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    if (!(error instanceof LspRequestError)) throw error;
    return { code: error.error.code, message: error.error.message };
  }
}

const logLines = (client: LspClient): string[] =>
  client.notifications
    .filter((n: Notification) => n.method === 'window/logMessage')
    .map((n) => (n.params as { message: string }).message);

/** One line, saying what is wrong, with no stack trace. */
function assertOneLine(message: string, starts: string): void {
  assert.ok(message.startsWith(starts), message);
  assert.ok(!message.includes('\n') && !/\bat \S+ \(/.test(message), `one line, no stack: ${message}`);
}

describe('server protocol errors and lifecycle (dist/server.js --stdio)', function () {
  this.timeout(60_000);
  let client: LspClient;

  afterEach(async () => {
    if (client.process.exitCode === null) await client.stop();
  });

  /** The server still answers: an open document's tokens come back. */
  async function assertAnswers(uri = `untitled:alive-${Math.random()}`): Promise<void> {
    client.open(uri, 'date 2024-02-03\nx', 'news');
    const r = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', {
      textDocument: { uri },
    });
    assert.equal(r.data.length, 5, 'one token: the header date');
  }

  it('refuses requests before initialize (-32002) and after shutdown (-32600); exits 0 on exit', async () => {
    client = new LspClient();
    const early = await outcome(
      client.request('textDocument/documentSymbol', { textDocument: { uri: SEED_URI } }),
    );
    assert.equal(early !== 'ok' && early.code, -32002);
    if (early !== 'ok') assertOneLine(early.message, 'Server not initialized: textDocument/documentSymbol');
    // A notification before initialize is dropped: the document was never opened.
    client.open('untitled:early', NEWS, 'news');
    await client.initialize();
    const tokens = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', {
      textDocument: { uri: 'untitled:early' },
    });
    assert.deepEqual(tokens.data, []);
    const again = await outcome(client.request('initialize', { processId: null, capabilities: {} }));
    assert.equal(again !== 'ok' && again.code, -32600);
    await assertAnswers();
    await client.request('shutdown', null);
    const late = await outcome(
      client.request('textDocument/documentSymbol', { textDocument: { uri: SEED_URI } }),
    );
    assert.equal(late !== 'ok' && late.code, -32600);
    if (late !== 'ok') assertOneLine(late.message, 'Invalid request: the server is shutting down');
    client.notify('exit', null);
    assert.equal(await client.exited, 0);
  });

  it('answers malformed params with -32602 "Invalid params" and one line, for every request', async () => {
    client = new LspClient();
    await client.initialize();
    client.open(SEED_URI, SEED_TEXT, 'plaintext');
    const at = positionOf(SEED_TEXT, 10);
    const cases: [string, unknown, string][] = [
      ['textDocument/hover', { position: at }, 'params.textDocument must be an object'],
      [
        'textDocument/hover',
        { textDocument: { uri: SEED_URI }, position: { line: -1, character: 0 } },
        'params.position.line must be a non-negative integer',
      ],
      [
        'textDocument/hover',
        { textDocument: { uri: SEED_URI }, position: { line: '3', character: 0 } },
        'params.position.line must be a non-negative integer',
      ],
      ['textDocument/semanticTokens/full', null, 'params must be an object'],
      ['textDocument/semanticTokens/full', [SEED_URI], 'params must be an object'],
      [
        'textDocument/semanticTokens/full/delta',
        { textDocument: { uri: SEED_URI } },
        'params.previousResultId must be a string',
      ],
      [
        'textDocument/semanticTokens/range',
        { textDocument: { uri: SEED_URI }, range: { start: at } },
        'params.range.end must be an object',
      ],
      [
        'textDocument/references',
        { textDocument: { uri: SEED_URI }, position: at },
        'params.context must be an object',
      ],
      [
        'textDocument/documentHighlight',
        { textDocument: { uri: 7 }, position: at },
        'params.textDocument.uri must be a string',
      ],
      ['textDocument/documentSymbol', { textDocument: {} }, 'params.textDocument.uri must be a string'],
      ['textDocument/foldingRange', {}, 'params.textDocument must be an object'],
      ['newsmark/summary', { uri: null }, 'params.uri must be a string'],
      ['newsmark/analysis', 'file:///x', 'params must be an object'],
    ];
    for (const [method, params, says] of cases) {
      const got = await outcome(client.request(method, params));
      assert.notEqual(got, 'ok', `${method} ${JSON.stringify(params)}`);
      if (got === 'ok') continue;
      assert.equal(got.code, -32602, `${method}: ${got.message}`);
      assert.equal(got.message, `Invalid params: ${says}.`);
    }
    // The log says the same in one line each, without a stack trace.
    for (const line of logLines(client).filter((l) => l.startsWith('Refused')))
      assertOneLine(line, 'Refused request');
    assert.ok(!logLines(client).some((l) => /TypeError|\n\s+at /.test(l)), logLines(client).join('\n'));
    await assertAnswers();
  });

  it('answers every malformed message: no method, a list, not JSON, not 2.0, an unknown method', async () => {
    client = new LspClient();
    await client.initialize();
    const expect = async (id: number | string | null, code: number): Promise<RawResponse> => {
      const r = await client.waitForRawResponse(id);
      assert.equal(r.error?.code, code, JSON.stringify(r));
      client.rawResponses.splice(client.rawResponses.indexOf(r), 1);
      return r;
    };
    client.send({ jsonrpc: '2.0', id: 101 });
    await expect(101, -32600);
    client.send({ jsonrpc: '2.0', id: 102, method: 5, params: {} });
    await expect(102, -32600);
    client.send({
      jsonrpc: '1.0',
      id: 103,
      method: 'textDocument/foldingRange',
      params: { textDocument: { uri: SEED_URI } },
    });
    await expect(103, -32600);
    client.send({ jsonrpc: '2.0', id: 104, method: 'textDocument/implementation', params: {} });
    await expect(104, -32601);
    client.send([{ jsonrpc: '2.0', id: 105, method: 'shutdown' }]);
    await expect(null, -32600);
    client.send('hello');
    await expect(null, -32600);
    client.sendBody('{"jsonrpc": "2.0", "id": 106, "method": ');
    await expect(null, -32700);
    // A cancellation without an id, and one for no request: nothing breaks.
    client.send({ jsonrpc: '2.0', method: '$/cancelRequest' });
    client.send({ jsonrpc: '2.0', method: '$/cancelRequest', params: { id: 99999 } });
    await assertAnswers();
    assert.equal(client.rawResponses.length, 0, JSON.stringify(client.rawResponses));
  });

  it('drops a didOpen whose text is not a string, and a malformed didChange, without harming anything', async () => {
    client = new LspClient();
    await client.initialize();
    const uri = 'untitled:poisoned';
    client.notify('textDocument/didOpen', {
      textDocument: { uri, languageId: 'news', version: 1, text: 42 },
    });
    client.notify('textDocument/didOpen', {
      textDocument: { uri: 'untitled:no-text', languageId: 'news', version: 1 },
    });
    // Not open: the requests answer as for any unknown document.
    const none = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', {
      textDocument: { uri },
    });
    assert.deepEqual(none.data, []);
    assert.equal(
      await client.request('textDocument/hover', {
        textDocument: { uri },
        position: { line: 0, character: 0 },
      }),
      null,
    );
    // The same uri opened properly works, and a malformed change leaves its text as it was.
    client.open(uri, NEWS, 'news');
    client.change(uri, 2, [{ text: 17 }]);
    client.change(uri, 3, [{ range: { start: { line: 0 } }, text: 'x' }]);
    const symbols = await client.request<{ name: string }[]>('textDocument/documentSymbol', {
      textDocument: { uri },
    });
    assert.ok(JSON.stringify(symbols).includes('Aibek Sadykov'), JSON.stringify(symbols));
    const diagnostics = await client.waitFor(
      (n) => n.method === 'textDocument/publishDiagnostics' && (n.params as { uri: string }).uri === uri,
    );
    assert.equal((diagnostics.params as { version: number }).version, 1);
    const dropped = logLines(client).filter((l) => l.startsWith('Dropped textDocument/did'));
    assert.deepEqual(dropped, [
      'Dropped textDocument/didOpen: params.textDocument.text must be a string.',
      'Dropped textDocument/didOpen: params.textDocument.text must be a string.',
      'Dropped textDocument/didChange: params.contentChanges[0].text must be a string.',
      'Dropped textDocument/didChange: params.contentChanges[0].range.start.character must be a non-negative integer.',
    ]);
    assert.ok(!logLines(client).some((l) => l.startsWith('Uncaught') || l.startsWith('Unhandled')));
  });

  describe('ends, saying why, when its input cannot be read or its editor is gone', () => {
    async function endsWith(stderr: RegExp, code = 1): Promise<void> {
      assert.equal(await client.exited, code, client.stderr);
      assert.match(client.stderr, stderr);
    }

    it('a header line ended by LF alone', async () => {
      client = new LspClient();
      await client.initialize();
      const body = JSON.stringify({ jsonrpc: '2.0', id: 50, method: 'shutdown' });
      client.process.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\n\n${body}`);
      await endsWith(
        /messages cannot be read: a header line ends with LF alone .*exiting, so that the editor can start it again/,
      );
    });

    it('a Content-Length shorter than the body (its rest is read as a header)', async () => {
      client = new LspClient();
      await client.initialize();
      const body = JSON.stringify({ jsonrpc: '2.0', id: 51, method: 'shutdown' });
      client.process.stdin.write(`Content-Length: ${body.length - 5}\r\n\r\n${body}`);
      client.sendBody(JSON.stringify({ jsonrpc: '2.0', id: 52, method: 'shutdown' }));
      await endsWith(/messages cannot be read: a header line is not "Name: value"/);
      assert.equal((await client.waitForRawResponse(null)).error?.code, -32700);
    });

    it('a Content-Length longer than the body (nothing more arrives)', async () => {
      client = new LspClient({ env: { NEWSMARK_STALLED_MESSAGE_MS: '300' } });
      await client.initialize();
      client.process.stdin.write('Content-Length: 500\r\n\r\n{"jsonrpc":"2.0","id":53,"method":"shutdown"}');
      await endsWith(
        /a 500-byte body \(\d+ arrived\) stopped arriving for 0.3 s \(a wrong Content-Length\?\)/,
      );
    });

    it('a header without Content-Length, and a non-numeric one', async () => {
      for (const header of ['Content-Type: application/json\r\n\r\n{}', 'Content-Length: ten\r\n\r\n{}']) {
        client = new LspClient();
        await client.initialize();
        client.process.stdin.write(header);
        await endsWith(
          /messages cannot be read: (a header has no Content-Length|Content-Length "ten" is not a length)/,
        );
      }
    });

    it('its input closing (code 1 without shutdown)', async () => {
      client = new LspClient();
      await client.initialize();
      client.process.stdin.end();
      await endsWith(/Newsmark server: the input stream ended; exiting\./);
    });

    it('the editor process whose id initialize gave ending', async () => {
      const editor = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
      client = new LspClient();
      await client.request('initialize', { processId: editor.pid, capabilities: {} });
      editor.kill();
      await endsWith(new RegExp(`the editor \\(process ${editor.pid}\\) is gone; exiting\\.`));
    });
  });
});
