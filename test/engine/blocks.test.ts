// Block splitting: the same blocks as the first (quadratic) implementation, kept below as the
// oracle, on the development articles and on generated text with long lines; linear growth on
// single lines of 5, 10 and 20 MB.
import * as assert from 'node:assert/strict';
import { findRepoRoot, loadDev } from '../../scripts/eval/corpus';
import { MAX_BLOCK_LENGTH, isWhiteSpace, splitBlocks, type Block } from '../../server/src/engine/text/blocks';
import { LINE_KINDS, assertLinearOnHugeLines, hugeLines } from '../helpers/growth';
import { seededRandom } from '../helpers/random';

/** The implementation before the linear one: `lastIndexOf` may scan back to the text's start. */
function oracleSplitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const re = /\r?\n[ \t]*(?:\r?\n[ \t]*)+/g;
  let from = 0;
  const push = (start: number, end: number): void => {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end <= start) return;
    if (end - start <= MAX_BLOCK_LENGTH) {
      blocks.push({ start, end, text: text.slice(start, end) });
      return;
    }
    let cut = text.lastIndexOf('\n', start + MAX_BLOCK_LENGTH);
    if (cut <= start) cut = text.lastIndexOf(' ', start + MAX_BLOCK_LENGTH);
    if (cut <= start) cut = start + MAX_BLOCK_LENGTH;
    const code = text.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut++;
    push(start, cut);
    push(cut, end);
  };
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return blocks;
}

/** What must hold for any text: ordered, trimmed, within the limit, no pair split, nothing lost. */
function checkBlocks(text: string, blocks: Block[]): void {
  let covered = 0;
  for (const b of blocks) {
    assert.ok(b.start >= covered && b.start < b.end && b.end <= text.length, `block ${b.start}–${b.end}`);
    assert.equal(b.text, text.slice(b.start, b.end));
    assert.ok(b.end - b.start <= MAX_BLOCK_LENGTH + 1, `block of ${b.end - b.start} characters`);
    assert.ok(!/^\s|\s$/.test(b.text), `block ${b.start}–${b.end} is not trimmed`);
    const before = text.charCodeAt(b.start - 1);
    const first = text.charCodeAt(b.start);
    const splitPair = before >= 0xd800 && before <= 0xdbff && first >= 0xdc00 && first <= 0xdfff;
    assert.ok(!splitPair, `block ${b.start}–${b.end} starts inside a surrogate pair`);
    assert.ok(/\S/.test(text.slice(covered, b.start)) === false, `text lost before ${b.start}`);
    covered = b.end;
  }
  assert.ok(!/\S/.test(text.slice(covered)), 'text lost at the end');
}

/** The new blocks equal the oracle's; where the oracle overflows its stack, the invariants hold. */
function compareWithOracle(text: string, what: string): 'same' | 'oracle failed' {
  let expected: Block[];
  try {
    expected = oracleSplitBlocks(text);
  } catch (error) {
    // The oracle recursed forever when a hard cut fell inside a surrogate pair.
    assert.ok(error instanceof RangeError, `${what}: oracle threw ${error}`);
    checkBlocks(text, splitBlocks(text));
    return 'oracle failed';
  }
  const actual = splitBlocks(text);
  assert.deepEqual(actual, expected, what);
  checkBlocks(text, actual);
  return 'same';
}

const PIECES = [
  ' ',
  ' ',
  ' ',
  '\n',
  '\r\n',
  '\n\n',
  '\n \t\n',
  '\r\n\r\n',
  '\t',
  '\u00a0',
  '\u2028',
  '\ud83d\ude00',
  '\ud83d',
  '\ude00',
  '.',
  ', ',
];

/** Generated text: words, separators, emoji, lone surrogates and long runs with no break at all. */
function randomText(random: () => number, length: number, separators: boolean): string {
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    const roll = random();
    let part: string;
    if (roll < 0.02) part = 'x'.repeat(3000 + Math.floor(random() * 6000));
    else if (roll < 0.03) part = ' '.repeat(1 + Math.floor(random() * 5000));
    else if (roll < 0.032) part = '\ud83d\ude00'.repeat(1000 + Math.floor(random() * 3000));
    else if (roll < 0.5 || !separators) {
      const letters = 1 + Math.floor(random() * 12);
      part = '';
      for (let i = 0; i < letters; i++) part += String.fromCharCode(97 + Math.floor(random() * 26));
      if (!separators && random() < 0.1) part += PIECES[11 + Math.floor(random() * 3)];
    } else part = PIECES[Math.floor(random() * PIECES.length)];
    parts.push(part);
    size += part.length;
  }
  return parts.join('');
}

describe('engine: block splitting', function () {
  this.timeout(120_000);

  it('treats the same code units as white space as /\\s/', () => {
    for (let code = 0; code <= 0xffff; code++)
      assert.equal(isWhiteSpace(code), /\s/.test(String.fromCharCode(code)), `U+${code.toString(16)}`);
  });

  it('cuts a long paragraph at its last line break, else its last space, else hard', () => {
    const lines = `${'a'.repeat(3000)}\n${'b'.repeat(2000)}`;
    assert.deepEqual(
      splitBlocks(lines).map((b) => [b.start, b.end]),
      [
        [0, 3000],
        [3001, 5001],
      ],
    );
    const words = `${'a'.repeat(2500)} ${'b'.repeat(1000)} ${'c'.repeat(1000)}`;
    assert.deepEqual(
      splitBlocks(words).map((b) => [b.start, b.end]),
      [
        [0, 3501],
        [3502, 4502],
      ],
    );
    assert.deepEqual(
      splitBlocks('z'.repeat(9000)).map((b) => [b.start, b.end]),
      [
        [0, 4000],
        [4000, 8000],
        [8000, 9000],
      ],
    );
  });

  it('keeps a surrogate pair whole at a hard cut (the old recursion overflowed there)', () => {
    const text = `y${'\ud83d\ude00'.repeat(3000)}`;
    assert.equal(compareWithOracle(text, 'emoji after one letter'), 'oracle failed');
    assert.deepEqual(
      splitBlocks(text).map((b) => [b.start, b.end]),
      [
        [0, 4001],
        [4001, 6001],
      ],
    );
  });

  it('gives the old blocks on every development article, alone and run together', () => {
    const docs = loadDev(findRepoRoot(__dirname));
    assert.ok(docs.length > 100, `${docs.length} development articles`);
    for (const doc of docs) compareWithOracle(doc.text, doc.id);
    // Run together into paragraphs far over the limit: once keeping line breaks, once only spaces.
    for (let i = 0; i < docs.length; i += 12) {
      const text = docs
        .slice(i, i + 12)
        .map((d) => d.text)
        .join('\n');
      compareWithOracle(text.replace(/\n\s*\n/g, '\n'), `articles ${i}+ with line breaks`);
      compareWithOracle(text.replace(/\s+/g, ' '), `articles ${i}+ on one line`);
    }
  });

  it('gives the old blocks on generated text with long lines, with and without spaces', () => {
    const random = seededRandom(11);
    const outcomes = { same: 0, 'oracle failed': 0 };
    for (let i = 0; i < 300; i++) {
      const length = Math.floor(random() * (i % 10 === 0 ? 60_000 : 12_000));
      const separators = i % 3 !== 0;
      outcomes[compareWithOracle(randomText(random, length, separators), `case ${i}`)]++;
    }
    // Most cases must be real comparisons, not just the invariants of the oracle's failures.
    assert.ok(outcomes.same > 200, JSON.stringify(outcomes));
  });

  for (const { kind, unit } of LINE_KINDS) {
    it(`grows linearly on a single line ${kind} (5, 10, 20 MB)`, () => {
      const lines = hugeLines(unit);
      assertLinearOnHugeLines(lines, (line) => splitBlocks(line));
      assert.equal(splitBlocks(lines[2]).length, Math.ceil(lines[2].length / MAX_BLOCK_LENGTH));
    });
  }
});
