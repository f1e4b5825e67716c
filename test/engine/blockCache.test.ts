// The block cache hands the document stages a view in document offsets: a block taken from the
// cache after an edit above it is read where it now is, though its candidates are never moved.
import * as assert from 'node:assert/strict';
import { BlockCache, documentItems } from '../../server/src/engine/cache/blockCache';
import type { BlockResult, Candidate } from '../../server/src/engine/model/candidate';
import type { Source } from '../../server/src/engine/model/sources';

/** A candidate with its text and key, as the pipeline gives the cache. */
function candidate(start: number, end: number, surface: string, source: Source = 'names'): Candidate {
  return {
    start,
    end,
    type: 'organization',
    source,
    priority: 40,
    surface,
    surfaceKey: surface.toLowerCase(),
  };
}

/** A recognizer for the tests: every word in capitals is a candidate; every other capitalised word is loose. */
function recognizeCapitals(block: string): BlockResult {
  const result: BlockResult = { candidates: [], loose: [] };
  for (const m of block.matchAll(/\p{Lu}\p{L}*/gu)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[0] === m[0].toUpperCase()) result.candidates.push(candidate(start, end, m[0]));
    else result.loose.push({ start, end, text: m[0], key: m[0].toLowerCase() });
  }
  return result;
}

describe('engine: block cache', () => {
  it('recognises only changed blocks, and reads the others where they now are', () => {
    const cache = new BlockCache();
    const seen: string[] = [];
    const recognize = (block: string): BlockResult => {
      seen.push(block);
      return recognizeCapitals(block);
    };
    const first = 'NATO met in Brussels.\n\nThe UN and Paris.\n\nEU talks with Rome.';
    cache.blocksOf(first, undefined, recognize);
    assert.equal(seen.length, 3);
    seen.length = 0;
    const edited = `One longer paragraph with OSCE.${first.slice(first.indexOf('\n\n'))}`;
    const blocks = cache.blocksOf(edited, undefined, recognize);
    assert.deepEqual(seen, ['One longer paragraph with OSCE.']);
    assert.equal(blocks.recognized, 1);
    const items = documentItems(blocks, []);
    assert.deepEqual(
      Array.from({ length: items.length }, (_, i) => items.surface(i)),
      ['OSCE', 'UN', 'EU'],
    );
    for (let i = 0; i < items.length; i++)
      assert.equal(edited.slice(items.start(i), items.end(i)), items.surface(i));
    for (let i = 0; i < items.loose.length; i++)
      assert.equal(edited.slice(items.loose.start(i), items.loose.end(i)), items.loose.text(i));
    // The cached candidates themselves stay where they were first recognised.
    assert.equal(items.candidate(1).start, first.indexOf('UN'));
  });

  it('recognises a block again for another article date', () => {
    const cache = new BlockCache();
    let count = 0;
    const recognize = (block: string): BlockResult => {
      count++;
      return recognizeCapitals(block);
    };
    cache.blocksOf('NATO met.', '2024-01-01', recognize);
    cache.blocksOf('NATO met.', '2024-01-01', recognize);
    assert.equal(count, 1);
    cache.blocksOf('NATO met.', '2024-01-02', recognize);
    assert.equal(count, 2);
  });

  it('settles the metadata with the block candidates it overlaps, and keeps the rest', () => {
    const cache = new BlockCache();
    const text = 'ASTANA NATO met.\n\nEU talks.';
    const blocks = cache.blocksOf(text, undefined, recognizeCapitals);
    // A dateline candidate over "ASTANA NATO", surer than any block candidate.
    const dateline = { ...candidate(0, 11, 'ASTANA NATO', 'dateline'), priority: 100 };
    const items = documentItems(blocks, [dateline]);
    assert.deepEqual(
      Array.from({ length: items.length }, (_, i) => [items.surface(i), items.start(i)]),
      [
        ['ASTANA NATO', 0],
        ['EU', text.indexOf('EU')],
      ],
    );
  });

  it('merges added candidates in document order, a kept one first on a tie, and drops what keep drops', () => {
    const cache = new BlockCache();
    const text = 'AAA BBB CCC DDD';
    const items = documentItems(cache.blocksOf(text, undefined, recognizeCapitals), []);
    const added = [candidate(4, 7, 'BBB', 'linking'), candidate(12, 15, 'DDD', 'linking')];
    const order = items.inOrder(added, (i) => (items.surface(i) === 'CCC' ? undefined : items.candidate(i)));
    const read: string[] = [];
    while (order.next()) read.push(`${order.candidate?.source} ${text.slice(order.start, order.end)}`);
    assert.deepEqual(read, ['names AAA', 'names BBB', 'linking BBB', 'names DDD', 'linking DDD']);
  });

  it('sorts added candidates that come out of order', () => {
    const cache = new BlockCache();
    const text = 'AAA BBB CCC';
    const items = documentItems(cache.blocksOf(text, undefined, recognizeCapitals), []);
    const added = [candidate(8, 11, 'CCC', 'linking'), candidate(0, 3, 'AAA', 'linking')];
    const order = items.inOrder(added, (i) => items.candidate(i));
    const read: string[] = [];
    while (order.next()) read.push(`${order.candidate?.source} ${order.start}`);
    assert.deepEqual(read, ['names 0', 'linking 0', 'names 4', 'names 8', 'linking 8']);
  });
});
