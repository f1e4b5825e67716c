// The tokenizer is a hand-written scanner (text.ts) that must cut exactly the tokens of the
// regular expression it replaced, which stays the specification: both are run over the seed, every
// development article and random Unicode (letters and numbers outside the BMP, combining marks,
// lone surrogates, every kind of apostrophe, hyphen and white space), and must agree token by token.
import * as assert from 'node:assert/strict';
import { tokenize, type Token } from '../../server/src/engine/text/tokens';
import { COMPOUND_PARTICIPLES } from '../../server/src/engine/text/grammarWords';
import { findRepoRoot, loadDev, loadSeed } from '../../scripts/eval/corpus';
import { seededRandom } from '../helpers/random';

/** The specification: the pattern text.ts documents, with the token fields read as before. */
const PARTICIPLES = COMPOUND_PARTICIPLES.flatMap((w) => [w, w[0].toUpperCase() + w.slice(1)]).join('|');
const TOKEN_RE = new RegExp(
  String.raw`(?:\p{L}\.){2,}|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:(?:['’](?![sS]\b)|[-‐‑](?!(?:${PARTICIPLES})(?![\p{L}\p{M}\p{N}])))[\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,:]\p{N}+)*(?:st|nd|rd|th)?|['’][sS]\b|[^\s]`,
  'gu',
);

type Cut = Pick<
  Token,
  'start' | 'end' | 'text' | 'key' | 'firstWord' | 'kind' | 'upper' | 'lineStart' | 'attached'
>;

/** A key's first word as phrases.ts files keys: letters and digits before a joiner, if it has one. */
function firstWordOf(key: string): string {
  return /[-'. /&]/.test(key) ? (/^[\p{L}\p{N}]+/u.exec(key)?.[0] ?? key) : key;
}

function byPattern(text: string): Cut[] {
  const cuts: Cut[] = [];
  let prevEnd = 0;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const word = m[0];
    const gap = text.slice(prevEnd, m.index);
    const kind = /^\p{L}/u.test(word) ? 'word' : /^\p{N}/u.test(word) ? 'number' : 'punct';
    const key = word.toLowerCase().replace(/[’‘]/g, "'");
    cuts.push({
      start: m.index,
      end: m.index + word.length,
      text: word,
      key,
      firstWord: firstWordOf(key),
      kind,
      upper: kind === 'word' && /^\p{Lu}/u.test(word),
      lineStart: gap.includes('\n') || gap.includes('\r') || m.index === 0,
      attached: gap.length === 0 && m.index > 0,
    });
    prevEnd = m.index + word.length;
  }
  return cuts;
}

function byScanner(text: string): Cut[] {
  return tokenize(text).tokens.map(
    ({ start, end, text: t, key, firstWord, kind, upper, lineStart, attached }) => ({
      start,
      end,
      text: t,
      key,
      firstWord,
      kind,
      upper,
      lineStart,
      attached,
    }),
  );
}

// Characters where the two could disagree: every joiner and apostrophe the pattern names, "s" and
// "_" around them (the possessive's word boundary), ordinal suffixes, white space of each kind,
// marks, non-ASCII letters and numbers (also outside the BMP), lone surrogates, symbols.
const ALPHABET = [
  ...'aAsSzZtThHnNdDrR019_',
  ...`'’‘-‐‑.,:;!?"()/&$%`,
  ' ',
  '\n',
  '\r',
  '\t',
  '\u00a0',
  '\u2009',
  '\u3000',
  '\ufeff',
  '\u0301', // combining acute
  '\u20dd', // combining enclosing circle
  'é',
  'Ç',
  'ß',
  'İ',
  'ǅ', // title case: a letter, not upper case
  'K', // Kelvin sign
  'Ⅻ', // a number that lower-cases
  'Ⓐ', // a symbol that lower-cases
  '²',
  '٣',
  'ж',
  'Д',
  '中',
  '\u{1d400}', // mathematical bold A: an upper-case letter outside the BMP
  '\u{20000}', // CJK letter outside the BMP
  '\u{1d7ce}', // mathematical bold zero: a number outside the BMP
  '\u{1f600}', // emoji
  'led', // a compound participle after a hyphen ends the word before it
  'Based',
  '\ud800', // lone high surrogate
  '\udc00', // lone low surrogate
];

function randomText(next: () => number, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) s += ALPHABET[Math.floor(next() * ALPHABET.length)];
  return s;
}

describe('engine: tokenizer', function () {
  this.timeout(60000);

  it('cuts the tokens the specification pattern cuts, on examples written down here', () => {
    const cases: [string, string[]][] = [
      ['U.S.-based', ['U.S.', '-', 'based']],
      [
        'Lagos-based Okoro-Led state-owned',
        ['Lagos', '-', 'based', 'Okoro', '-', 'Led', 'state', '-', 'owned'],
      ],
      ['co-led ex-basedx re-run-up', ['co', '-', 'led', 'ex-basedx', 're', '-', 'run-up']],
      ["O'Brien's Commander-in-Chief", ["O'Brien", "'s", 'Commander-in-Chief']],
      ['Reuters’s 1,200.5 7th 5sta', ['Reuters', '’s', '1,200.5', '7th', '5st', 'a']],
      ["rock'n'roll's_x", ["rock'n'roll's", '_', 'x']],
      ['a.b c. a.b.', ['a', '.', 'b', 'c', '.', 'a.b.']],
    ];
    for (const [text, expected] of cases) {
      assert.deepEqual(
        byScanner(text).map((t) => t.text),
        expected,
        text,
      );
    }
  });

  it('agrees with the specification pattern on the seed and every development article', () => {
    const root = findRepoRoot(__dirname);
    const docs = [...loadSeed(root), ...loadDev(root)];
    assert.ok(docs.length > 100, `only ${docs.length} documents`);
    for (const d of docs) assert.deepEqual(byScanner(d.text), byPattern(d.text), d.id);
  });

  it('agrees with the specification pattern on random Unicode', () => {
    const next = seededRandom(20261128);
    for (let n = 0; n < 3000; n++) {
      const text = randomText(next, 1 + Math.floor(next() * 60));
      assert.deepEqual(byScanner(text), byPattern(text), JSON.stringify(text));
    }
  });
});
