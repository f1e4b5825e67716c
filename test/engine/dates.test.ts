// The date recognizer, case by case. Expected spans and values were worked out by hand from the
// rules (TimeML values; article date 2023-11-08, a Wednesday in ISO week 45): a month-day without
// a year takes the article's year, moved back in a past-tense sentence when the month is later
// than November and forward in a future-tense sentence when it is earlier.
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/engine/pipeline';
import { recognizeDates } from '../../server/src/engine/recognizers/dates';
import { loadLexicon } from '../../server/src/engine/data/lexicon';
import { tokenize } from '../../server/src/engine/text/tokens';
import { blockContext } from '../../server/src/engine/recognizers/context';
import { isoWeek } from '../../server/src/engine/calendar/values';
import type { DateResolution } from '../../server/src/engine/model/types';

const ARTICLE = '2023-11-08';

interface Found {
  text: string;
  value?: string;
  resolution?: DateResolution;
  rangeEnd?: string;
}

/** `null` runs with no article date at all. */
function dates(text: string, articleDate: string | null = ARTICLE): Found[] {
  const ctx = blockContext({
    text,
    tokenized: tokenize(text),
    articleDate: articleDate ?? undefined,
    lexicon: loadLexicon(),
  });
  return recognizeDates(ctx, [])
    .filter((c) => c.type === 'date' && c.source === 'dates')
    .map((c) => {
      const f: Found = { text: text.slice(c.start, c.end), value: c.value, resolution: c.resolution };
      if (c.rangeEnd !== undefined) f.rangeEnd = c.rangeEnd;
      return f;
    });
}

type Case = [
  sentence: string,
  text: string,
  value: string | undefined,
  resolution: DateResolution,
  rangeEnd?: string,
];

const CASES: Case[] = [
  // explicit dates
  ['It was signed on November 7, 2023.', 'November 7, 2023', '2023-11-07', 'explicit'],
  ['Talks opened on 7 November 2023 in Ankara.', '7 November 2023', '2023-11-07', 'explicit'],
  ['The file is dated 2023-11-08.', '2023-11-08', '2023-11-08', 'explicit'],
  ['Thursday, February 23, 2006 was cold.', 'Thursday, February 23, 2006', '2006-02-23', 'explicit'],
  ['The plant closed in November 2023.', 'November 2023', '2023-11', 'explicit'],
  ['A cooperation plan for 2024 was signed.', '2024', '2024', 'explicit'],
  ['It has grown since 1990.', '1990', '1990', 'explicit'],
  ["2024's budget is larger.", '2024', '2024', 'explicit'],
  ['Output will peak in mid-2024.', 'mid-2024', '2024', 'explicit'],
  ['Music of the 1990s returned.', 'the 1990s', '199', 'explicit'],
  ['Protests of the 1960s shaped it.', 'the 1960s', '196', 'explicit'],
  ['Songs from the sixties played.', 'the sixties', '196', 'explicit'],
  ['It was built in the 20th century.', 'the 20th century', '19', 'explicit'],
  ['Results for Q3 2023 were weak.', 'Q3 2023', '2023-Q3', 'explicit'],
  ['Sales in the first quarter of 2022 rose.', 'the first quarter of 2022', '2022-Q1', 'explicit'],
  ['The lease runs 2024-2026.', '2024-2026', '2024', 'explicit', '2026'],
  ['The lease runs 2024–26.', '2024–26', '2024', 'explicit', '2026'],
  ['It happened on 7/8/07 at dawn.', '7/8/07', '2007-07-08', 'explicit'],
  ['It was booked for summer 2024.', 'summer 2024', '2024-SU', 'explicit'],
  // month-days and months without a year
  ['The minister arrived on Nov. 7.', 'Nov. 7', '2023-11-07', 'article-year'],
  ['The deal was signed on Dec. 5.', 'Dec. 5', '2022-12-05', 'tense-shifted'],
  ['The vote will take place on Feb. 3.', 'Feb. 3', '2024-02-03', 'tense-shifted'],
  ['The vote took place on Feb. 3.', 'Feb. 3', '2023-02-03', 'article-year'],
  ['The summit will be held Nov. 7–9.', 'Nov. 7–9', '2023-11-07', 'article-year', '2023-11-09'],
  ['The summit will be held Nov. 7—9.', 'Nov. 7—9', '2023-11-07', 'article-year', '2023-11-09'],
  ['Sales fell in September.', 'September', '2023-09', 'article-year'],
  ['Sales fell in December.', 'December', '2022-12', 'tense-shifted'],
  ['Talks will resume in January.', 'January', '2024-01', 'tense-shifted'],
  ['The vote in May was close.', 'May', '2023-05', 'article-year'],
  ['They met last September.', 'last September', '2023-09', 'relative'],
  ['They met last December.', 'last December', '2022-12', 'relative'],
  ['They meet next March.', 'next March', '2024-03', 'relative'],
  ['Tuesday, Nov. 7 was busy.', 'Tuesday, Nov. 7', '2023-11-07', 'article-year'],
  // weekdays
  ['He arrived on Tuesday.', 'Tuesday', '2023-11-07', 'relative'],
  ['She will speak on Friday.', 'Friday', '2023-11-10', 'relative'],
  ['The summit opens on Friday.', 'Friday', '2023-11-10', 'relative'],
  ['The vote will be held on Friday.', 'Friday', '2023-11-10', 'relative'],
  ['The vote has been held on Monday.', 'Monday', '2023-11-06', 'relative'],
  ['The report came out on Wednesday.', 'Wednesday', '2023-11-08', 'relative'],
  ['He left last Friday.', 'last Friday', '2023-11-03', 'relative'],
  ['They meet next Monday.', 'next Monday', '2023-11-13', 'relative'],
  ['The fire started on Sunday night.', 'Sunday night', '2023-11-05TNI', 'relative'],
  // relative expressions
  ['He spoke yesterday.', 'yesterday', '2023-11-07', 'relative'],
  ['Today the talks end.', 'Today', '2023-11-08', 'relative'],
  ['The talks end tomorrow.', 'tomorrow', '2023-11-09', 'relative'],
  ['Prices rose last week.', 'last week', '2023-W44', 'relative'],
  ['The plant opens next month.', 'next month', '2023-12', 'relative'],
  ['Profit fell last year.', 'last year', '2022', 'relative'],
  ['Profit rose earlier this year.', 'earlier this year', '2023', 'relative'],
  ['A vote is due next year.', 'next year', '2024', 'relative'],
  ['Fans gathered last weekend.', 'last weekend', '2023-W44-WE', 'relative'],
  ['Fans will gather this weekend.', 'this weekend', '2023-W45-WE', 'relative'],
  ['Profit rose in the third quarter.', 'the third quarter', '2023-Q3', 'article-year'],
  ['Third-quarter profit rose.', 'Third-quarter', '2023-Q3', 'article-year'],
  ['Crowds came this summer.', 'this summer', '2023-SU', 'relative'],
  ['Crowds came last summer.', 'last summer', '2023-SU', 'relative'],
  ['Work starts next spring.', 'next spring', '2024-SP', 'relative'],
  ['It closed two years ago.', 'two years ago', '2021', 'relative'],
  ['It closed three days ago.', 'three days ago', '2023-11-05', 'relative'],
  ['It will be done by the end of this year.', 'the end of this year', '2023', 'relative'],
  ['Crowds grew over the weekend.', 'the weekend', '2023-W44-WE', 'relative'],
  ['It closed a decade ago.', 'a decade ago', '201', 'relative'],
  ['The vote was held in mid-May.', 'mid-May', '2023-05', 'article-year'],
  ['Shops will close on Christmas Day.', 'Christmas Day', '2023-12-25', 'article-year'],
  ['Shops closed on Christmas Eve.', 'Christmas Eve', '2022-12-24', 'tense-shifted'],
  ['Sales in H1 2023 rose.', 'H1 2023', '2023-H1', 'explicit'],
  ['Sales rose in the first half of this year.', 'the first half of this year', '2023-H1', 'relative'],
  ['Elections will be held in the spring.', 'the spring', '2024-SP', 'relative'],
  ['Elections were held in the spring.', 'the spring', '2023-SP', 'relative'],
  ['Leaves turned brown in the fall.', 'the fall', '2023-FA', 'relative'],
];

describe('date recognizer: values relative to 2023-11-08', () => {
  for (const [sentence, text, value, resolution, rangeEnd] of CASES) {
    it(`${sentence} → ${text} = ${value}`, () => {
      const found = dates(sentence);
      const expected: Found = { text, value, resolution };
      if (rangeEnd !== undefined) expected.rangeEnd = rangeEnd;
      assert.deepEqual(found, [expected]);
    });
  }

  it('keeps "from 2024 to 2026" as two dates, as TimeML does', () => {
    assert.deepEqual(
      dates('Prices rose from 2024 to 2026.').map((f) => [f.text, f.value]),
      [
        ['2024', '2024'],
        ['2026', '2026'],
      ],
    );
  });

  it('points "the day" back at the day last named, else the article day', () => {
    assert.deepEqual(
      dates('Stocks fell on Tuesday and ended the day lower.').map((f) => [f.text, f.value]),
      [
        ['Tuesday', '2023-11-07'],
        ['the day', '2023-11-07'],
      ],
    );
    assert.deepEqual(dates('Stocks rebounded late in the day.'), [
      { text: 'the day', value: '2023-11-08', resolution: 'anchored' },
    ]);
    assert.deepEqual(dates('Stocks ended the day lower.', null), [
      { text: 'the day', value: undefined, resolution: 'unresolved' },
    ]);
    assert.deepEqual(dates('It was the day of the vote.'), []);
  });

  it('finds the date inside a wire dateline', () => {
    assert.deepEqual(
      dates('LONDON, Nov 7 (Reuters) - Shares fell.').map((f) => [f.text, f.value]),
      [['Nov 7', '2023-11-07']],
    );
  });

  it('reads curly apostrophes in short years and decades', () => {
    assert.deepEqual(
      dates('Markets last fell this far in ’82 and in the ’80s.').map((f) => [f.text, f.value]),
      [
        ['’82', '1982'],
        ['the ’80s', '198'],
      ],
    );
  });
});

describe('date recognizer: no false dates', () => {
  const NONE = [
    'Some 4,000 troops took part.',
    'About 2024 people signed the petition.',
    'The A-2024 drone flew.',
    'The ticket cost $2024.',
    'The meeting began at 10:30 and lasted three weeks.',
    'He served 20 years in the army.',
    'He is in his 80s.',
    'They found a 2000-year-old coin.',
    'The army sent 1500 soldiers.',
    'The Russell 2000 Index dropped.',
    'Inflation rose 2.5% in the quarter.',
    'She stayed in room 1204.',
    'You may go, and they march on in august company.',
    'The talks were held at 1930 GMT.',
    'June Carter sang.',
    'Prices may fall.',
    'The soldiers fall back.',
    'After the fall of Kabul, aid stopped.',
    'Christmas trees were sold.',
    'The Sunday Times reported it.',
    'Voters on Super Tuesday chose.',
  ];
  for (const sentence of NONE) {
    it(sentence, () => assert.deepEqual(dates(sentence), []));
  }
});

describe('date recognizer: without an article date', () => {
  it('leaves relative dates unresolved with no value', () => {
    for (const [sentence, text] of [
      ['He arrived on Tuesday.', 'Tuesday'],
      ['Prices rose last week.', 'last week'],
      ['He spoke yesterday.', 'yesterday'],
      ['Profit rose in the third quarter.', 'the third quarter'],
    ]) {
      assert.deepEqual(dates(sentence, null), [{ text, value: undefined, resolution: 'unresolved' }]);
    }
  });

  it('keeps the known month and day of a month-day, with an unknown year', () => {
    assert.deepEqual(dates('He arrived on Nov. 7.', null), [
      { text: 'Nov. 7', value: 'XXXX-11-07', resolution: 'unresolved' },
    ]);
  });

  it('still reads explicit dates', () => {
    assert.deepEqual(dates('The plan for 2024 and November 7, 2023.', null), [
      { text: '2024', value: '2024', resolution: 'explicit' },
      { text: 'November 7, 2023', value: '2023-11-07', resolution: 'explicit' },
    ]);
  });

  it('never guesses from an invalid article date', () => {
    assert.deepEqual(dates('He spoke yesterday.', '2023-13-45'), [
      { text: 'yesterday', value: undefined, resolution: 'unresolved' },
    ]);
  });
});

describe('date recognizer: whole documents', () => {
  it('keeps offsets right in CRLF text with curly quotes', () => {
    const text = 'Title line\r\n\r\n“We met on Tuesday,” she said.\r\nTalks resume Nov. 20, 2023 — or later.';
    const found = analyze(text, { articleDate: ARTICLE }).mentions.filter((m) => m.type === 'date');
    assert.deepEqual(
      found.map((m) => [text.slice(m.start, m.end), m.text, m.value]),
      [
        ['Tuesday', 'Tuesday', '2023-11-07'],
        ['Nov. 20, 2023', 'Nov. 20, 2023', '2023-11-20'],
      ],
    );
  });

  it('resolves relative dates from a date line under the title', () => {
    const text =
      'Australian children lack iodine\nThursday, February 23, 2006\nThe report came out yesterday.';
    const a = analyze(text);
    assert.equal(a.meta.date, '2006-02-23');
    const found = a.mentions.filter((m) => m.type === 'date').map((m) => [m.text, m.value]);
    assert.deepEqual(found, [
      ['Thursday, February 23, 2006', '2006-02-23'],
      ['yesterday', '2006-02-22'],
    ]);
  });

  it('survives empty and junk input', () => {
    assert.deepEqual(dates(''), []);
    assert.doesNotThrow(() => dates('\u0000\uFFFD\uD800 2024 \u202E Nov. 99 13/45/2020 2023-02-30'));
    assert.deepEqual(
      dates('Nov. 99 13/45/2020 2023-02-30').map((f) => f.text),
      [],
    );
  });
});

describe('ISO weeks', () => {
  const WEEKS: [string, number, number][] = [
    ['2023-11-08', 2023, 45],
    ['2021-01-03', 2020, 53],
    ['2024-12-30', 2025, 1],
    ['2008-10-09', 2008, 41],
  ];
  for (const [iso, year, week] of WEEKS) {
    it(`${iso} is ${year}-W${week}`, () => {
      const [y, m, d] = iso.split('-').map(Number);
      assert.deepEqual(isoWeek({ y, m, d }), { year, week });
    });
  }
});
