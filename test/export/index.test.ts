// The formats' table, and the name an editor document's exports get.
import assert from 'node:assert/strict';
import { EXPORT_FORMAT_IDS, EXPORT_WRITERS, exportName, isExportFormat } from '../../server/src/export';

describe('export: the formats', () => {
  it('has a writer for every format the client and the CLI offer, and none other', () => {
    assert.deepEqual(EXPORT_FORMAT_IDS, ['nitf', 'jsonld', 'timeml', 'brat', 'conll', 'csv']);
    assert.deepEqual(Object.keys(EXPORT_WRITERS).sort(), [...EXPORT_FORMAT_IDS].sort());
    assert.ok(isExportFormat('brat') && !isExportFormat('docx') && !isExportFormat('toString'));
  });

  it('names the exports after the document', () => {
    assert.equal(exportName('file:///home/ana/news/My%20Story.news'), 'My Story');
    assert.equal(exportName('file:///home/ana/archive.tar.txt'), 'archive.tar');
    assert.equal(exportName('untitled:Untitled-1'), 'Untitled-1');
    assert.equal(exportName('file:///home/ana/.hidden'), '.hidden');
    assert.equal(exportName('file:///'), 'article');
  });
});
