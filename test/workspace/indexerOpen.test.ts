// An open document's postings given to the indexer: the host hears of a change only when they differ.
import assert from 'node:assert/strict';
import { WorkspaceIndexer } from '../../server/src/workspace/indexer';
import type { ArticleSummary } from '../../server/src/workspace/keys';

function summary(line: number): ArticleSummary {
  return {
    date: '2024-03-05',
    entities: [{ key: 'person:ada lane', name: 'Ada Lane', ranges: [line, 0, line, 8], full: 0 }],
  };
}

describe('workspace/indexer setOpen', () => {
  it('tells the host only when the open document gives other postings', () => {
    let changes = 0;
    const indexer = new WorkspaceIndexer(
      { log: () => {}, progress: async () => undefined, changed: () => changes++, scanned: () => {} },
      { folders: [], workerPath: '', workers: 0 },
    );
    const uri = 'file:///news/a.txt';
    indexer.setOpen(uri, summary(2));
    assert.equal(changes, 1);
    // The same postings from a new analysis (text typed after the last name): no change.
    indexer.setOpen(uri, summary(2));
    assert.equal(changes, 1);
    // A line added above the name moves its range: a change.
    indexer.setOpen(uri, summary(3));
    assert.equal(changes, 2);
    assert.deepEqual(indexer.index.article(uri), summary(3));
    // No longer an article: removed once, and removing nothing is no change.
    indexer.setOpen(uri, undefined);
    assert.equal(changes, 3);
    assert.equal(indexer.index.has(uri), false);
    indexer.setOpen(uri, undefined);
    assert.equal(changes, 3);
  });
});
