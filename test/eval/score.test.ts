// Hand-made gold/prediction pairs; every expected figure below was worked out by hand.
import { strict as assert } from 'node:assert';
import {
  addCounts,
  emptyCounts,
  scoreDocument,
  scores,
  type GoldSpan,
  type Span,
} from '../../scripts/eval/score';

const DEV_TYPES = ['person', 'organization', 'place', 'date'];
const close = (actual: number, expected: number, what: string): void =>
  assert.ok(Math.abs(actual - expected) < 1e-9, `${what}: ${actual} ≠ ${expected}`);

describe('eval scorer', () => {
  const gold: GoldSpan[] = [
    { start: 0, end: 5, type: 'person' },
    { start: 10, end: 20, type: 'person' },
    { start: 30, end: 40, type: 'organization' },
    { start: 50, end: 60, type: 'date', value: '2020-01-01' },
    { start: 70, end: 75, type: 'date', value: '2020-02' },
  ];
  const pred: Span[] = [
    { start: 0, end: 5, type: 'person' }, // exact
    { start: 10, end: 15, type: 'person' }, // overlap only
    { start: 30, end: 40, type: 'organization' }, // exact
    { start: 80, end: 85, type: 'place' }, // false hit, no place in gold
    { start: 50, end: 60, type: 'date', value: '2020-01-01' }, // exact, right value
    { start: 70, end: 75, type: 'date', value: '2020-03' }, // exact, wrong value
  ];

  it('scores exact and overlap matches per type', () => {
    const result = scoreDocument(gold, pred, DEV_TYPES);
    const person = scores(result.byType.person);
    close(person.precision, 0.5, 'person P');
    close(person.recall, 0.5, 'person R');
    close(person.f1, 0.5, 'person F1');
    close(person.overlapPrecision, 1, 'person overlap P');
    close(person.overlapRecall, 1, 'person overlap R');
    close(person.overlapF1, 1, 'person overlap F1');
    close(scores(result.byType.organization).f1, 1, 'organization F1');
    const place = scores(result.byType.place);
    close(place.precision, 0, 'place P');
    close(place.recall, 1, 'place R (no gold: nothing missed)');
    close(place.f1, 0, 'place F1');
    const date = scores(result.byType.date);
    close(date.f1, 1, 'date F1');
    close(date.valueAccuracy, 0.5, 'date value accuracy');
    assert.deepEqual(result.misses, [{ start: 10, end: 20, type: 'person' }]);
    assert.deepEqual(
      result.falseHits.map((s) => [s.type, s.start]),
      [
        ['person', 10],
        ['place', 80],
      ],
    );
    assert.deepEqual(
      result.wrongValues.map((w) => [w.gold.value, w.pred.value]),
      [['2020-02', '2020-03']],
    );
  });

  it('micro-averages over types by adding counts', () => {
    const result = scoreDocument(gold, pred, DEV_TYPES);
    const total = Object.values(result.byType).reduce(addCounts, emptyCounts());
    assert.deepEqual([total.gold, total.pred, total.exact], [5, 6, 4]);
    const s = scores(total);
    close(s.precision, 4 / 6, 'P');
    close(s.recall, 4 / 5, 'R');
    close(s.f1, 8 / 11, 'F1 = 2·(2/3)·(4/5) / (2/3 + 4/5)');
    close(s.overlapPrecision, 5 / 6, 'overlap P');
    close(s.overlapF1, 10 / 11, 'overlap F1');
  });

  it('ignores predictions on optional spans and on unscored types', () => {
    const withOptional: GoldSpan[] = [
      { start: 0, end: 8, type: 'organization', optional: true },
      { start: 10, end: 14, type: 'title', optional: true },
      { start: 20, end: 30, type: 'person' },
    ];
    const predictions: Span[] = [
      { start: 0, end: 8, type: 'organization' }, // equals an optional span
      { start: 10, end: 12, type: 'title' }, // overlaps only an optional span
      { start: 20, end: 30, type: 'person' },
      { start: 40, end: 46, type: 'nationality' }, // not scored
    ];
    const result = scoreDocument(withOptional, predictions, ['person', 'organization', 'title']);
    assert.deepEqual(
      [result.byType.organization.pred, result.byType.title.pred, result.byType.person.pred],
      [0, 0, 1],
    );
    assert.equal(result.byType.organization.gold, 0, 'optional gold is not required');
    assert.deepEqual(result.falseHits, []);
    assert.deepEqual(result.misses, []);
    assert.equal(result.byType.nationality, undefined);
  });

  it('a prediction spanning two gold names is one false hit, two misses, and overlaps both', () => {
    const result = scoreDocument(
      [
        { start: 0, end: 5, type: 'person' },
        { start: 6, end: 12, type: 'person' },
      ],
      [{ start: 0, end: 12, type: 'person' }],
      ['person'],
    );
    const s = scores(result.byType.person);
    assert.deepEqual([s.precision, s.recall, s.f1], [0, 0, 0]);
    assert.deepEqual([s.overlapPrecision, s.overlapRecall, s.overlapF1], [1, 1, 1]);
    assert.equal(result.misses.length, 2);
    assert.equal(result.falseHits.length, 1);
  });

  it('a type mismatch is a miss and a false hit, not even an overlap', () => {
    const result = scoreDocument(
      [{ start: 0, end: 6, type: 'place' }],
      [{ start: 0, end: 6, type: 'organization' }],
      DEV_TYPES,
    );
    assert.deepEqual([result.byType.place.exact, result.byType.place.goldOverlapped], [0, 0]);
    assert.deepEqual([result.byType.organization.pred, result.byType.organization.predOverlapping], [1, 0]);
  });

  it('a duplicate prediction counts once as a match and once as a false hit', () => {
    const result = scoreDocument(
      [{ start: 0, end: 4, type: 'date', value: '2020' }],
      [
        { start: 0, end: 4, type: 'date', value: '2020' },
        { start: 0, end: 4, type: 'date', value: '2020' },
      ],
      ['date'],
    );
    const s = scores(result.byType.date);
    close(s.precision, 0.5, 'P');
    close(s.recall, 1, 'R');
    close(s.f1, 2 / 3, 'F1');
    close(s.valueAccuracy, 1, 'value accuracy counts the matched gold once');
  });

  it('date values: gold without a value is not counted; a missing predicted value is wrong', () => {
    const result = scoreDocument(
      [
        { start: 0, end: 9, type: 'date' },
        { start: 20, end: 26, type: 'date', value: '2021-05' },
      ],
      [
        { start: 0, end: 9, type: 'date', value: '2021-05-01' },
        { start: 20, end: 26, type: 'date' },
      ],
      ['date'],
    );
    assert.deepEqual([result.byType.date.valued, result.byType.date.valueCorrect], [1, 0]);
    close(scores(result.byType.date).valueAccuracy, 0, 'value accuracy');
    assert.ok(Number.isNaN(scores(emptyCounts()).valueAccuracy), 'no dates: accuracy undefined (NaN)');
  });

  it('no predictions and no gold: precision and recall 1; gold but nothing found: recall 0', () => {
    assert.deepEqual(
      [scores(emptyCounts()).precision, scores(emptyCounts()).recall, scores(emptyCounts()).f1],
      [1, 1, 1],
    );
    const result = scoreDocument([{ start: 0, end: 3, type: 'place' }], [], ['place']);
    const s = scores(result.byType.place);
    assert.deepEqual([s.precision, s.recall, s.f1], [1, 0, 0]);
  });
});
