// The baseline adapters: offsets must come out as UTF-16 spans without the punctuation the gold
// never includes, and chrono-node's components must become TimeML values. Expected values are
// written by hand from the texts below (article date Wednesday 2023-11-08).
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chronoBaseline, compromiseBaseline } from '../../scripts/eval/systems';
import { findRepoRoot, loadDev, type EvalDoc } from '../../scripts/eval/corpus';

const doc = (text: string): EvalDoc => ({
  id: 't',
  corpus: 'seed',
  text,
  articleDate: '2023-11-08',
  split: null,
  gold: [],
  types: ['person', 'organization', 'place', 'date'],
});

describe('eval baselines', () => {
  it('chrono-node: spans without the leading preposition, values as precise as the text', () => {
    const text = 'Talks began on Tuesday and ended Nov. 7; the plan dates from December 2007.';
    const got = chronoBaseline.predict(doc(text)).map((s) => [s.text, s.value]);
    assert.deepEqual(got, [
      ['Tuesday', '2023-11-07'],
      ['Nov. 7', '2023-11-07'],
      ['December 2007', '2007-12'],
    ]);
  });

  it('compromise: UTF-16 offsets after an emoji and a quote, with no surrounding punctuation', () => {
    const text = '🙂 Officials said "Paris" and (Ankara) agreed.';
    const places = compromiseBaseline.predict(doc(text)).filter((s) => s.type === 'place');
    assert.deepEqual(
      places.map((s) => [s.start, s.end, s.text]),
      [
        [text.indexOf('Paris'), text.indexOf('Paris') + 5, 'Paris'],
        [text.indexOf('Ankara'), text.indexOf('Ankara') + 6, 'Ankara'],
      ],
    );
  });

  it('compromise: a sentence’s full stop is dropped, an abbreviation’s kept', () => {
    const text = 'She works for Apple Inc. and flew to Iraq.';
    const spans = compromiseBaseline.predict(doc(text)).map((s) => [s.type, s.text]);
    assert.deepEqual(spans, [
      ['organization', 'Apple Inc.'],
      ['place', 'Iraq'],
    ]);
  });

  it('the dev data loader fails loudly, naming the folder, when the data is missing', () => {
    const empty = mkdtempSync(join(tmpdir(), 'newsmark-nodev-'));
    const saved = process.env.NEWSMARK_DEV_DATA;
    process.env.NEWSMARK_DEV_DATA = empty;
    try {
      assert.throws(() => loadDev(findRepoRoot(__dirname)), /development data is missing: .*meantime/);
    } finally {
      if (saved === undefined) delete process.env.NEWSMARK_DEV_DATA;
      else process.env.NEWSMARK_DEV_DATA = saved;
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
