// Where one file's articles begin: at each later `date YYYY-MM-DD` line or dated front matter.
import assert from 'node:assert/strict';
import { splitArticles } from '../../server/src/engine/document/articles';

const pieces = (text: string): string[] => splitArticles(text).map((r) => text.slice(r.start, r.end));

describe('engine: articles of one file', () => {
  it('keeps a file with one header, or none, whole', () => {
    assert.deepEqual(pieces('date 2024-01-02\nPARIS — Talks.\n'), ['date 2024-01-02\nPARIS — Talks.\n']);
    assert.deepEqual(pieces('No header here.\n\nStill one.'), ['No header here.\n\nStill one.']);
    assert.deepEqual(pieces(''), ['']);
  });

  it('splits at each later header line, the first article keeping what comes before its header', () => {
    const text = '\n\ndate 2024-01-02\nOne.\n\ndate 2024-03-05 BERLIN — Two.\r\ndate 2024-04-01\nThree.';
    assert.deepEqual(pieces(text), [
      '\n\ndate 2024-01-02\nOne.\n\n',
      'date 2024-03-05 BERLIN — Two.\r\n',
      'date 2024-04-01\nThree.',
    ]);
  });

  it('splits at dated front matter after a blank line, not at a rule or undated front matter', () => {
    const text =
      '---\ndate: 2024-01-02\n---\nOne.\n\n---\ntitle: x\ndate: 2024-02-03\n---\nTwo.\n\n---\n\nA rule.\n\n---\ntitle: y\n---\nNo date.\n';
    assert.deepEqual(pieces(text), [
      '---\ndate: 2024-01-02\n---\nOne.\n\n',
      '---\ntitle: x\ndate: 2024-02-03\n---\nTwo.\n\n---\n\nA rule.\n\n---\ntitle: y\n---\nNo date.\n',
    ]);
  });

  it('takes no date written mid-line or in prose for a header', () => {
    const text =
      'date 2024-01-02\nThe date 2024-01-05 was set.\nUpdate 2024-02-01 follows.\ndated 2024-03-01\n';
    assert.equal(splitArticles(text).length, 1);
  });
});
