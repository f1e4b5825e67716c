// What a new user tripped on, on sentences written for it: a date's card does not say its value
// twice, a week's card gives its days, and a document too large for an Outline gets a row that
// says why it lists nothing.
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analyzer } from '../../server/src/engine/pipeline';
import { largeDocumentSymbols } from '../../server/src/features/documentSymbols';
import { hoverAt } from '../../server/src/features/hover';

const TEXT = 'date 2019-11-27\n\nThe council met last week and again on 2019-11-26, and on Nov. 25.';

describe('features: hover and Outline polish', () => {
  const doc = TextDocument.create('file:///w/week.news', 'news', 1, TEXT);
  const analysis = new Analyzer().analyze(TEXT);
  const card = (text: string) => {
    const hover = hoverAt(doc, analysis, TEXT.indexOf(text) + 1);
    assert.ok(hover, `no hover on ${text}`);
    return (hover.contents as { value: string }).value.split('  \n');
  };

  it('heads a relative date’s card with its text, and gives a week its days', () => {
    const lines = card('last week');
    assert.equal(lines[0], '**Date** · last week');
    assert.equal(lines[1], '**Value:** 2019-W47 (2019-11-18 to 2019-11-24)');
  });

  it('says a date written in full once, in the heading, not again as its value', () => {
    const lines = card('2019-11-26');
    assert.equal(lines[0], '**Date** · 2019-11-26');
    assert.ok(!lines.some((l) => l.startsWith('**Value:**')), lines.join('\n'));
    assert.ok(lines.includes('**Weekday:** Tuesday'), lines.join('\n'));
  });

  it('keeps the value of a date written otherwise ("Nov. 25")', () => {
    const lines = card('Nov. 25');
    assert.equal(lines[0], '**Date** · Nov. 25');
    assert.equal(lines[1], '**Value:** 2019-11-25');
  });

  it('gives a large document’s Outline one row on its first line saying why it is empty', () => {
    const symbols = largeDocumentSymbols(doc, 'Large document (600,000 characters).');
    assert.equal(symbols.length, 1);
    assert.match(symbols[0].name, /too large to analyse whole/);
    assert.equal(
      symbols[0].detail,
      'Large document (600,000 characters). Raise newsmark.maxDocumentSize to list its entities.',
    );
    assert.deepEqual(symbols[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 15 } });
  });
});
