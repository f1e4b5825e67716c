// A long analysis does not hold the server: it gives the thread back between blocks, so a
// cancellation sent while it runs is answered RequestCancelled (-32800), and a request for another
// document is answered before it ends. Over the real process, with a large document of unique
// paragraphs (the block cache cannot answer for any of them).
import assert from 'node:assert/strict';
import { findRepoRoot, loadDev } from '../../scripts/eval/corpus';
import { LspClient, LspRequestError } from '../helpers/lspClient';

/** About `bytes` of development articles, every paragraph numbered so that none repeats. */
function uniqueArticles(bytes: number, tag: string): string {
  const paragraphs = loadDev(findRepoRoot(__dirname)).flatMap((d) => d.text.split(/\n\s*\n/));
  const out = ['date 2024-03-05'];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = `${tag} ${i}. ${paragraphs[i % paragraphs.length]}`;
    out.push(p);
    size += p.length + 2;
  }
  return out.join('\n\n');
}

describe('server: cancelling a running analysis (dist/server.js --stdio)', function () {
  this.timeout(120_000);
  let client: LspClient;
  const SIZE = 600_000;

  beforeEach(async () => {
    client = new LspClient({ settings: { maxDocumentSize: 10_000_000 }, timeoutMs: 60_000 });
    await client.initialize();
  });

  afterEach(async () => {
    await client.stop();
  });

  const outline = (uri: string) =>
    client.requestWithId('textDocument/documentSymbol', { textDocument: { uri } });
  // The summary needs the whole analysis and answers in a few bytes: its time is the analysis's.
  const summary = (uri: string) => client.requestWithId<{ mentions: number }>('newsmark/summary', { uri });

  it('answers -32800 to a request cancelled while its analysis runs, and analyses on request after', async () => {
    // The request must be what analyses, not the diagnostics of an open (at once) or of an
    // edit (250 ms later): the document is opened and analysed, then all of its text replaced.
    const replaced = async (uri: string, tag: string): Promise<void> => {
      client.open(uri, 'date 2024-03-05\nNothing yet.', 'news');
      await client.waitFor(
        (n) => n.method === 'textDocument/publishDiagnostics' && (n.params as { uri: string }).uri === uri,
      );
      client.change(uri, 2, [{ text: uniqueArticles(SIZE, tag) }]);
    };
    // How long the whole analysis of such a document takes here, to cancel early into it: the
    // shorter of two runs, since the first also pays for compiling the engine's code.
    let whole = Infinity;
    for (const tag of ['Timed', 'Retimed']) {
      await replaced(`untitled:${tag}.news`, tag);
      const started = Date.now();
      await summary(`untitled:${tag}.news`).result;
      whole = Math.min(whole, Date.now() - started);
    }

    const uri = 'untitled:cancelled.news';
    await replaced(uri, 'Cancelled');
    const { id, result } = summary(uri);
    await new Promise((done) => setTimeout(done, whole / 8));
    client.notify('$/cancelRequest', { id });
    await assert.rejects(result, (e: unknown) => e instanceof LspRequestError && e.error.code === -32800);
    // The analysis goes on where it stopped when asked again, and is whole.
    const symbols = await outline(uri).result;
    assert.ok(Array.isArray(symbols) && symbols.length > 0, 'an outline');
    assert.ok((await summary(uri).result).mentions > 1000);
  });

  it('answers a hover on a small document while a large one is being analysed', async () => {
    const small = 'untitled:small.news';
    client.open(small, 'date 2024-03-05\nGeneral Aibek Sadykov arrived in Astana.', 'news');
    await client.request('textDocument/documentSymbol', { textDocument: { uri: small } });
    const large = 'untitled:large.news';
    client.open(large, uniqueArticles(SIZE, 'Large'), 'news');
    const order: string[] = [];
    const long = outline(large).result.then(() => order.push('large outline'));
    const hover = client
      .request('textDocument/hover', { textDocument: { uri: small }, position: { line: 1, character: 10 } })
      .then(() => order.push('small hover'));
    await Promise.all([long, hover]);
    assert.deepEqual(order, ['small hover', 'large outline']);
  });
});
