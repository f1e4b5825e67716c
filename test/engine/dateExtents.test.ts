// Dates news writes without a calendar unit of its own: vague periods ("the past few years",
// "recent years"), seasons with their article, bare halves and quarters of the year, which a
// match report's halves and quarters are not. Sentences written for these tests; values worked
// out by hand (article date 2023-11-08, TimeML conventions as in the development set).
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/engine/pipeline';

const dates = (text: string, articleDate?: string): string[] =>
  analyze(text, articleDate ? { articleDate } : {})
    .mentions.filter((m) => m.type === 'date')
    .map((m) => `${m.text}=${m.value ?? ''}`);

describe('engine: dates of vague periods, seasons and halves', () => {
  const cases: [string, string[]][] = [
    ['Rents have doubled over the past few years.', ['the past few years=PAST_REF']],
    [
      'Imports fell in recent months, and in the last several weeks.',
      ['recent months=PAST_REF', 'the last several weeks=PAST_REF'],
    ],
    ['More layoffs are likely in the coming years.', ['the coming years=FUTURE_REF']],
    ['Sales rose 4% in the first half.', ['the first half=2023-H1']],
    ['Margins should improve in the second half of the year.', ['the second half of the year=2023-H2']],
    ['Output fell in the third quarter.', ['the third quarter=2023-Q3']],
    ['Profit fell in the fiscal first quarter.', ['the fiscal first quarter=2023-Q1']],
    [
      'Sales in the current quarter should rise, after a weak previous quarter.',
      ['the current quarter=2023-Q4', 'previous quarter=2023-Q3'],
    ],
    ['The plant closed in the summer.', ['the summer=2023-SU']],
    ['Ticket prices rose in the autumn of 2019.', ['the autumn of 2019=2019-FA']],
    [
      'Prices should ease in the near term and rise over the long term.',
      ['the near term=FUTURE_REF', 'the long term=FUTURE_REF'],
    ],
    ['The plant will stay shut for the foreseeable future.', ['the foreseeable future=FUTURE_REF']],
    ['The future of the plant is unclear.', []],
    ['Okafor scored twice in the second half.', []],
    ['Their guard had 14 points in the third quarter.', []],
    ['The first half of the film is slow.', []],
  ];
  for (const [text, expected] of cases) it(text, () => assert.deepEqual(dates(text, '2023-11-08'), expected));

  it('gives vague periods their value in an undated story, and nothing counted from a date', () => {
    assert.deepEqual(dates('Prices have risen in the past few years and fell last month.'), [
      'the past few years=PAST_REF',
      'last month=',
    ]);
  });
});
