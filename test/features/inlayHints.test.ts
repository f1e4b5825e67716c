// Inlay hints on sentences written for them: the value after a relative or year-less date, none
// after a date written out in full, a rank's NATO code only when asked for, and only in the range.
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analyzer } from '../../server/src/engine/pipeline';
import { inlayHints } from '../../server/src/features/inlayHints';
import { weekDaysText } from '../../server/src/presentation/dateText';

const TEXT = [
  'date 2023-11-14',
  '',
  'ASTANA — Colonel Ruslan Zhaksylykov said last Tuesday that the ministry met on 8 November 2023.',
  'Talks resume on Nov. 9, a week after yesterday.',
].join('\n');

describe('features/inlayHints', () => {
  const doc = TextDocument.create('file:///hints.news', 'news', 1, TEXT);
  const analysis = new Analyzer().analyze(TEXT);
  const all = { start: doc.positionAt(0), end: doc.positionAt(TEXT.length) };
  /** Each hint as "text before it|label". */
  const shown = (hints: ReturnType<typeof inlayHints>) =>
    hints.map((h) => {
      const end = doc.offsetAt(h.position);
      const before = analysis.mentions.find((m) => m.end === end);
      return `${before?.text}|${String(h.label)}`;
    });

  it('shows the value of relative and year-less dates, after the mention, and nothing after a full date', () => {
    const hints = inlayHints(doc, analysis, all, { dates: true, ranks: false });
    assert.deepEqual(shown(hints), ['last Tuesday|2023-11-07', 'Nov. 9|2023-11-09', 'yesterday|2023-11-13']);
    assert.ok(hints.every((h) => h.paddingLeft === true));
    assert.match(String(hints[0].tooltip), /counted from the article date 2023-11-14/);
  });

  it('shows a rank’s NATO code when ranks are on, marked comparable when it is not official', () => {
    const hints = inlayHints(doc, analysis, all, { dates: false, ranks: true });
    assert.deepEqual(shown(hints), ['Colonel|≈OF-5']);
    assert.match(String(hints[0].tooltip), /comparable, not official/);
    assert.deepEqual(inlayHints(doc, analysis, all, { dates: false, ranks: false }), []);
  });

  it('gives only the hints of mentions inside the range asked about', () => {
    const line3 = { start: { line: 3, character: 0 }, end: { line: 3, character: 60 } };
    const hints = inlayHints(doc, analysis, line3, { dates: true, ranks: true });
    assert.deepEqual(shown(hints), ['Nov. 9|2023-11-09', 'yesterday|2023-11-13']);
  });

  it('shows the value of a date counted from the date named before it', () => {
    const text = 'date 2023-11-14\n\nThe pier collapsed on 3 March 2021. The next day, divers searched it.';
    const d = TextDocument.create('file:///anchored.news', 'news', 1, text);
    const a = new Analyzer().analyze(text);
    const range = { start: d.positionAt(0), end: d.positionAt(text.length) };
    const hints = inlayHints(d, a, range, { dates: true, ranks: false });
    assert.deepEqual(
      hints.map((h) => String(h.label)),
      ['2021-03-04'],
    );
    assert.match(
      String(hints[0].tooltip),
      /The next day = 2021-03-04.*counted from the date named before it/,
    );
  });

  it('tells the days of an ISO week, and of its weekend', () => {
    assert.equal(weekDaysText('2023-W45'), '2023-11-06 to 2023-11-12');
    assert.equal(weekDaysText('2021-W01'), '2021-01-04 to 2021-01-10');
    assert.equal(weekDaysText('2020-W53-WE'), '2021-01-02 to 2021-01-03');
    assert.equal(weekDaysText('2023-11'), undefined);
  });
});
