// Token encoding: nesting flattened (innermost wins), multi-line mentions cut per line, the
// declaration modifier, and delta edits. Inputs are small Analysis values written by hand.
import assert from 'node:assert/strict';
import type { Analysis, Mention } from '../../server/src/engine/model/types';
import {
  buildTokens,
  LEGEND,
  lineStarts,
  segments,
  TokenResults,
} from '../../server/src/features/semanticTokens';
import { GOLD_TYPES } from '../server/seed';

function mention(text: string, sub: string, type: Mention['type'], entity?: string, from = 0): Mention {
  const start = text.indexOf(sub, from);
  assert.ok(start >= 0, sub);
  return { start, end: start + sub.length, type, text: sub, entity, source: 'names' };
}

function analysis(text: string, mentions: Mention[], entities: Analysis['entities'] = []): Analysis {
  return { length: text.length, meta: {}, mentions, entities, problems: [] };
}

const T = (type: string) => LEGEND.tokenTypes.indexOf(type);

describe('features/semanticTokens', () => {
  it('has the six gold types first, nationality after, and one modifier', () => {
    assert.deepEqual(LEGEND.tokenTypes, [...GOLD_TYPES, 'nationality']);
    assert.deepEqual(LEGEND.tokenModifiers, ['declaration']);
  });

  it('encodes relative positions and marks only the first mention of an entity', () => {
    const text = 'Ann met Bob.\nAnn left.';
    const a1 = mention(text, 'Ann', 'person', 'P1');
    const b = mention(text, 'Bob', 'person', 'P2');
    const a2 = mention(text, 'Ann', 'person', 'P1', 5);
    const entities = [
      { id: 'P1', type: 'person' as const, name: 'Ann', aliases: [], mentions: [0, 2] },
      { id: 'P2', type: 'person' as const, name: 'Bob', aliases: [], mentions: [1] },
    ];
    const data = buildTokens(text, analysis(text, [a1, b, a2], entities));
    assert.deepEqual(data, [0, 0, 3, T('person'), 1, 0, 8, 3, T('person'), 1, 1, 0, 3, T('person'), 0]);
  });

  it('flattens nested mentions: the inner one keeps its type, the outer one is split around it', () => {
    const text = 'the Minister of Defense Ruslan';
    const title = mention(text, 'Minister of Defense', 'title');
    const org = mention(text, 'Defense', 'organization');
    const segs = segments(analysis(text, [title, org]));
    assert.deepEqual(
      segs.map((s) => [text.slice(s.start, s.end), LEGEND.tokenTypes[s.type]]),
      [
        ['Minister of ', 'title'],
        ['Defense', 'organization'],
      ],
    );
  });

  it('cuts a mention that crosses a line break (LF and CRLF) into one token per line', () => {
    for (const nl of ['\n', '\r\n']) {
      const text = `x Ministry of${nl}Defense y`;
      const m: Mention = {
        start: 2,
        end: text.indexOf(' y'),
        type: 'organization',
        text: '',
        source: 'names',
      };
      const data = buildTokens(text, analysis(text, [m]));
      assert.deepEqual(
        data,
        [0, 2, 11, T('organization'), 0, 1, 0, 7, T('organization'), 0],
        JSON.stringify(nl),
      );
    }
  });

  it('limits a range request to the mentions intersecting it', () => {
    const text = 'Ann and Bob and Cy';
    const ms = [
      mention(text, 'Ann', 'person'),
      mention(text, 'Bob', 'person'),
      mention(text, 'Cy', 'person'),
    ];
    const segs = segments(analysis(text, ms), 5, 10);
    assert.deepEqual(
      segs.map((s) => text.slice(s.start, s.end)),
      ['Bob'],
    );
  });

  it('skips empty mentions and types outside the legend', () => {
    const text = 'abc';
    const ms: Mention[] = [
      { start: 1, end: 1, type: 'person', text: '', source: 'names' },
      { start: 0, end: 2, type: 'alien' as Mention['type'], text: 'ab', source: 'names' },
    ];
    assert.deepEqual(buildTokens(text, analysis(text, ms)), []);
  });

  it('finds line starts for LF, CRLF and lone CR', () => {
    assert.deepEqual(lineStarts('a\nb\r\nc\rd'), [0, 2, 5, 7]);
  });

  it('answers a delta with one edit that rebuilds the new array, and a full result for an unknown id', () => {
    const results = new TokenResults();
    const first = results.full('u', 1, [0, 0, 3, 0, 1, 0, 8, 3, 0, 0, 1, 0, 3, 0, 0]);
    const next = [0, 0, 3, 0, 1, 0, 8, 4, 2, 0, 1, 0, 3, 0, 0];
    const delta = results.delta('u', 2, first.resultId as string, next);
    assert.ok('edits' in delta);
    const patched = [0, 0, 3, 0, 1, 0, 8, 3, 0, 0, 1, 0, 3, 0, 0];
    for (const e of delta.edits) patched.splice(e.start, e.deleteCount, ...(e.data ?? []));
    assert.deepEqual(patched, next);
    assert.equal(delta.edits.length, 1);
    assert.ok(delta.edits[0].deleteCount <= 2);
    const unknown = results.delta('u', 2, 'stale', next);
    assert.ok('data' in unknown);
    assert.deepEqual(unknown.data, next);
    assert.equal(results.servedVersion('u'), 2);
    results.forget('u');
    assert.equal(results.servedVersion('u'), undefined);
  });
});
