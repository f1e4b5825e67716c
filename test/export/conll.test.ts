// CoNLL-2003: IOB2 tags on the seed, sentences apart, and the tokens being exactly the text's
// non-space characters in order (the white space is what the format cannot carry).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toConll } from '../../server/src/export/conll';
import { HOSTILE, inputOf, ROOT, roundTripArticles } from './helpers';

const seed = readFileSync(join(ROOT, 'seeds/000_b25a24690d4f76d1.txt'), 'utf8');
const conll = (text: string, date?: string): string[] =>
  toConll(inputOf(text, 'article', date)).files[0].content.split('\n');

describe('export: CoNLL-2003', () => {
  it('tags people, organizations, places and nationalities in IOB2 and nothing else', () => {
    const lines = conll(seed);
    assert.deepEqual(lines.slice(0, 2), ['-DOCSTART- O', '']);
    const at = (token: string): number => lines.indexOf(token);
    assert.deepEqual(lines.slice(at('Colonel O'), at('Colonel O') + 4), [
      'Colonel O',
      'General O',
      'Ruslan B-PER',
      'Zhaksylykov I-PER',
    ]);
    assert.ok(lines.includes('Kazakh B-MISC'));
    assert.ok(lines.includes('ASTANA B-LOC'));
    const ministry = lines.indexOf('Ministry B-ORG');
    assert.deepEqual(lines.slice(ministry, ministry + 3), ['Ministry B-ORG', 'of I-ORG', 'Defense I-ORG']);
    // A date is O: CoNLL-2003 has no class for it.
    assert.ok(lines.includes('2024 O'));
  });

  it('starts a new name with B- even right after another of the same class', () => {
    const lines = conll('Kazakhstan, Türkiye and Azerbaijan signed.');
    assert.deepEqual(lines.slice(2, 7), [
      'Kazakhstan B-LOC',
      ', O',
      'Türkiye B-LOC',
      'and O',
      'Azerbaijan B-LOC',
    ]);
  });

  it('puts a blank line between sentences', () => {
    const lines = conll('Paris is calm. Berlin is not.');
    assert.deepEqual(lines.slice(2), [
      'Paris B-LOC',
      'is O',
      'calm O',
      '. O',
      '',
      'Berlin B-LOC',
      'is O',
      'not O',
      '. O',
      '',
    ]);
  });

  it('has tokens that are exactly the non-space characters of the text', () => {
    for (const doc of [...roundTripArticles(), { id: 'hostile', text: HOSTILE, articleDate: undefined }]) {
      const tokens = conll(doc.text, doc.articleDate)
        .slice(2)
        .filter((l) => l !== '')
        .map((l) => l.slice(0, l.lastIndexOf(' ')));
      assert.ok(
        tokens.every((t) => t.length > 0 && !/\s/.test(t)),
        doc.id,
      );
      assert.equal(tokens.join(''), doc.text.replace(/\s+/g, ''), doc.id);
    }
  });
});
