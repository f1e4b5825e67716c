// Dates counted from the date named before them ("the next day", "two years later", "that
// year"), and years filled in from the year last written when a story has no date. Values were
// worked out by hand; the article date is 2023-11-08, a Wednesday.
import * as assert from 'node:assert/strict';
import { recognizeDates } from '../../server/src/engine/recognizers/dates';
import { loadLexicon } from '../../server/src/engine/data/lexicon';
import { tokenize } from '../../server/src/engine/text/tokens';
import { blockContext } from '../../server/src/engine/recognizers/context';

/** [text, value, resolution] of each date in `text`; `null` runs with no article date. */
function dates(text: string, articleDate: string | null = '2023-11-08'): [string, string?, string?][] {
  const ctx = blockContext({
    text,
    tokenized: tokenize(text),
    articleDate: articleDate ?? undefined,
    lexicon: loadLexicon(),
  });
  return recognizeDates(ctx, []).map((c) => [text.slice(c.start, c.end), c.value, c.resolution]);
}

describe('dates anchored on the date named before them', () => {
  it('counts days after or before the day last named', () => {
    assert.deepEqual(dates('The mill burned on April 9, 2011. The next day, the owners left.'), [
      ['April 9, 2011', '2011-04-09', 'explicit'],
      ['The next day', '2011-04-10', 'anchored'],
    ]);
    assert.deepEqual(dates('Voting ended on Sunday. Three days later, the count was done.'), [
      ['Sunday', '2023-11-05', 'relative'],
      ['Three days later', '2023-11-08', 'anchored'],
    ]);
    assert.deepEqual(dates('The ferry sank on 2 May 1998 and a diver died the following morning.'), [
      ['2 May 1998', '1998-05-02', 'explicit'],
      ['the following morning', '1998-05-03TMO', 'anchored'],
    ]);
    assert.deepEqual(dates('The mayor quit on Friday. The day before, she had met the council.'), [
      ['Friday', '2023-11-03', 'relative'],
      ['The day before', '2023-11-02', 'anchored'],
    ]);
  });

  it('counts from the article day when no date was named before', () => {
    assert.deepEqual(dates('A day earlier, the border had been closed.'), [
      ['A day earlier', '2023-11-07', 'anchored'],
    ]);
  });

  it('counts months and years from the month or year last named', () => {
    assert.deepEqual(dates('The dam opened in 1987. The following year, the river ran dry.'), [
      ['1987', '1987', 'explicit'],
      ['The following year', '1988', 'anchored'],
    ]);
    assert.deepEqual(dates('Strikes began in June 2004 and spread the following month.'), [
      ['June 2004', '2004-06', 'explicit'],
      ['the following month', '2004-07', 'anchored'],
    ]);
    assert.deepEqual(dates('She moved to Leeds in 1961, married there that year and left two years later.'), [
      ['1961', '1961', 'explicit'],
      ['that year', '1961', 'anchored'],
      ['two years later', '1963', 'anchored'],
    ]);
    assert.deepEqual(dates('The fund was wound up in 2015; later that year its manager retired.'), [
      ['2015', '2015', 'explicit'],
      ['later that year', '2015', 'anchored'],
    ]);
    assert.deepEqual(dates('Figures for 2020 were worse than the year before.'), [
      ['2020', '2020', 'explicit'],
      ['the year before', '2019', 'anchored'],
    ]);
  });

  it('reads the full year, the entire month as the one last named', () => {
    assert.deepEqual(dates('The airline lost money in 2009 and for the full year paid no dividend.'), [
      ['2009', '2009', 'explicit'],
      ['the full year', '2009', 'anchored'],
    ]);
    assert.deepEqual(dates('Rain fell for the entire month.'), [['the entire month', '2023-11', 'anchored']]);
  });

  it('keeps the compared period a year back', () => {
    assert.deepEqual(
      dates('Profit in the second quarter fell to $4 million from $6 million a year earlier.'),
      [
        ['the second quarter', '2023-Q2', 'article-year'],
        ['a year earlier', '2022-Q2', 'anchored'],
      ],
    );
    assert.deepEqual(dates('Exports rose 9% in August from the same month last year.'), [
      ['August', '2023-08', 'article-year'],
      ['the same month last year', '2022-08', 'anchored'],
    ]);
    assert.deepEqual(dates('Losses in fiscal 2021 were twice those of the same period a year earlier.'), [
      ['fiscal 2021', 'FY2021', 'explicit'],
      ['the same period a year earlier', 'FY2020', 'anchored'],
    ]);
  });

  it('reads the year-ago quarter and year-end from the period last named', () => {
    assert.deepEqual(dates('Sales in the first quarter trailed the year-ago quarter.'), [
      ['the first quarter', '2023-Q1', 'article-year'],
      ['the year-ago quarter', '2022-Q1', 'anchored'],
    ]);
    assert.deepEqual(dates('The refinery should reopen by year-end.'), [['year-end', '2023', 'anchored']]);
    assert.deepEqual(dates('Year-end bonuses were smaller.'), []);
  });

  it('leaves out spans that count from an event, not a date', () => {
    assert.deepEqual(dates('The rally was held two days before the election.'), []);
    assert.deepEqual(dates('The games moved to the year before the census.'), []);
    assert.deepEqual(dates('The talks stalled, and an hour later they collapsed.'), []);
    assert.deepEqual(dates('Harvests were as poor as in 1990, the same year as the flood.'), [
      ['1990', '1990', 'explicit'],
    ]);
  });

  it('fills the year of a story with no date from the year last written', () => {
    assert.deepEqual(dates('The regiment landed in 1915. On April 25 it moved inland.', null), [
      ['1915', '1915', 'explicit'],
      ['April 25', '1915-04-25', 'anchored'],
    ]);
    assert.deepEqual(dates('On April 25 the regiment moved inland.', null), [
      ['April 25', 'XXXX-04-25', 'unresolved'],
    ]);
    assert.deepEqual(dates('It closed in 1915, and the next day the staff went home.', null), [
      ['1915', '1915', 'explicit'],
      ['the next day', undefined, 'unresolved'],
    ]);
  });
});
