// The mention under the cursor: the innermost mention containing the offset, a cursor at a
// mention's end included. Checked against the seed gold, and against the definition itself (every
// mention looked at) at every offset of an analysis, including mentions out of order and nested.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Analyzer } from '../../server/src/engine/pipeline';
import type { Analysis, Mention } from '../../server/src/engine/model/types';
import { AnalysisIndex } from '../../server/src/presentation/analysisIndex';
import { readGold } from '../helpers/gold';

const SEED = join(__dirname, '..', '..', '..', 'seeds', '000_b25a24690d4f76d1');

/** The definition: of all mentions containing `offset`, the shortest, the first of equals. */
function plainMentionAt(analysis: Analysis, offset: number): number | undefined {
  let best: number | undefined;
  analysis.mentions.forEach((m, i) => {
    if (m.start <= offset && offset <= m.end && m.end > m.start) {
      const b = best === undefined ? undefined : analysis.mentions[best];
      if (!b || m.end - m.start < b.end - b.start) best = i;
    }
  });
  return best;
}

function mention(start: number, end: number, type: Mention['type'] = 'person'): Mention {
  return { start, end, type, text: 'x'.repeat(end - start), source: 'names' };
}

describe('presentation/analysisIndex: mentionAt', () => {
  const text = readFileSync(`${SEED}.txt`, 'utf8');
  const gold = readGold(`${SEED}.gold.json`);
  const analysis = new Analyzer().analyze(text);

  it('finds each gold mention of the seed from its first character and from its end', () => {
    const index = new AnalysisIndex(analysis);
    for (const g of gold.mentions.filter((m) => !m.optional)) {
      for (const at of [g.start, g.end]) {
        const found = index.mentionAt(at)?.mention;
        assert.ok(found, `nothing at ${at} (${g.text})`);
        assert.ok(found.start <= at && at <= found.end, `${g.text}: ${found.text}`);
      }
      const inside = index.mentionAt(g.start)?.mention;
      assert.equal(inside?.text, g.text);
    }
  });

  it('agrees with the definition at every offset of the seed', () => {
    const index = new AnalysisIndex(analysis);
    for (let at = 0; at <= text.length; at++)
      assert.equal(index.mentionAt(at)?.index, plainMentionAt(analysis, at), `offset ${at}`);
  });

  it('agrees with the definition on nested mentions, a long one far back, and mentions out of order', () => {
    const nested = [
      mention(0, 40, 'title'),
      mention(5, 9),
      mention(5, 9, 'place'),
      mention(30, 35),
      mention(60, 62),
    ];
    const cases: Mention[][] = [nested, [nested[3], nested[0], nested[4], nested[1]]];
    for (const mentions of cases) {
      const a: Analysis = { length: 70, meta: {}, mentions, entities: [], problems: [] };
      const index = new AnalysisIndex(a);
      for (let at = 0; at <= 70; at++)
        assert.equal(index.mentionAt(at)?.index, plainMentionAt(a, at), `offset ${at}`);
    }
    // Hand-checked: inside the long title and the short person at 5–9, the person wins; at 20 only the title.
    const index = new AnalysisIndex({ length: 70, meta: {}, mentions: nested, entities: [], problems: [] });
    assert.equal(index.mentionAt(7)?.index, 1);
    assert.equal(index.mentionAt(20)?.index, 0);
    assert.equal(index.mentionAt(50), undefined);
  });
});
