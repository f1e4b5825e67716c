// The index's postings: articles put, replaced and removed, the order of "first", and aliases.
import assert from 'node:assert/strict';
import { byDateThenUri, WorkspaceIndex } from '../../server/src/workspace/index';
import type { ArticleSummary, EntityPosting } from '../../server/src/workspace/keys';

function posting(key: string, name: string, mentions = 1): EntityPosting {
  return { key, name, ranges: Array.from({ length: mentions * 4 }, () => 0), full: 0 };
}

function article(date: string | undefined, ...entities: EntityPosting[]): ArticleSummary {
  return date === undefined ? { entities } : { date, entities };
}

describe('workspace/index', () => {
  it('orders articles by date, undated last, then by uri', () => {
    const list = [
      { uri: 'file:///b', date: '2023-01-02' },
      { uri: 'file:///z' },
      { uri: 'file:///c', date: '2023-01-01' },
      { uri: 'file:///a', date: '2023-01-02' },
    ];
    assert.deepEqual(
      list.sort(byDateThenUri).map((a) => a.uri),
      ['file:///c', 'file:///a', 'file:///b', 'file:///z'],
    );
  });

  it('lists the articles of a key, replaces an article wholly and forgets a deleted one', () => {
    const index = new WorkspaceIndex();
    index.set('file:///b', article('2023-05-01', posting('person:ada lane', 'Ada Lane', 2)));
    index.set('file:///a', article('2023-06-01', posting('person:ada lane', 'Ada Lane')));
    assert.deepEqual(
      index.postingsOf('person:ada lane').map((p) => p.uri),
      ['file:///b', 'file:///a'],
    );
    assert.deepEqual(index.totals('person:ada lane'), {
      key: 'person:ada lane',
      type: 'person',
      name: 'Ada Lane',
      articles: 2,
      mentions: 3,
    });
    index.set('file:///b', article('2023-05-01', posting('place:oslo', 'Oslo')));
    assert.equal(index.articleCount('person:ada lane'), 1);
    index.delete('file:///a');
    assert.equal(index.totals('person:ada lane'), undefined);
    assert.deepEqual([...index.keys(new Set(['person', 'place']))], ['place:oslo']);
  });

  it('counts recorded aliases as one entity under the canonical key', () => {
    const index = new WorkspaceIndex();
    index.set('file:///a', article('2023-01-01', posting('person:ada lane', 'Ada Lane')));
    index.set('file:///b', article('2023-01-02', posting('person:ada laine', 'Ada Laine')));
    index.setAliases(new Map([['person:ada lane', ['person:ada laine']]]));
    assert.ok(index.sameEntity('person:ada laine', 'person:ada lane'));
    assert.equal(index.articleCount('person:ada laine'), 2);
    assert.deepEqual([...index.keys(new Set(['person']))], ['person:ada lane']);
    assert.deepEqual(
      index.postingsOf('person:ada laine').map((p) => p.posting.name),
      ['Ada Lane', 'Ada Laine'],
    );
  });
});
