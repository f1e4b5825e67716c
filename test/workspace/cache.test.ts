// The index cache on disk: written whole, read back by content hash, dropped when another engine
// wrote it or when it cannot be read (with a log line).
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CACHE_FILE, contentHash, IndexCache } from '../../server/src/workspace/cache';

describe('workspace/cache', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'newsmark-cache-test-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const summary = {
    date: '2023-11-08',
    entities: [{ key: 'place:oslo', name: 'Oslo', ranges: [0, 1, 0, 5], full: 0 }],
  };

  it('reads back what it wrote, by content hash, and leaves no temporary file', async () => {
    const hash = contentHash('an article');
    assert.notEqual(hash, contentHash('an article.'));
    await new IndexCache(join(dir, 'deeper'), 'v1', () => {}).save(new Map([[hash, summary]]));
    assert.deepEqual(readdirSync(join(dir, 'deeper')), [CACHE_FILE]);
    const again = new IndexCache(join(dir, 'deeper'), 'v1', () => {});
    await again.load();
    assert.deepEqual(again.get(hash), summary);
  });

  it('drops a cache of another engine version, saying so', async () => {
    await new IndexCache(dir, 'v1', () => {}).save(new Map([['h', summary]]));
    const lines: string[] = [];
    const other = new IndexCache(dir, 'v2', (l) => lines.push(l));
    await other.load();
    assert.equal(other.get('h'), undefined);
    assert.match(lines.join('\n'), /another engine version/);
  });

  it('ignores a broken cache file and entries of the wrong shape, with a log line', async () => {
    writeFileSync(join(dir, CACHE_FILE), '{"engine": "v1", "articles": {"h": ');
    const lines: string[] = [];
    const cache = new IndexCache(dir, 'v1', (l) => lines.push(l));
    await cache.load();
    assert.equal(cache.get('h'), undefined);
    assert.match(lines.join('\n'), /ignored the unreadable cache/);
    writeFileSync(
      join(dir, CACHE_FILE),
      JSON.stringify({ engine: 'v1', articles: { h: summary, bad: { entities: [{ key: 1 }] } } }),
    );
    await cache.load();
    assert.deepEqual(cache.get('h'), summary);
    assert.equal(cache.get('bad'), undefined);
  });
});
