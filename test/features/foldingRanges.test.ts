// Folding ranges on huge single lines: the work grows linearly with the line (it was quadratic,
// through the block splitting, and held the server for 18.9 s on a 20 MB line).
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { foldingRanges } from '../../server/src/features/foldingRanges';
import { describeGrowth, measureGrowth } from '../helpers/growth';

describe('features/foldingRanges on huge lines', function () {
  this.timeout(120_000);

  for (const [kind, unit] of [
    ['with spaces', 'word '],
    ['without spaces', 'w'],
  ] as const) {
    it(`grows linearly on a single line ${kind} (5, 10, 20 MB)`, () => {
      const sizes = [5, 10, 20];
      const docs = sizes.map((mb) =>
        TextDocument.create('file:///long.news', 'news', 1, unit.repeat(Math.ceil((mb * 1e6) / unit.length))),
      );
      const growth = measureGrowth(docs, (doc) => foldingRanges(doc), 6);
      const message = describeGrowth(
        sizes.map((mb) => `${mb} MB`),
        growth,
      );
      assert.ok(growth.ratio < 6, `time 20 MB / 5 MB: ${message}`);
      // One line folds nothing, however many blocks it is cut into.
      assert.deepEqual(foldingRanges(docs[2]), []);
    });
  }

  it('folds the paragraphs around a long line and not the line itself', () => {
    const text = `first\nparagraph\n\n${'word '.repeat(3000)}\n\nlast\nparagraph\nhere`;
    assert.deepEqual(foldingRanges(TextDocument.create('file:///a.news', 'news', 1, text)), [
      { startLine: 0, endLine: 1 },
      { startLine: 5, endLine: 7 },
    ]);
  });
});
