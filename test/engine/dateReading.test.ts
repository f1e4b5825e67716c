// Two hand-written readers of the date rules, each checked against the definition it replaced.
// asciiLower must lower-case A–Z and nothing else, whatever the text: its fast path relies on
// String.prototype.toLowerCase changing no character outside A–Z when the text holds no character
// with the Unicode property Changes_When_Lowercased other than A–Z; that premise is checked here
// over every code point, so a new Unicode version that broke it would fail loudly.
import * as assert from 'node:assert/strict';
import { Reading, asciiLower } from '../../server/src/engine/recognizers/dates/reading';
import { tokenize } from '../../server/src/engine/text/tokens';
import { blockContext } from '../../server/src/engine/recognizers/context';
import { loadLexicon } from '../../server/src/engine/data/lexicon';
import { findRepoRoot, loadDev, loadSeed } from '../../scripts/eval/corpus';
import { seededRandom } from '../helpers/random';

/** A Reading of `text` with no article date. */
const readingOf = (text: string): Reading =>
  new Reading(blockContext({ text, tokenized: tokenize(text), lexicon: loadLexicon() }), undefined);

/** The definition, one code unit at a time. */
function lowerAsciiOnly(text: string): string {
  let out = '';
  for (const ch of text.split('')) out += ch >= 'A' && ch <= 'Z' ? ch.toLowerCase() : ch;
  return out;
}

describe('engine: asciiLower', () => {
  it('changes A–Z only, on examples written down here', () => {
    assert.equal(asciiLower('Last WEEK in Zürich'), 'last week in zürich');
    assert.equal(asciiLower('ÉTÉ İstanbul Ⅻ ΣΑ Kelvin \u212a'), 'ÉtÉ İstanbul Ⅻ ΣΑ kelvin \u212a');
    assert.equal(asciiLower('Nov. 7 — “Today”'), 'nov. 7 — “today”');
    assert.equal(asciiLower(''), '');
  });

  it('agrees with its definition on every code point, alone and beside capitals', () => {
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      const ch = String.fromCodePoint(cp);
      for (const text of [ch, `A${ch}Z`]) {
        const got = asciiLower(text);
        if (got !== lowerAsciiOnly(text)) assert.fail(`U+${cp.toString(16)}: ${JSON.stringify(got)}`);
      }
    }
  });

  it('leaves lone surrogates and astral characters where they were', () => {
    const text = 'A\ud800B\udc00C\u{1d400}D\u{10400}E';
    assert.equal(asciiLower(text), lowerAsciiOnly(text));
    assert.equal(asciiLower(text).length, text.length);
  });
});

/** wordBefore's definition: the pattern over the 30 characters before `index`. */
function wordBeforeByPattern(text: string, index: number): string {
  const m = /([\p{L}\p{N}.]+)[^\S\r\n]*[,(]?[^\S\r\n]*$/u.exec(text.slice(Math.max(0, index - 30), index));
  return m ? m[1].toLowerCase().replace(/^\.+/, '') : '';
}

const PIECES = [
  ...'aZé9٣.,(;- ',
  ' ',
  '  ',
  '\t',
  '\n',
  '\r',
  '\u00a0',
  '\u3000',
  'in',
  'Nov.',
  '...',
  '\u{1d400}', // an astral letter
  '\u{1d7ce}', // an astral number
  '\u{1f600}', // an astral symbol
  '\ud835', // a lone high surrogate
  '\udc00', // a lone low surrogate
];

describe('engine: Reading.wordBefore', function () {
  this.timeout(60000);

  it('reads the word before a position, on examples written down here', () => {
    const text = 'Published in 2023, (Nov. 7) by U.S. forces';
    const r = readingOf(text);
    assert.equal(r.wordBefore(text.indexOf('2023')), 'in');
    assert.equal(r.wordBefore(text.indexOf('Nov.')), ''); // "2023, (": one comma or bracket only
    assert.equal(r.wordBefore(text.indexOf('7)')), 'nov.');
    assert.equal(r.wordBefore(text.indexOf('forces')), 'u.s.');
    assert.equal(r.wordBefore(0), '');
    // The 30-character window cuts a surrogate pair: its lone low half is no letter.
    const cut = `x\u{1d400}${'b'.repeat(29)}`;
    assert.equal(readingOf(cut).wordBefore(32), 'b'.repeat(29));
  });

  it('agrees with its definition at every position of the seed and the development articles', () => {
    const root = findRepoRoot(__dirname);
    for (const d of [...loadSeed(root), ...loadDev(root)]) {
      const r = readingOf(d.text);
      for (let i = 0; i <= d.text.length; i++) {
        if (r.wordBefore(i) !== wordBeforeByPattern(d.text, i)) assert.fail(`${d.id} at ${i}`);
      }
    }
  });

  it('agrees with its definition on random text, surrogates and all', () => {
    const next = seededRandom(7);
    for (let n = 0; n < 3000; n++) {
      let text = '';
      while (text.length < 45) text += PIECES[Math.floor(next() * PIECES.length)];
      const r = readingOf(text);
      for (let i = 0; i <= text.length; i++)
        assert.equal(r.wordBefore(i), wordBeforeByPattern(text, i), `${JSON.stringify(text)} at ${i}`);
    }
  });
});
