// A user lexicon is read as hostile (a workspace's settings can set it): a long entry must not
// make the phrase look-up super-linear, its limits are told by name, and a large lexicon costs
// nothing per analysis once it is indexed.
import assert from 'node:assert/strict';
import { Analyzer } from '../../server/src/engine/pipeline';
import type { LexiconEntry } from '../../server/src/engine/model/types';
import { longestPhrase, phraseIndex } from '../../server/src/engine/text/phrases';
import { tokenize } from '../../server/src/engine/text/tokens';
import { checkUserEntries, USER_LEXICON_LIMITS } from '../../server/src/engine/recognizers/userLexicon';
import { describeGrowth, measureGrowth } from '../helpers/growth';

/** `n` words "Word1 Word2 …", each of them different, so a phrase is found at one start only. */
function words(n: number, from = 0): string {
  return Array.from({ length: n }, (_, i) => `Qaz${from + i}`).join(' ');
}

describe('engine: user lexicon limits', function () {
  this.timeout(120_000);

  it('reads a long key in time linear in its length (2,000, 4,000, 8,000 words)', () => {
    // The table's one key is the whole text: the search at the first word reads all of it.
    const inputs = [2000, 4000, 8000].map((n) => {
      const text = words(n);
      return { text, tokens: tokenize(text).tokens, index: phraseIndex(new Map([[text.toLowerCase(), n]])) };
    });
    for (const { text, tokens, index } of inputs)
      assert.equal(longestPhrase(text, tokens, 0, index)?.last, tokens.length, 'the whole text is found');
    const growth = measureGrowth(
      inputs,
      ({ text, tokens, index }) => {
        for (let i = 0; i < 20; i++) longestPhrase(text, tokens, 0, index);
      },
      8,
    );
    // Linear: about 4 for four times the words; building each longer key again measured about 16.
    assert.ok(growth.ratio < 8, describeGrowth(['2,000 words', '4,000', '8,000'], growth));
  });

  it('ignores a 1,300-word entry with a warning naming the limit, and keeps the others', () => {
    const long = words(1300);
    const lexicon: LexiconEntry[] = [
      { name: long, type: 'organization' },
      { name: 'Qazaq Widgets', type: 'organization' },
    ];
    const analysis = new Analyzer().analyze(`${long}.\n\nThey met Qazaq Widgets.`, { lexicon });
    const warnings = analysis.problems.filter((p) => p.code === 'lexicon-entry').map((p) => p.message);
    assert.deepEqual(warnings, [
      '1 user lexicon entry was ignored: a name or alias may have at most 20 words and 200 characters.',
    ]);
    assert.ok(analysis.mentions.some((m) => m.text === 'Qazaq Widgets' && m.type === 'organization'));
    assert.ok(!analysis.mentions.some((m) => m.text.length > 200), 'no mention of the long entry');
  });

  it('names each limit an entry breaks: words, characters, aliases, entries', () => {
    const limits = USER_LEXICON_LIMITS;
    const ok = { name: 'Qazaq', type: 'place' };
    const entries: unknown[] = [
      { name: words(limits.wordsPerName), type: 'place' }, // at the limit: kept
      { name: words(limits.wordsPerName + 1), type: 'place' },
      { name: 'Q'.repeat(limits.charactersPerName + 1), type: 'place' },
      { name: 'Qazaq', type: 'place', aliases: ['Q', words(limits.wordsPerName + 1)] },
      {
        name: 'Qazaq',
        type: 'place',
        aliases: Array.from({ length: limits.aliasesPerEntry + 1 }, (_, i) => `Q${i}`),
      },
      { name: 'Qazaq', type: 'place', aliases: [7] },
      ...Array.from({ length: limits.entries }, () => ok),
    ];
    const { good, problems } = checkUserEntries(entries);
    assert.equal(good.length, limits.entries - 6 + 1);
    assert.deepEqual(
      problems.map((p) => p.message),
      [
        '1 user lexicon entry was ignored: each needs a "name" and a "type" (person, organization, place, date, rank, title, nationality or none), and its "aliases", if any, must be a list of strings.',
        '3 user lexicon entries were ignored: a name or alias may have at most 20 words and 200 characters.',
        '1 user lexicon entry was ignored: an entry may have at most 50 aliases.',
        'The user lexicon has 100,006 entries; only the first 100,000 are used (the most it may have).',
      ],
    );
  });

  it('finds a 20-word entry over a paragraph of its words in time linear in the paragraph (1, 2, 4 KB)', () => {
    // The hostile shape of the issue at the limit: every word of the paragraph starts a phrase
    // that follows the entry for 19 words and fails on the last, but at the paragraph's end.
    const entry = `${'Qaz '.repeat(19)}Zaq`;
    const lexicon: LexiconEntry[] = [{ name: entry, type: 'organization' }];
    const paragraph = (chars: number) => `${'Qaz '.repeat(chars / 4 - 1)}Zaq.`;
    const inputs = [1000, 2000, 4000].map(paragraph);
    const found = new Analyzer().analyze(inputs[0], { lexicon });
    assert.deepEqual(
      found.mentions.filter((m) => m.type === 'organization').map((m) => m.start),
      [inputs[0].length - 1 - entry.length],
    );
    // A fresh analyzer each time: its block cache would answer the second run.
    const growth = measureGrowth(inputs, (text) => new Analyzer().analyze(text, { lexicon }), 8);
    assert.ok(growth.ratio < 8, describeGrowth(['1 KB', '2 KB', '4 KB'], growth));
  });

  it('costs an edit no more with a 100,000-entry lexicon than with none (compared once, not per analysis)', () => {
    const lexicon: LexiconEntry[] = Array.from({ length: USER_LEXICON_LIMITS.entries }, (_, i) => ({
      name: `Qazaq Holding ${i}`,
      type: 'organization',
      aliases: [`QH${i}`],
    }));
    const base = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} says the delegates met.`).join('\n\n');
    // Two versions that differ in one paragraph: each analysis recognises one block again.
    const versions = [base, base.replace('Paragraph 7 says', 'Paragraph 7 now says')];
    const runs = [
      { analyzer: new Analyzer(), options: {} },
      { analyzer: new Analyzer(), options: { lexicon } },
    ];
    for (const run of runs) run.analyzer.analyze(base, run.options); // indexes the lexicon once
    let turn = 0;
    const growth = measureGrowth(
      runs,
      ({ analyzer, options }) => {
        for (let i = 0; i < 10; i++) analyzer.analyze(versions[turn++ % 2], options);
      },
      3,
    );
    // Serialising the lexicon to compare it on every analysis made this about 50 times slower.
    assert.ok(growth.ratio < 3, describeGrowth(['no lexicon', '100,000 entries'], growth));
    // The same lexicon in a new list (settings read again) is not indexed again.
    const analyzer = runs[1].analyzer;
    // (The version analysed last: the other one's edited paragraph was dropped as replaced.)
    analyzer.analyze(versions[(turn - 1) % 2], { lexicon: lexicon.map((e) => ({ ...e })) });
    assert.equal(analyzer.lastRecognized, 0, 'no block recognised again: the cache was kept');
  });
});

describe('engine: user lexicon aliases', () => {
  it('links a person entry’s alias to the entry’s person, beside the surname the article uses', () => {
    const text =
      'ASTANA — Colonel Ruslan Zhaksylykov met Aigerim Bekova on Monday. Zhaksylikov said the talks went well. Zhaksylykov and Bekova agreed.';
    const lexicon: LexiconEntry[] = [
      { name: 'Ruslan Zhaksylykov', type: 'person', aliases: ['Zhaksylikov'] },
    ];
    const a = new Analyzer().analyze(text, { lexicon });
    const of = (surface: string) => a.mentions.find((m) => m.text === surface && m.type === 'person')?.entity;
    assert.equal(of('Zhaksylikov'), 'P-ruslan-zhaksylykov');
    assert.equal(of('Zhaksylykov'), 'P-ruslan-zhaksylykov');
    assert.equal(of('Bekova'), 'P-aigerim-bekova');
    const person = a.entities.find((e) => e.id === 'P-ruslan-zhaksylykov');
    assert.equal(person?.name, 'Ruslan Zhaksylykov');
    assert.equal(person?.mentions.length, 3);
  });
});
