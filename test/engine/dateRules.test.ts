// Date rules with an anchor word are searched line by line from the anchor's line
// (dateReading.ts, forEachMatch). That must find exactly the matches a plain global search from
// the start finds; both are run here over the seed, every development article and random text
// made of date words, spaces and line breaks, for every rule that has an anchor.
import * as assert from 'node:assert/strict';
import { RULES } from '../../server/src/engine/recognizers/dates';
import { asciiLower, forEachMatch, type Rule } from '../../server/src/engine/recognizers/dates/reading';
import { findRepoRoot, loadDev, loadSeed } from '../../scripts/eval/corpus';
import { seededRandom } from '../helpers/random';

type Found = [number, string][];

function byPlainSearch(rule: Rule, text: string): Found {
  const found: Found = [];
  const re = new RegExp(rule.re.source, rule.re.flags);
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    found.push([m.index, m[0]]);
    if (m[0].length === 0) re.lastIndex++;
  }
  return found;
}

function byRule(rule: Rule, text: string): Found {
  const found: Found = [];
  forEachMatch(rule, text, (m) => found.push([m.index, m[0]]));
  return found;
}

const PIECES = [
  ...'March|MARCH|May|June|Monday|TUESDAY|Sunday|day|today|tonight|yesterday|tomorrow|week|weekend'.split(
    '|',
  ),
  ...'month|year|decade|spring|fall|winter|summer|morning|night|the|same|that|this|last|next|past'.split('|'),
  ...'coming|earlier|later|early|late|of|2023|7|holiday|Mayday|a'.split('|'),
  ...'1990s|’80s|80s|0s|sixties|Thirties|authorities|afternoon|evening|mid'.split('|'),
  ' ',
  ' ',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '\r',
  '\u2028',
  '\u00a0',
  ',',
  '.',
  '-',
  'é',
  '\u{1d400}',
];

describe('engine: date rules searched from their anchor words', function () {
  this.timeout(60000);
  const anchored = RULES.filter((r) => r.speed?.anchor !== undefined);

  it('has anchored rules, each anchor a global pattern', () => {
    assert.ok(anchored.length >= 5, `${anchored.length} anchored rules`);
    for (const rule of anchored) assert.ok(rule.speed?.anchor?.global, rule.re.source);
  });

  it('finds the matches of a plain search on the seed and every development article', () => {
    const root = findRepoRoot(__dirname);
    for (const d of [...loadSeed(root), ...loadDev(root)]) {
      for (const rule of anchored) {
        const text = rule.speed?.lower ? asciiLower(d.text) : d.text;
        assert.deepEqual(byRule(rule, text), byPlainSearch(rule, text), `${d.id}: ${rule.re.source}`);
      }
    }
  });

  it('finds the matches of a plain search on random date words and line breaks', () => {
    const next = seededRandom(1128);
    let matched = 0;
    for (let n = 0; n < 4000; n++) {
      let text = '';
      while (text.length < 80) text += PIECES[Math.floor(next() * PIECES.length)];
      for (const rule of anchored) {
        const input = rule.speed?.lower ? asciiLower(text) : text;
        const expected = byPlainSearch(rule, input);
        matched += expected.length;
        assert.deepEqual(byRule(rule, input), expected, `${JSON.stringify(input)}: ${rule.re.source}`);
      }
    }
    assert.ok(matched > 1000, `only ${matched} matches: the random texts do not exercise the rules`);
  });
});
