// The reader of the hand-annotated wire stories (scripts/eval/annotated.ts), on inputs whose
// offsets were counted by hand, on malformed markup, and over the stories themselves.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { findRepoRoot } from '../../scripts/eval/corpus';
import {
  AnnotationError,
  parseAnnotated,
  readAnnotatedDir,
  type AnnotatedStory,
} from '../../scripts/eval/annotated';

/** Asserts that parsing `source` fails at `line`:`column` with a reason containing `words`. */
function assertFails(source: string, line: number, column: number, words: string): void {
  assert.throws(
    () => parseAnnotated(source, 'x.txt'),
    (error: unknown) => {
      assert.ok(error instanceof AnnotationError, `not an AnnotationError: ${String(error)}`);
      assert.equal(`${error.line}:${error.column}`, `${line}:${column}`, error.message);
      assert.ok(error.reason.includes(words), `"${error.reason}" lacks "${words}"`);
      assert.ok(error.message.startsWith(`x.txt:${line}:${column}: `), error.message);
      return true;
    },
  );
}

describe('annotated story reader', () => {
  it('strips the markup and the date header, with offsets into the plain text', () => {
    const story = parseAnnotated(
      'date 2024-03-12\n[Charles Dunmore]{person} joined [Veltro Holdings Corp]{organization} on [Tuesday]{date=2024-03-12}.\n',
    );
    assert.equal(story.text, 'Charles Dunmore joined Veltro Holdings Corp on Tuesday.\n');
    assert.equal(story.articleDate, '2024-03-12');
    assert.deepEqual(story.mentions, [
      { start: 0, end: 15, type: 'person', text: 'Charles Dunmore' },
      { start: 23, end: 43, type: 'organization', text: 'Veltro Holdings Corp' },
      { start: 47, end: 54, type: 'date', text: 'Tuesday', value: '2024-03-12' },
    ]);
  });

  it('reads a story with no header as undated, from its first character', () => {
    const story = parseAnnotated('[OSLO]{place} - Talks resumed on [Monday]{date}.');
    assert.equal(story.articleDate, undefined);
    assert.equal(story.text, 'OSLO - Talks resumed on Monday.');
    assert.deepEqual(story.mentions, [
      { start: 0, end: 4, type: 'place', text: 'OSLO' },
      { start: 24, end: 30, type: 'date', text: 'Monday' },
    ]);
  });

  it('marks optional mentions and counts offsets across lines', () => {
    const story = parseAnnotated(
      'Deal\n\nIts [chief executive]{title?}, [Ana Ruiz]{person}, said [fiscal 1990]{date=FY1990}.',
    );
    assert.equal(story.text, 'Deal\n\nIts chief executive, Ana Ruiz, said fiscal 1990.');
    assert.deepEqual(story.mentions, [
      { start: 10, end: 25, type: 'title', text: 'chief executive', optional: true },
      { start: 27, end: 35, type: 'person', text: 'Ana Ruiz' },
      { start: 42, end: 53, type: 'date', text: 'fiscal 1990', value: 'FY1990' },
    ]);
  });

  it('turns escaped brackets, braces and backslashes into plain characters', () => {
    const story = parseAnnotated('Shares \\[sic\\] of [Fenwick]{organization} \\{up\\} 3\\\\4');
    assert.equal(story.text, 'Shares [sic] of Fenwick {up} 3\\4');
    assert.deepEqual(story.mentions, [{ start: 16, end: 23, type: 'organization', text: 'Fenwick' }]);
  });

  it('counts offsets in UTF-16 code units, as the engine does', () => {
    const story = parseAnnotated('[Türkiye]{place} and [𝔄lpha]{organization}');
    assert.deepEqual(
      story.mentions.map((m) => [m.start, m.end]),
      [
        [0, 7],
        [12, 18],
      ],
    );
    for (const m of story.mentions) assert.equal(story.text.slice(m.start, m.end), m.text);
  });

  describe('malformed markup fails with line and column', () => {
    it('a span left open at the end of its line', () =>
      assertFails('ok\n[Fenwick said\nmore', 2, 1, 'not closed'));
    it('a span left open at the end of the text', () => assertFails('ok [Fenwick', 1, 4, 'not closed'));
    it('a "]" that closes nothing', () => assertFails('a ] b', 1, 3, 'closes no span'));
    it('a span with no label', () => assertFails('[Fenwick] said', 1, 10, 'followed by its label'));
    it('a label with no "}"', () => assertFails('[Fenwick]{organization said', 1, 10, 'not closed by'));
    it('a label running into the next span', () =>
      assertFails('[the 1990s]{date=199]. The [Board]{organization}', 1, 12, 'not closed by'));
    it('an unknown type', () => assertFails('[Fenwick]{company}', 1, 11, 'unknown type "company"'));
    it('a label of the wrong shape', () => assertFails('[Fenwick]{Organization}', 1, 11, 'is not type'));
    it('a value on a type other than date', () => assertFails('[Ana]{person=x}', 1, 7, 'only a date'));
    it('a date value that is not TimeML', () => {
      assertFails('[Tuesday]{date=Tuesday}', 1, 16, 'not a TimeML');
      assertFails('[Nov. 8]{date=2024-13-08}', 1, 15, 'not a TimeML');
    });
    it('a span inside a span', () => assertFails('[a [b]{person}]{organization}', 1, 4, 'inside another'));
    it('an empty span', () => assertFails('x []{person}', 1, 3, 'empty'));
    it('a span with white space at an edge', () =>
      assertFails('[Fenwick ]{organization}', 1, 1, 'white space'));
    it('a brace outside a label', () => assertFails('a { b', 1, 3, 'outside a label'));
    it('a backslash that escapes nothing', () => assertFails('a \\n b', 1, 3, 'backslash'));
    it('a header date that is not a real day', () =>
      assertFails('date 2024-02-30\ntext', 1, 6, 'not a real day'));
    it('lines counted from the header', () => assertFails('date 2024-01-01\nok ]', 2, 4, 'closes no span'));
  });
});

// The stories themselves: every file parses, and a few facts the annotator can get wrong by hand.
const WIRE = join(findRepoRoot(__dirname), 'test', 'fixtures', 'wire');
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

function checkWeekdays(story: AnnotatedStory): void {
  for (const m of story.mentions) {
    const day = WEEKDAYS.findIndex((w) => m.text.toLowerCase().startsWith(w));
    if (m.type !== 'date' || day === -1 || m.value === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(m.value))
      continue;
    const actual = new Date(`${m.value}T00:00:00Z`).getUTCDay();
    assert.equal(WEEKDAYS[actual], WEEKDAYS[day], `${story.name}: "${m.text}" = ${m.value}`);
  }
}

for (const [folder, least] of [
  ['wire', 12],
  ['wire/sports', 12],
] as const) {
  describe(`annotated stories in test/fixtures/${folder}`, () => {
    const stories = readAnnotatedDir(join(WIRE, '..', folder));
    it(`holds at least ${least} stories that parse`, () =>
      assert.ok(stories.length >= least, `${stories.length}`));
    it('spells every mention exactly as the text has it', () => {
      for (const s of stories)
        for (const m of s.mentions) assert.equal(s.text.slice(m.start, m.end), m.text, s.name);
    });
    it('gives weekday dates the day of the week they name', () => stories.forEach(checkWeekdays));
    it('annotates every story', () => {
      for (const s of stories) assert.ok(s.mentions.length >= 15, `${s.name}: ${s.mentions.length}`);
    });
  });
}

describe('annotated sports stories', () => {
  it('open with a headline (all-caps "SPORT - " for a sports story) and a dateline dated 1996 below it', () => {
    for (const s of readAnnotatedDir(join(WIRE, 'sports'))) {
      const lines = s.text.split('\n');
      const sport = /^[A-Z ]+ - [^a-z]+$/.test(lines[0]);
      // The one story that is not sport is news about a sports city: a headline in mixed case.
      assert.ok(sport || /^[A-Z][a-z]/.test(lines[0]), `${s.name}: ${lines[0]}`);
      // Below the headline: a blank line, maybe a byline and another blank line, then the dateline.
      const dateline = lines.slice(1, 6).find((l) => /\d{4}-\d{2}-\d{2}$/.test(l)) ?? '';
      assert.match(dateline, /^[A-Z][A-Z -]+(?: ?, [A-Z][A-Za-z ]+)? 1996-\d{2}-\d{2}$/, s.name);
    }
  });
});
