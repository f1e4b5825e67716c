// Bad input never breaks the engine: it never throws, every offset lies inside the text and
// matches the mention's text, and mentions of one type never overlap. Inputs are generated from a
// fixed seed so a failure reproduces.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Analyzer } from '../../server/src/engine/pipeline';
import type { Analysis } from '../../server/src/engine/model/types';
import { seededRandom } from '../helpers/random';
import { findRepoRoot } from '../../scripts/eval/corpus';

function checkInvariants(text: string, a: Analysis): void {
  assert.equal(a.length, text.length);
  const lastEnd = new Map<string, number>();
  for (const m of a.mentions) {
    assert.ok(m.start >= 0 && m.end <= text.length && m.start < m.end, `offsets ${m.start}–${m.end}`);
    assert.equal(text.slice(m.start, m.end), m.text);
    assert.ok(m.start >= (lastEnd.get(m.type) ?? 0), `${m.type} mentions overlap at ${m.start}`);
    lastEnd.set(m.type, m.end);
    if (m.entity)
      assert.ok(
        a.entities.some((e) => e.id === m.entity),
        `entity ${m.entity} exists`,
      );
  }
}

const seed = readFileSync(join(findRepoRoot(__dirname), 'seeds', '000_b25a24690d4f76d1.txt'), 'utf8');

describe('engine: robustness', function () {
  this.timeout(120000);
  const analyzer = new Analyzer();
  const run = (text: string, articleDate?: string): Analysis => {
    const a = analyzer.analyze(text, articleDate ? { articleDate } : {});
    checkInvariants(text, a);
    return a;
  };

  it('handles the empty document', () => {
    const a = run('');
    assert.equal(a.mentions.length, 0);
  });

  it('handles random Unicode, including astral characters and lone surrogates', () => {
    const rnd = seededRandom(42);
    for (let n = 0; n < 200; n++) {
      let s = '';
      const len = Math.floor(rnd() * 400);
      for (let i = 0; i < len; i++) {
        const r = rnd();
        if (r < 0.5) s += String.fromCharCode(32 + Math.floor(rnd() * 95));
        else if (r < 0.8) s += String.fromCharCode(Math.floor(rnd() * 0xffff));
        else if (r < 0.9) s += String.fromCodePoint(0x1f300 + Math.floor(rnd() * 500));
        else s += ['\n', '\r\n', '—', '’', 'Ç', 'ş', '.', ' ', 'General ', 'Nov. 7'][Math.floor(rnd() * 10)];
      }
      run(s);
    }
  });

  it('handles binary bytes read as text', () => {
    const rnd = seededRandom(7);
    const bytes = Buffer.alloc(100_000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(rnd() * 256);
    run(bytes.toString('utf8'));
    run(bytes.toString('latin1'));
  });

  it('handles nothing but punctuation', () => {
    run('.,;:!?—–-()[]{}"“”‘’'.repeat(5000));
  });

  it('handles a 1 MB line', () => {
    run(seed.replace(/\n/g, ' ').repeat(Math.ceil(1_000_000 / seed.length)));
  });

  it('handles a 5 MB document and finds the same mentions in every copy', () => {
    const copies = Math.ceil(5_000_000 / (seed.length + 2));
    const text = Array(copies).fill(seed).join('\n\n');
    const a = run(text);
    const one = analyzer.analyze(seed).mentions.filter((m) => m.type === 'person').length;
    assert.ok(a.mentions.filter((m) => m.type === 'person').length >= one * copies);
  });

  it('reads CRLF text like LF text', () => {
    const lf = analyzer.analyze(seed).mentions.map((m) => `${m.type}:${m.text}`);
    const crlf = analyzer.analyze(seed.replace(/\n/g, '\r\n'));
    checkInvariants(seed.replace(/\n/g, '\r\n'), crlf);
    assert.deepEqual(
      crlf.mentions.map((m) => `${m.type}:${m.text}`),
      lf,
    );
  });

  it('reports a malformed article date and leaves relative dates unresolved', () => {
    const a = run('date 2023-13-45\nThe minister arrived yesterday.');
    assert.ok(a.problems.some((p) => p.code === 'article-date'));
    assert.equal(a.meta.date, undefined);
    const yesterday = a.mentions.find((m) => m.text === 'yesterday');
    assert.ok(yesterday, 'the relative date is still marked');
    assert.equal(yesterday.resolution, 'unresolved');
    assert.equal(yesterday.value, undefined);
  });
});
