// longestPhrase stops extending a phrase as soon as no key of the table begins with it. That is
// only right because a longer phrase's key always begins with a shorter one's; this checks the
// result against the plain search (every length up to the table's longest key) at every token
// of the seed and the development articles, for every gazetteer table, and on the two cases
// where that does not hold: a final sigma and white space that is folded only in longer keys.
import * as assert from 'node:assert/strict';
import { longestPhrase, phraseIndex, phraseKey } from '../../server/src/engine/text/phrases';
import { firstWord, tokenize, type Token } from '../../server/src/engine/text/tokens';
import { loadLexicon } from '../../server/src/engine/data/lexicon';
import { findRepoRoot, loadDev, loadSeed } from '../../scripts/eval/corpus';

const tableFacts = new WeakMap<ReadonlyMap<string, unknown>, { firstWords: Set<string>; limit: number }>();

/** The plain search longestPhrase must agree with (as it was before the early stop). */
function plainLongest<V>(
  text: string,
  tokens: readonly Token[],
  first: number,
  table: ReadonlyMap<string, V>,
): number | undefined {
  let facts = tableFacts.get(table);
  if (!facts) {
    const keys = [...table.keys()];
    facts = {
      firstWords: new Set(keys.map(firstWord)),
      limit: Math.max(1, ...keys.map((k) => k.split(/[\s\-.]+/).filter(Boolean).length)),
    };
    tableFacts.set(table, facts);
  }
  if (!facts.firstWords.has(tokens[first].firstWord)) return undefined;
  const limit = facts.limit;
  let best: number | undefined;
  let words = 0;
  const sentence = tokens[first].sentence;
  for (let last = first + 1; last <= tokens.length; last++) {
    const t = tokens[last - 1];
    if (t.sentence !== sentence) break;
    if (t.kind !== 'punct') words++;
    if (words > limit) break;
    if (t.kind === 'punct') {
      if (t.text === '-' || t.text === '&' || t.text === '/') continue;
      if (t.text !== '.') break;
    }
    if (table.has(phraseKey(text, tokens, first, last))) best = last;
  }
  return best;
}

describe('engine: phrase look-up', function () {
  this.timeout(120000);
  const lexicon = loadLexicon();
  const tables: [string, ReadonlyMap<string, unknown>][] = [
    ['countries', lexicon.countryNames],
    ['places', lexicon.places],
    ['organizations', lexicon.organizations],
    ['ranks', lexicon.rankForms],
  ];

  it('finds the longest known phrase, on examples written down here', () => {
    const text = 'He flew from the United States to New York City on Monday.';
    const { tokens } = tokenize(text);
    const at = (word: string): number => tokens.findIndex((t) => t.text === word);
    const us = longestPhrase(text, tokens, at('United'), phraseIndex(lexicon.countryNames));
    assert.equal(us && text.slice(tokens[us.first].start, tokens[us.last - 1].end), 'United States');
    const places = phraseIndex(lexicon.places);
    const ny = longestPhrase(text, tokens, at('New'), places);
    assert.ok(ny && text.slice(tokens[ny.first].start, tokens[ny.last - 1].end).startsWith('New York'));
    assert.equal(longestPhrase(text, tokens, at('flew'), places), undefined);
  });

  it('agrees with the plain search at every token of the seed and the development articles', () => {
    const root = findRepoRoot(__dirname);
    let found = 0;
    const indexed = tables.map(([name, table]) => [name, table, phraseIndex(table)] as const);
    for (const d of [...loadSeed(root), ...loadDev(root)]) {
      const { tokens } = tokenize(d.text);
      for (let i = 0; i < tokens.length; i++) {
        for (const [name, table, index] of indexed) {
          const got = longestPhrase(d.text, tokens, i, index)?.last;
          if (got !== undefined) found++;
          if (got !== plainLongest(d.text, tokens, i, table)) assert.fail(`${d.id}, token ${i}, ${name}`);
        }
      }
    }
    assert.ok(found > 1000, `only ${found} phrases found`);
  });

  it('does not stop early on a final sigma, which lower-cases by what follows it', () => {
    // "ΟΔΟΣ" lower-cases to "οδος" with a final ς at the end of a phrase, but to "οδοσ" when a
    // full stop and a letter follow ("ΟΔΟΣ.α"): no key begins with "αβ οδος", yet "αβ οδοσ.α" is one.
    const table = new Map([['αβ οδοσ.α', 1]]);
    const text = 'ΑΒ ΟΔΟΣ.α';
    const { tokens } = tokenize(text);
    assert.equal(phraseKey(text, tokens, 0, 2), 'αβ οδος');
    assert.equal(plainLongest(text, tokens, 0, table), 4);
    assert.equal(longestPhrase(text, tokens, 0, phraseIndex(table))?.last, 4);
  });

  it('does not stop early on white space that normalizeKey folds only in longer keys', () => {
    // A thin space alone is kept in a key ("ab\u2009cd"); with a no-break space later in the
    // phrase, the whole key is folded to plain spaces ("ab cd ef").
    const table = new Map([['ab cd ef', 1]]);
    const text = 'AB\u2009CD\u00a0EF';
    const { tokens } = tokenize(text);
    assert.equal(phraseKey(text, tokens, 0, 2), 'ab\u2009cd');
    assert.equal(plainLongest(text, tokens, 0, table), 3);
    assert.equal(longestPhrase(text, tokens, 0, phraseIndex(table))?.last, 3);
  });

  it('searches every key where a first word reads differently in a longer key', () => {
    // Keys are filed by first word for the search; these first tokens' first words differ from
    // their longer phrases' ("i̇" alone but "i" before a space, as U+0307 is a mark; "/" of
    // "/ ab cd"), so every key must be searched for them.
    const cases: [string, number][] = [
      ['İ AB CD', 3],
      ['/ AB CD', 3],
    ];
    for (const [text, last] of cases) {
      const { tokens } = tokenize(text);
      const table = new Map([
        [tokens[0].key, 1],
        [phraseKey(text, tokens, 0, last), 2],
      ]);
      assert.equal(plainLongest(text, tokens, 0, table), last, text);
      assert.equal(longestPhrase(text, tokens, 0, phraseIndex(table))?.last, last, text);
    }
  });

  it('agrees with the plain search on random phrases of cased letters, joiners and white space', () => {
    let seed = 99;
    const next = (): number => {
      seed = (seed * 1664525 + 1013904223) >>> 0;
      return seed / 2 ** 32;
    };
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
    const WORDS = ['AB', 'ab', 'ΟΔΟΣ', 'Σ', 'σ', 'ς', 'İ', 'i', 'ΣΑ', 'Ab', 'o’s', "O'Neil"];
    const GAPS = [' ', ' ', '  ', '\u2009', '\u00a0', '\t', '-', '.', ' & ', '’s ', "'", '.a ', ' / '];
    for (let n = 0; n < 500; n++) {
      let text = pick(WORDS);
      while (text.length < 40) text += pick(GAPS) + pick(WORDS);
      const { tokens } = tokenize(text);
      // Keys taken from the text itself (so that phrases are found), plus variants written apart.
      const table = new Map<string, number>();
      for (let k = 0; k < 8; k++) {
        const a = Math.floor(next() * tokens.length);
        const b = Math.min(tokens.length, a + 1 + Math.floor(next() * 5));
        const key = phraseKey(text, tokens, a, b);
        table.set(key, k);
        table.set(key.replace(/ /g, '  '), k);
        table.set(key.replace(/σ/g, 'ς'), k);
      }
      const index = phraseIndex(table);
      for (let i = 0; i < tokens.length; i++)
        assert.equal(
          longestPhrase(text, tokens, i, index)?.last,
          plainLongest(text, tokens, i, table),
          `${JSON.stringify(text)} at token ${i}`,
        );
    }
  });
});
