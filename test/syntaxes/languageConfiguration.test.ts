// The language configuration's word pattern, compiled the way VS Code compiles it (pattern and
// flags, plus the global flag), must keep accented, hyphenated and possessive names whole.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const config = JSON.parse(readFileSync(resolve('language-configuration.json'), 'utf8')) as {
  wordPattern: { pattern: string; flags: string };
  autoClosingPairs: { open: string; close: string }[];
  surroundingPairs: [string, string][];
};

function words(text: string): string[] {
  return text.match(new RegExp(config.wordPattern.pattern, `${config.wordPattern.flags}g`)) ?? [];
}

describe('language configuration', () => {
  it('keeps accented, hyphenated and possessive names whole', () => {
    assert.deepEqual(words('Army General Arif Çetin, the Commander-in-Chief'), [
      'Army',
      'General',
      'Arif',
      'Çetin',
      'the',
      'Commander-in-Chief',
    ]);
    assert.deepEqual(words("Zhaksylykov’s visit and Gergün's"), [
      'Zhaksylykov’s',
      'visit',
      'and',
      "Gergün's",
    ]);
    assert.deepEqual(words('TUSAŞ — Türkiye'), ['TUSAŞ', 'Türkiye']);
  });

  it('does not join words across dashes used as punctuation', () => {
    assert.deepEqual(words('ASTANA — Kazakhstan – Türkiye - x'), ['ASTANA', 'Kazakhstan', 'Türkiye', 'x']);
  });

  it('auto-closes and surrounds with curly quotes and guillemets', () => {
    const open = new Map(config.autoClosingPairs.map((p) => [p.open, p.close]));
    assert.equal(open.get('“'), '”');
    assert.equal(open.get('‘'), '’');
    assert.equal(open.get('«'), '»');
    assert.equal(open.has("'"), false, 'a straight apostrophe must not auto-close in prose');
    const surround = new Map(config.surroundingPairs.map(([a, b]) => [a, b]));
    assert.equal(surround.get('“'), '”');
    assert.equal(surround.get('«'), '»');
  });
});
