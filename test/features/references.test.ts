// Find All References over the real engine's analysis of the seed, checked against the gold
// annotation's mentions of each entity (written by hand, not taken from the engine).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analyzer } from '../../server/src/engine/pipeline';
import { hoverAt } from '../../server/src/features/hover';
import { referencesAt } from '../../server/src/features/references';
import { readGold, type GoldMention } from '../helpers/gold';

const SEED = readFileSync('seeds/000_b25a24690d4f76d1.txt', 'utf8');
const GOLD = readGold('seeds/000_b25a24690d4f76d1.gold.json');

/** The gold's mentions of `entity` with type `type`, in document order, as [start, end] pairs. */
function goldSpans(entity: string, type: string): [number, number][] {
  const found = GOLD.mentions.filter((m) => m.entity === entity && m.type === type);
  if (found.length === 0) throw new Error(`the gold has no ${type} mention of ${entity}`);
  return found.sort((a, b) => a.start - b.start).map((m) => [m.start, m.end]);
}

function goldMention(text: string, type: string): GoldMention {
  const m = GOLD.mentions.find((x) => x.text === text && x.type === type);
  if (!m) throw new Error(`the gold has no ${type} mention "${text}"`);
  return m;
}

describe('features/references on the seed', () => {
  const doc = TextDocument.create('file:///seed.txt', 'plaintext', 1, SEED);
  const analysis = new Analyzer().analyze(SEED);
  const spans = (offset: number, includeDeclaration: boolean): [number, number][] | null => {
    const locations = referencesAt(doc, analysis, offset, includeDeclaration);
    if (locations === null) return null;
    for (const l of locations) assert.equal(l.uri, 'file:///seed.txt');
    return locations.map((l) => [doc.offsetAt(l.range.start), doc.offsetAt(l.range.end)]);
  };

  it('on any mention of Zhaksylykov: exactly the gold mentions of that person, in order', () => {
    const expected = goldSpans('P-zhaksylykov', 'person');
    assert.equal(expected.length, 4);
    // From the full name, from a later surname, and from the caret at a mention's end.
    for (const [start, end] of expected) {
      assert.deepEqual(spans(start + 2, true), expected, `from ${start}`);
      assert.deepEqual(spans(end, true), expected, `from the end of ${start}`);
    }
  });

  it('without the declaration: the later mentions only (the first introduces the person)', () => {
    const expected = goldSpans('P-zhaksylykov', 'person');
    assert.deepEqual(spans(expected[2][0], false), expected.slice(1));
  });

  it('on Türkiye: its six gold place mentions; on TUSAŞ: both names of the company', () => {
    const turkiye = goldSpans('L-turkiye', 'place');
    assert.equal(turkiye.length, 6);
    assert.deepEqual(spans(turkiye[3][0], true), turkiye);
    const tusas = goldSpans('O-tusas', 'organization');
    assert.deepEqual(spans(goldMention('TUSAŞ Aerospace Industries', 'organization').start, true), tusas);
  });

  it('on a rank: the rank alone, not its holder’s name', () => {
    const rank = goldMention('Colonel General', 'rank');
    assert.deepEqual(spans(rank.start + 3, true), [[rank.start, rank.end]]);
  });

  it('the hover counts the gold mentions and points to Find All References; not for a single one', () => {
    const value = (offset: number): string =>
      (hoverAt(doc, analysis, offset)?.contents as { value: string } | undefined)?.value ?? '';
    const zh = goldSpans('P-zhaksylykov', 'person');
    assert.match(value(zh[0][0] + 1), /4 mentions in this article \(Find All References lists them\)/);
    const khusainov = goldSpans('P-khusainov', 'person');
    assert.equal(khusainov.length, 1);
    assert.match(value(khusainov[0][0] + 1), /1 mention in this article/);
    assert.doesNotMatch(value(khusainov[0][0] + 1), /Find All References/);
  });

  it('off any mention: null, not an empty list', () => {
    assert.equal(spans(SEED.indexOf('have solidified') + 2, true), null);
    assert.equal(spans(0, true), null);
  });
});

describe('features/references on dates', () => {
  // Written out by hand: the article is dated 8 November, so "yesterday" is 7 November.
  const text =
    'date 2023-11-08\n\nThe talks in Ankara began on Nov. 7 and ended on Nov. 9.\n\n' +
    'Officials said yesterday that the Nov. 7 session was closed.\n';
  const doc = TextDocument.create('file:///dates.txt', 'plaintext', 1, text);
  const analysis = new Analyzer().analyze(text);
  const at = (words: string, from = 0): [number, number] => {
    const start = text.indexOf(words, from);
    assert.ok(start >= 0, words);
    return [start, start + words.length];
  };

  it('every way the text names 7 November, and not 9 November', () => {
    const first = at('Nov. 7');
    const yesterday = at('yesterday');
    const second = at('Nov. 7', first[1]);
    const locations = referencesAt(doc, analysis, yesterday[0] + 1, true);
    assert.ok(locations);
    assert.deepEqual(
      locations.map((l) => [doc.offsetAt(l.range.start), doc.offsetAt(l.range.end)]),
      [first, yesterday, second],
    );
  });

  it('an empty document has no references', () => {
    const empty = TextDocument.create('file:///empty.txt', 'plaintext', 1, '');
    assert.equal(referencesAt(empty, new Analyzer().analyze(''), 0, true), null);
  });
});
