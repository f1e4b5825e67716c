// The printed report: the targets beside the dev TEST part's rows (PASS only at or above the target,
// nothing beside any other part) and the train check's cells. Counts chosen by hand so that F1 and
// value accuracy land on and around the limits.
import { strict as assert } from 'node:assert';
import { emptyCounts, scores, type Counts } from '../../scripts/eval/score';
import { formatTable, targetMark, type Row } from '../../scripts/eval/report';
import { exactRelaxed } from '../../scripts/eval/train-report';

/** `exact` of 100 gold and 100 predicted: P = R = F1 = exact / 100. */
const counts = (exact: number, valued = 0, valueCorrect = 0): Counts => ({
  ...emptyCounts(),
  gold: 100,
  pred: 100,
  exact,
  goldOverlapped: exact,
  predOverlapping: exact,
  valued,
  valueCorrect,
});
const row = (part: string, type: string, c: Counts): Row => ({ part, system: 'newsmark', type, counts: c });

describe('eval targets', () => {
  it('passes person at F1 0.92 and fails it at 0.91', () => {
    assert.equal(targetMark(row('test', 'person', counts(92))), 'F1≥0.92 PASS');
    assert.equal(targetMark(row('test', 'person', counts(91))), 'F1≥0.92 FAIL');
    assert.equal(targetMark(row('test', 'organization', counts(87))), 'F1≥0.87 PASS');
    assert.equal(targetMark(row('test', 'place', counts(89))), 'F1≥0.90 FAIL');
  });

  it('checks a date’s F1 and its value accuracy apart', () => {
    // F1 0.93; 19 of 20 values right = 0.95.
    assert.equal(targetMark(row('test', 'date', counts(93, 20, 19))), 'F1≥0.92 PASS, val≥0.95 PASS');
    // F1 0.92; 18 of 20 = 0.90; and with no valued match the accuracy is undefined, so not a pass.
    assert.equal(targetMark(row('test', 'date', counts(92, 20, 18))), 'F1≥0.92 PASS, val≥0.95 FAIL');
    assert.equal(targetMark(row('test', 'date', counts(50))), 'F1≥0.92 FAIL, val≥0.95 FAIL');
  });

  it('marks nothing on the tuning part, the seed, a type without a target or a peer', () => {
    assert.equal(targetMark(row('tuning', 'person', counts(100))), '');
    assert.equal(targetMark({ ...row('test', 'person', counts(100)), system: 'compromise' }), '');
    assert.equal(targetMark(row('seed', 'date', counts(100, 1, 1))), '');
    assert.equal(targetMark(row('test', 'all', counts(100))), '');
  });

  it('prints the target column only for a part that has targets', () => {
    const tuning = formatTable([row('tuning', 'person', counts(92))]);
    const test = formatTable([row('test', 'person', counts(92))]);
    assert.doesNotMatch(tuning.split('\n')[0], /target/);
    assert.match(test.split('\n')[0], /target$/);
    assert.match(
      test.split('\n')[2],
      /^newsmark\s+person\s+100\s+100\s+0\.920\s+0\.920\s+0\.920\s+0\.920\s+F1≥0\.92 PASS$/,
    );
  });
});

describe('train check table cells', () => {
  it('shows exact F1, then relaxed F1', () => {
    // 4 gold, 4 predicted, 2 exact; 3 gold overlapped, 3 predictions overlapping.
    const counts: Counts = {
      gold: 4,
      pred: 4,
      exact: 2,
      goldOverlapped: 3,
      predOverlapping: 3,
      valued: 0,
      valueCorrect: 0,
    };
    assert.equal(scores(counts).f1, 0.5);
    assert.equal(exactRelaxed({ part: 'p', system: 's', type: 'person', counts }), '0.500/0.750');
    assert.equal(exactRelaxed(undefined), '');
  });
});
