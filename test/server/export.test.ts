// newsmark/export over the real server process: the open article in the format asked for, as the
// VS Code command "Newsmark: Export Article As…" receives it.
import assert from 'node:assert/strict';
import type { ExportResponse } from '../../server/src/protocol';
import { LspClient } from '../helpers/lspClient';
import { SEED_TEXT, SEED_URI } from './seed';

describe('server: newsmark/export (dist/server.js --stdio)', function () {
  this.timeout(60_000);
  let client: LspClient;

  beforeEach(async () => {
    client = new LspClient();
    await client.initialize();
  });

  afterEach(async () => {
    assert.equal(await client.stop(), 0, client.stderr);
  });

  it('gives the open article in each format, named after the document', async () => {
    client.open(SEED_URI, SEED_TEXT, 'plaintext');
    const nitf = await client.request<ExportResponse>('newsmark/export', { uri: SEED_URI, format: 'nitf' });
    assert.deepEqual(
      nitf.files.map((f) => f.suffix),
      ['.nitf.xml'],
    );
    assert.ok(
      nitf.files[0].content.includes('<person value="Ruslan Zhaksylykov">Ruslan Zhaksylykov</person>'),
    );
    const brat = await client.request<ExportResponse>('newsmark/export', { uri: SEED_URI, format: 'brat' });
    assert.deepEqual(
      brat.files.map((f) => f.suffix),
      ['.txt', '.ann'],
    );
    assert.equal(brat.files[0].content, SEED_TEXT);
    const name = SEED_URI.split('/')
      .pop()
      ?.replace(/\.[^.]*$/, '');
    assert.ok(nitf.files[0].content.includes(`<doc-id id-string="${name}"/>`));
  });

  it('answers null for a document it does not have, and refuses an unknown format', async () => {
    assert.equal(await client.request('newsmark/export', { uri: 'untitled:nothing', format: 'csv' }), null);
    await assert.rejects(
      client.request('newsmark/export', { uri: SEED_URI, format: 'docx' }),
      /params\.format must be one of nitf, jsonld, timeml, brat, conll, csv/,
    );
  });
});
