// The TextMate grammar, run by the real engine VS Code uses (vscode-textmate + Oniguruma WASM),
// on the seed article and on short lines written for each rule.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const GRAMMAR_PATH = resolve('syntaxes/news.tmLanguage.json');
const SEED = readFileSync(resolve('seeds/000_b25a24690d4f76d1.txt'), 'utf8');

interface Token {
  text: string;
  scopes: string[];
}

let grammar: textmate.IGrammar;

async function loadGrammar(): Promise<textmate.IGrammar> {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) => {
      if (scopeName !== 'text.news') return null;
      return textmate.parseRawGrammar(readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH);
    },
  });
  const loaded = await registry.loadGrammar('text.news');
  if (!loaded) throw new Error('the grammar text.news did not load');
  return loaded;
}

/** Tokenizes a whole document line by line, carrying the rule stack like the editor does. */
function tokenize(text: string): Token[][] {
  let stack = textmate.INITIAL;
  return text.split(/\r?\n/).map((line) => {
    const result = grammar.tokenizeLine(line, stack);
    stack = result.ruleStack;
    return result.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

/** The scopes of the token whose text is exactly `text` (the n-th such token in the document). */
function scopesOf(lines: Token[][], text: string, nth = 0): string[] {
  const found = lines.flat().filter((t) => t.text === text)[nth];
  if (!found)
    throw new Error(`no token "${text}" #${nth}; tokens: ${JSON.stringify(lines.flat().map((t) => t.text))}`);
  return found.scopes;
}

function assertScope(scopes: string[], expected: string): void {
  assert.ok(scopes.includes(expected), `expected ${expected} in ${JSON.stringify(scopes)}`);
}

describe('TextMate grammar text.news', () => {
  before(async () => {
    grammar = await loadGrammar();
  });

  describe('on the seed article', () => {
    let lines: Token[][];
    before(() => {
      lines = tokenize(SEED);
    });

    it('marks the header keyword "date" and the ISO date', () => {
      assertScope(scopesOf(lines, 'date'), 'keyword.other.date.header.news');
      assertScope(scopesOf(lines, '2023-11-08'), 'constant.numeric.date.iso.news');
      assert.equal(scopesOf(lines, 'date')[0], 'text.news');
    });

    it('marks the dateline place ASTANA and its dash', () => {
      assertScope(scopesOf(lines, 'ASTANA'), 'entity.name.section.dateline.news');
      assertScope(scopesOf(lines, 'ASTANA'), 'meta.dateline.news');
      assertScope(scopesOf(lines, '—'), 'punctuation.separator.dash.dateline.news');
    });

    it('marks the numbers 2024 and 7 (in "Nov. 7")', () => {
      assertScope(scopesOf(lines, '2024'), 'meta.number.news');
      assertScope(scopesOf(lines, '7'), 'meta.number.news');
    });

    it('leaves ordinary words unscoped (only text.news)', () => {
      const plain = lines.flat().filter((t) => /Kazakhstan and/.test(t.text));
      assert.ok(plain.length > 0);
      for (const t of plain) assert.deepEqual(t.scopes, ['text.news']);
    });

    it('does not take mixed-case words followed by a dash for a dateline', () => {
      // "Turkish Aerospace Industries – TUSAŞ …" in the last paragraph has an en dash mid-line.
      const last = lines[lines.length - 1].length ? lines[lines.length - 1] : lines[lines.length - 2];
      for (const t of last)
        assert.ok(!t.scopes.some((s) => s.startsWith('meta.dateline')), JSON.stringify(t));
    });
  });

  describe('on lines written for each rule', () => {
    it('marks straight, curly and guillemet quotations, and apostrophes inside them', () => {
      const lines = tokenize('He said "we agree" and “we will”, ‘don’t’ and «oui» too.');
      assertScope(scopesOf(lines, 'we agree'), 'meta.quote.double.news');
      assertScope(scopesOf(lines, 'we will'), 'meta.quote.double.curly.news');
      assertScope(scopesOf(lines, 'don’t'), 'meta.quote.single.curly.news');
      assertScope(scopesOf(lines, 'oui'), 'meta.quote.guillemets.news');
      assertScope(scopesOf(lines, '”'), 'punctuation.definition.quote.end.news');
      assert.deepEqual(scopesOf(lines, ' too.'), ['text.news']);
    });

    it('ends an unclosed quotation at the end of its line', () => {
      const lines = tokenize('He said “this never closes\nNext paragraph.');
      assert.deepEqual(
        lines[1].map((t) => t.scopes),
        [['text.news']],
      );
    });

    it('marks a malformed header date as invalid', () => {
      const lines = tokenize('date 2023-13-4x\nBody.');
      assertScope(scopesOf(lines, '2023-13-4x'), 'invalid.illegal.date.news');
    });

    it('marks "date" only on the first line', () => {
      const lines = tokenize('Title\ndate 2023-11-08\n');
      assert.deepEqual(scopesOf(lines, 'date 2023-11-08'.slice(0, 5)), ['text.news']);
    });

    it('marks a dateline with country and agency', () => {
      const lines = tokenize(
        'Title line\nNEW YORK, United States (Reuters) — Markets rose 2.5% and 1,200 jobs.',
      );
      assertScope(scopesOf(lines, 'NEW YORK'), 'entity.name.section.dateline.news');
      assertScope(scopesOf(lines, 'United States'), 'entity.name.section.dateline.country.news');
      assertScope(scopesOf(lines, 'Reuters'), 'support.class.agency.news');
      assertScope(scopesOf(lines, '2.5%'), 'meta.number.news');
      assertScope(scopesOf(lines, '1,200'), 'meta.number.news');
    });

    it('gives quotations and plain numbers no string or numeric scope, which themes colour like places and dates', () => {
      const lines = tokenize('He said “2+2 is 4” and 9 people agreed on 2023-11-08.');
      for (const t of lines.flat()) {
        if (t.text.includes('2023-11-08')) continue;
        assert.ok(
          !t.scopes.some((s) => s.startsWith('string') || s.startsWith('constant.numeric')),
          JSON.stringify(t),
        );
      }
      assertScope(scopesOf(lines, '9'), 'meta.number.news');
      assertScope(scopesOf(lines, '2023-11-08'), 'constant.numeric.date.iso.news');
    });

    it('does not mark digits inside words (F-16, A400M) as numbers', () => {
      const lines = tokenize('The F-16 and A400M flew.');
      for (const t of lines.flat()) assert.ok(!t.scopes.includes('meta.number.news'), JSON.stringify(t));
    });

    it('marks the date in YAML front matter', () => {
      const lines = tokenize('---\ntitle: Visit\ndate: 2023-11-08\n---\nBody 12.');
      assertScope(scopesOf(lines, 'date'), 'keyword.other.date.header.news');
      assertScope(scopesOf(lines, '2023-11-08'), 'constant.numeric.date.iso.news');
      assertScope(scopesOf(lines, '12'), 'meta.number.news');
    });
  });
});
