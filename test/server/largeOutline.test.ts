// A document above newsmark.maxDocumentSize, through a real server: its Outline is one row that
// says why it lists no entities, rather than an empty Outline that looks like an article without any.
import assert from 'node:assert/strict';
import { defaultCapabilities, LspClient } from '../helpers/lspClient';

describe('server: the Outline of a document too large to analyse whole', function () {
  this.timeout(30_000);
  let client: LspClient;

  after(async () => {
    await client.stop();
  });

  it('answers one row naming the size limit', async () => {
    const settings = { maxDocumentSize: 1000 };
    client = new LspClient({ settings });
    // In initialize too, so that the limit holds before the first request.
    await client.initialize(defaultCapabilities(), { initializationOptions: { settings } });
    const text = `date 2023-11-14\n\n${'Ruslan Zhaksylykov met the board in Astana on Monday. '.repeat(40)}\n`;
    client.open('untitled:big.news', text, 'news');
    const symbols = await client.request<
      { name: string; detail: string; range: { start: { line: number } } }[]
    >('textDocument/documentSymbol', { textDocument: { uri: 'untitled:big.news' } });
    assert.equal(symbols.length, 1);
    assert.equal(symbols[0].name, 'No Outline: this document is too large to analyse whole');
    assert.match(symbols[0].detail, /above newsmark\.maxDocumentSize 1,000.*Raise newsmark\.maxDocumentSize/);
    assert.equal(symbols[0].range.start.line, 0);
  });
});
