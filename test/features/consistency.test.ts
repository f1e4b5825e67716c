// The consistency checks' pieces: spelling closeness, rank order, weekdays; and the weekday
// diagnostic over the real engine's analysis of sentences written for it.
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analyzer } from '../../server/src/engine/pipeline';
import {
  closeSpelling,
  foldName,
  rankOrder,
  weekdayDiagnostics,
  weekdayOf,
  withinOneEdit,
} from '../../server/src/features/consistency';

describe('features/consistency', () => {
  it('tells one edit apart from two', () => {
    assert.ok(withinOneEdit('zhaksylykov', 'zhaksylikov'));
    assert.ok(withinOneEdit('smith', 'smiths'));
    assert.ok(withinOneEdit('smiths', 'smith'));
    assert.ok(withinOneEdit('lane', 'lane'));
    assert.ok(!withinOneEdit('zhaksylykov', 'zhaksilikov'));
    assert.ok(!withinOneEdit('smith', 'smithson'));
  });

  it('takes accents and one-letter slips in long names as one name spelled two ways', () => {
    assert.equal(foldName('Güler'), 'guler');
    assert.equal(foldName('Yıldız'), 'yildiz');
    assert.ok(closeSpelling('güler', 'guler'));
    assert.ok(closeSpelling('ruslan zhaksylykov', 'ruslan zhaksylikov'));
    assert.ok(!closeSpelling('andrew', 'andrea'), 'short names: one letter makes another name');
    assert.ok(!closeSpelling('ruslan zhaksylykov', 'ruslan zhaksylykov'));
    assert.ok(!closeSpelling('balakrishnan', 'malakrishnan'), 'another first letter');
  });

  it('orders NATO rank codes on one scale', () => {
    const codes = ['OF-9', 'OR-9', 'OF-1', 'WO-2', 'OR-1', 'OF-6'];
    assert.deepEqual(
      codes.sort((a, b) => (rankOrder(a) as number) - (rankOrder(b) as number)),
      ['OR-1', 'OR-9', 'WO-2', 'OF-1', 'OF-6', 'OF-9'],
    );
    assert.equal(rankOrder(undefined), undefined);
    assert.equal(rankOrder('general'), undefined);
  });

  it('knows the weekday of a date', () => {
    assert.equal(weekdayOf('2023-11-08'), 3); // a Wednesday
    assert.equal(weekdayOf('2024-02-29'), 4); // a Thursday
  });

  it('flags a written weekday that is not its date’s, and only that one', () => {
    const text =
      'date 2023-11-08\n\nThe talks began on Tuesday, Nov. 8, 2023, and ended on Thursday, Nov. 9, 2023. The vote is on Fri., Nov. 10, 2023.\n';
    const doc = TextDocument.create('file:///a.news', 'news', 1, text);
    const found = weekdayDiagnostics(doc, new Analyzer().analyze(text));
    assert.deepEqual(
      found.map((d) => [text.slice(doc.offsetAt(d.range.start), doc.offsetAt(d.range.end)), d.message]),
      [['Tuesday, Nov. 8, 2023', '“Tuesday, Nov. 8, 2023” says Tuesday, but 2023-11-08 is a Wednesday.']],
    );
  });
});
