// TimeML conventions the date recognizer follows: what is a date and what is not (a repeated day
// is a SET), how centuries are written, which words put a bare weekday in the future. Sentences
// written here; values worked out by hand for an article dated 2023-11-08, a Wednesday.
import * as assert from 'node:assert/strict';
import { recognizeDates } from '../../server/src/engine/recognizers/dates';
import { loadLexicon } from '../../server/src/engine/data/lexicon';
import { tokenize } from '../../server/src/engine/text/tokens';
import { blockContext } from '../../server/src/engine/recognizers/context';

/** [text, value] of each date in `text`. */
function dates(text: string): [string, string?][] {
  const ctx = blockContext({
    text,
    tokenized: tokenize(text),
    articleDate: '2023-11-08',
    lexicon: loadLexicon(),
  });
  return recognizeDates(ctx, []).map((c) => [text.slice(c.start, c.end), c.value]);
}

describe('date conventions (TimeML)', () => {
  it('leaves out a weekday that repeats', () => {
    assert.deepEqual(dates('The choir rehearses every Thursday in the chapel.'), []);
    assert.deepEqual(dates('Each Saturday, the market fills the square.'), []);
    assert.deepEqual(dates('The choir rehearsed on Thursday.'), [['Thursday', '2023-11-02']]);
  });

  it('reads centuries, also as adjectives and as hundreds', () => {
    assert.deepEqual(dates('A 16th-century bridge crosses the river.'), [['16th-century', '15']]);
    assert.deepEqual(dates('The abbey dates from the 12th Century.'), [['the 12th Century', '11']]);
    assert.deepEqual(dates('Trade grew in the 1700s and the 1800s.'), [
      ['the 1700s', '17'],
      ['the 1800s', '18'],
    ]);
    assert.deepEqual(dates('Prices doubled in the 2000s.'), [['the 2000s', '200']]);
    assert.deepEqual(dates('Prices doubled in the 1970s.'), [['the 1970s', '197']]);
  });

  it('puts a weekday after a need, an obligation or a hope in the future', () => {
    assert.deepEqual(dates('The club needs a point at home on Saturday.'), [['Saturday', '2023-11-11']]);
    assert.deepEqual(dates('Bidders must register by Friday.'), [['Friday', '2023-11-10']]);
    assert.deepEqual(dates('Engineers hope to reopen the line on Monday.'), [['Monday', '2023-11-13']]);
  });

  it('gives "ago" the grain of its unit, and a vague count PAST_REF', () => {
    assert.deepEqual(dates('The mine shut two weeks ago.'), [['two weeks ago', '2023-W43']]);
    assert.deepEqual(dates('Thirty years ago the valley was farmland.'), [['Thirty years ago', '1993']]);
    assert.deepEqual(dates('The bridge was repaired a few years ago.'), [['a few years ago', 'PAST_REF']]);
    assert.deepEqual(dates('Settlers arrived here decades ago.'), [['decades ago', 'PAST_REF']]);
    assert.deepEqual(dates('The shell formed millions of years ago.'), []);
  });

  it('reads "the current" year, month and quarter as this one', () => {
    assert.deepEqual(dates('Costs will rise in the current year.'), [['the current year', '2023']]);
    assert.deepEqual(dates('Orders slowed in the current quarter.'), [['the current quarter', '2023-Q4']]);
  });
});
