// The train check's pieces on hand-made records: the sample rule (with a rank written here instead
// of SHA-1, so the order is known) and `other` spans scored as neither right nor wrong. Every
// expected value was worked out by hand.
import { strict as assert } from 'node:assert';
import { scoreDocument, type Counts } from '../../scripts/eval/score';
import { sampleTrainCheck, type SampleUnit } from '../../scripts/eval/train-check';
import { trainDoc } from '../../scripts/eval/train-corpus';

const unit = (set: string, id: string, group: string, mentions: number): SampleUnit => ({
  set,
  id,
  group,
  mentions,
});
const byGroupName = (_set: string, group: string): string => group;

describe('train check sample', () => {
  it('takes whole groups in rank order until the mention budget is met', () => {
    const units = [
      unit('b', 'b3', 'g3', 9),
      unit('b', 'b1', 'g1', 3),
      unit('b', 'b2', 'g2', 3),
      unit('b', 'b4', 'g4', 1),
    ];
    // g1 (3) and g2 (6 ≥ 5): the budget is met, g3 and g4 are left.
    const sample = sampleTrainCheck(units, { mentionsPerSet: 5, maxShare: 1, rank: byGroupName });
    assert.deepEqual(sample, { b: { records: 2, mentions: 6, ids: ['b1', 'b2'] } });
  });

  it('stops before a group that would take more than the share of a set, and never splits a group', () => {
    const units = [
      unit('a', 'r1', 'g1', 2),
      unit('a', 'r2', 'g2', 1),
      unit('a', 'r3', 'g2', 1),
      unit('a', 'r4', 'g3', 4),
      unit('a', 'r5', 'g4', 0),
      unit('a', 'r6', 'g5', 3),
    ];
    // At most 3 of 6 records: g1 (1 record), g2 (3 records, 4 mentions); g3 would make 4 records.
    const sample = sampleTrainCheck(units, { mentionsPerSet: 5, maxShare: 0.5, rank: byGroupName });
    assert.deepEqual(sample, { a: { records: 3, mentions: 4, ids: ['r1', 'r2', 'r3'] } });
  });

  it('orders by the rank, not by the records’ order', () => {
    const units = [unit('c', 'x', 'gx', 1), unit('c', 'y', 'gy', 1), unit('c', 'z', 'gz', 1)];
    const reversed = (_set: string, group: string): string => ({ gx: '3', gy: '2', gz: '1' })[group] ?? '';
    const sample = sampleTrainCheck(units, { mentionsPerSet: 2, maxShare: 1, rank: reversed });
    assert.deepEqual(sample.c.ids, ['y', 'z']);
  });
});

describe('train check documents', () => {
  const text = 'Ann Lee of Acme saw the Treaty of Rome in 1957 with Japanese fans.';
  const at = (s: string): { start: number; end: number } => ({
    start: text.indexOf(s),
    end: text.indexOf(s) + s.length,
  });
  const record = {
    set: 'uner-en',
    id: 'u1',
    group: 'u1',
    text,
    entities: [
      { ...at('Ann Lee'), type: 'person', text: 'Ann Lee' },
      { ...at('Acme'), type: 'organization', text: 'Acme' },
      { ...at('Treaty of Rome'), type: 'other', text: 'Treaty of Rome' },
      { ...at('Japanese'), type: 'other', text: 'Japanese' },
    ],
  };

  it('scores only the set’s types, and a prediction on an `other` span is neither right nor wrong', () => {
    const doc = trainDoc(record);
    assert.deepEqual(doc.types, ['person', 'organization', 'place']);
    const result = scoreDocument(
      doc.gold,
      [
        { ...at('Ann Lee'), type: 'person' }, // right
        { ...at('Rome'), type: 'place' }, // inside the treaty's name: ignored
        { ...at('Japanese'), type: 'place' }, // exactly an `other` span: ignored
        { ...at('1957'), type: 'date' }, // uner-en annotates no dates: not scored
        { ...at('fans'), type: 'person' }, // a false hit
      ],
      doc.types,
    );
    const total = (c: Counts[]): number[] => [
      c.reduce((n, x) => n + x.gold, 0),
      c.reduce((n, x) => n + x.pred, 0),
      c.reduce((n, x) => n + x.exact, 0),
    ];
    assert.deepEqual(total(Object.values(result.byType)), [2, 2, 1]);
    assert.deepEqual(
      result.falseHits.map((s) => text.slice(s.start, s.end)),
      ['fans'],
    );
    assert.deepEqual(
      result.misses.map((s) => s.text),
      ['Acme'],
    );
  });

  it('fails on a gold span whose offsets do not give its text', () => {
    const broken = { ...record, entities: [{ start: 0, end: 3, type: 'person', text: 'Ann Lee' }] };
    assert.throws(() => trainDoc(broken), /gold span 0-3 is "Ann", not "Ann Lee"/);
  });
});
