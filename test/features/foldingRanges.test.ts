// Folding ranges on huge single lines: the work grows linearly with the line (it was quadratic,
// through the block splitting, and held the server for 18.9 s on a 20 MB line).
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { foldingRanges } from '../../server/src/features/foldingRanges';
import { LINE_KINDS, assertLinearOnHugeLines, hugeLines } from '../helpers/growth';

describe('features/foldingRanges on huge lines', function () {
  this.timeout(120_000);

  for (const { kind, unit } of LINE_KINDS) {
    it(`grows linearly on a single line ${kind} (5, 10, 20 MB)`, () => {
      const docs = hugeLines(unit).map((line) => TextDocument.create('file:///long.news', 'news', 1, line));
      assertLinearOnHugeLines(docs, (doc) => foldingRanges(doc));
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
