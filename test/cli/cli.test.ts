// Runs the bundled CLI (`node dist/cli.js`) as a real process, as a user would, and checks its
// output against the seed article's hand-made gold annotation.
import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleRecord } from '../../server/src/cli/record';
import { readGold } from '../helpers/gold';
import { CLI, ROOT, run, scratchDir, SEED } from './process';

const SEED_TEXT = readFileSync(join(ROOT, SEED), 'utf8');

const GOLD = readGold(join(ROOT, 'seeds/000_b25a24690d4f76d1.gold.json'));

function extract(args: string[], input?: string): ArticleRecord[] {
  const result = run(['extract', ...args], { input });
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout) as ArticleRecord[];
}

const has = (record: ArticleRecord, m: { start: number; end: number; type: string }): boolean =>
  record.mentions.some((x) => x.start === m.start && x.end === m.end && x.type === m.type);

describe('newsmark CLI (process)', () => {
  before(() => {
    assert.ok(readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n'), 'dist/cli.js needs its shebang');
  });

  it('extract: finds the header date and the dateline place of the seed', () => {
    const [record] = extract([SEED]);
    assert.equal(record.file, SEED);
    assert.equal(record.articleDate, '2023-11-08');
    const date = record.mentions.find((m) => m.start === 6 && m.end === 16);
    assert.deepEqual(date && { type: date.type, text: date.text, value: date.value }, {
      type: 'date',
      text: '2023-11-08',
      value: '2023-11-08',
    });
    assert.ok(has(record, { start: 17, end: 23, type: 'place' }), 'ASTANA (17–23) as a place');
    assert.deepEqual(record.dateline && [record.dateline.start, record.dateline.end, record.dateline.text], [
      17,
      23,
      'ASTANA',
    ]);
  });

  it('extract: every mention’s text is the UTF-16 slice of the article, in document order', () => {
    const [record] = extract([SEED]);
    for (const m of record.mentions) assert.equal(SEED_TEXT.slice(m.start, m.end), m.text);
    for (let i = 1; i < record.mentions.length; i++)
      assert.ok(record.mentions[i - 1].start <= record.mentions[i].start, 'sorted by start');
  });

  it('extract: every required gold mention of the seed is found with its exact span and type', () => {
    const [record] = extract([SEED]);
    const missing = GOLD.mentions
      .filter((g) => g.optional !== true)
      .filter((g) => !has(record, g))
      .map((g) => `${g.type} ${g.start}-${g.end} "${g.text}"`);
    assert.deepEqual(missing, [], `missing gold mentions:\n${missing.join('\n')}`);
  });

  it('extract: every gold date of the seed carries the gold TimeML value', () => {
    const [record] = extract([SEED]);
    const wrong = GOLD.mentions
      .filter((g) => g.type === 'date' && g.value !== undefined)
      .filter((g) => record.mentions.find((m) => m.start === g.start && m.end === g.end)?.value !== g.value)
      .map((g) => `"${g.text}" should be ${g.value}`);
    assert.deepEqual(wrong, []);
  });

  it('extract: UTF-16 offsets through a BOM, CRLF line ends and an emoji', () => {
    const body = 'date 2023-11-08\r\nASTANA — 🙂 Kazakhstan and Türkiye signed a plan on Nov. 7.\r\n';
    const [record] = extract(['-'], `\uFEFF${body}`);
    // The BOM is not part of the text (as in editors); the emoji counts as two units.
    assert.ok(has(record, { start: 5, end: 15, type: 'date' }), 'header date at 5–15');
    const at = body.indexOf('Kazakhstan');
    assert.ok(has(record, { start: at, end: at + 10, type: 'place' }), `Kazakhstan at ${at}`);
    for (const m of record.mentions) assert.equal(body.slice(m.start, m.end), m.text);
  });

  it('extract --format jsonl: one JSON object per line, one line per file', () => {
    const result = run(['extract', '--format', 'jsonl', SEED, SEED]);
    assert.equal(result.status, 0, result.stderr);
    const lines = result.stdout.split('\n').filter((l) => l !== '');
    assert.equal(lines.length, 2);
    for (const line of lines) {
      const record = JSON.parse(line) as ArticleRecord;
      assert.equal(record.file, SEED);
      assert.ok(Array.isArray(record.mentions) && Array.isArray(record.entities));
    }
    assert.ok(!result.stdout.startsWith('['), 'jsonl is not an array');
  });

  it('extract -: reads standard input and reports it as file "-"', () => {
    const [fromStdin] = extract(['-'], SEED_TEXT);
    const [fromFile] = extract([SEED]);
    assert.equal(fromStdin.file, '-');
    assert.deepEqual(fromStdin.mentions, fromFile.mentions);
  });

  it('extract --article-date: overrides the date written in the article', () => {
    const [record] = extract(['--article-date', '2024-01-02', SEED]);
    assert.equal(record.articleDate, '2024-01-02');
    const [undated] = extract(['--article-date=2021-05-04', '-'], 'PARIS — The talks ended.\n');
    assert.equal(undated.articleDate, '2021-05-04');
  });

  it('extract: a missing file is reported on stderr with a non-zero exit; other files still printed', () => {
    const result = run(['extract', 'no/such/article.txt', SEED]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /no\/such\/article\.txt: no such file/);
    const records = JSON.parse(result.stdout) as ArticleRecord[];
    assert.deepEqual(
      records.map((r) => r.file),
      [SEED],
    );
  });

  it('extract: a directory is searched for articles (.news, .txt, .md), other files left alone', () => {
    const result = run(['extract', 'seeds']);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(
      (JSON.parse(result.stdout) as ArticleRecord[]).map((r) => r.file),
      [SEED],
    );
  });

  it('extract: binary junk is analysed with a warning, empty input gives an empty record', () => {
    const dir = scratchDir('newsmark-cli-');
    const junk = join(dir, 'junk.bin');
    writeFileSync(junk, Buffer.from([0, 1, 2, 0xff, 0xfe, 0x41, 0x0a, 0x00, 0x9b]));
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const result = run(['extract', junk, empty]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /junk\.bin: is not valid UTF-8/);
    assert.match(result.stderr, /junk\.bin: does not look like text/);
    const records = JSON.parse(result.stdout) as ArticleRecord[];
    assert.equal(records.length, 2);
    assert.deepEqual(records[1].mentions, []);
  });

  it('a wrong command line exits with 2 and the usage', () => {
    for (const args of [['extract'], ['extract', '--article-date', '2023-02-30', SEED], ['frobnicate']]) {
      const result = run(args);
      assert.equal(result.status, 2, args.join(' '));
      assert.match(result.stderr, /Usage:/);
    }
  });

  it('--help and --version', () => {
    const help = run(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /newsmark extract/);
    const version = run(['--version']);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    assert.equal(version.stdout.trim(), pkg.version);
  });

  it('show: plain text marks mentions with [type: …] when not a terminal', () => {
    const result = run(['show', SEED]);
    assert.equal(result.status, 0, result.stderr);
    assert.ok(!result.stdout.includes('\u001b['), 'no ANSI escapes in a pipe');
    assert.ok(result.stdout.includes('date [date: 2023-11-08] [place: ASTANA] —'));
    assert.match(result.stdout, /^Dates \(\d+\)$/m);
  });

  it('show --color colours mentions; NO_COLOR turns colours off even with a TTY-less default', () => {
    const colored = run(['show', '--color', SEED], { env: { NO_COLOR: '1' } });
    assert.ok(colored.stdout.includes('\u001b[1;33m2023-11-08\u001b[0m'), 'the date in yellow');
    const plain = run(['show', SEED], { env: { NO_COLOR: '1' } });
    assert.ok(!plain.stdout.includes('\u001b['));
  });

  it('show: marks every gold person and lists each with the people', () => {
    const result = run(['show', SEED]);
    const people = result.stdout.slice(
      result.stdout.indexOf('People ('),
      result.stdout.indexOf('Organizations ('),
    );
    for (const person of GOLD.entities.filter((e) => e.type === 'person')) {
      assert.ok(result.stdout.includes(`[person: ${person.name}]`), `${person.name} marked in the text`);
      assert.ok(people.includes(person.name), `${person.name} in the summary`);
    }
  });

  it('extract --lexicon: the user’s entries win, broken ones are skipped with a warning', () => {
    const dir = scratchDir('newsmark-lexicon-');
    const file = join(dir, 'lexicon.json');
    writeFileSync(
      file,
      JSON.stringify([
        { name: 'Anitkabyr', type: 'place', country: 'Türkiye' },
        { name: 'Ataturk', type: 'person' },
        { name: '', type: 'place' },
      ]),
    );
    const result = run(['extract', '--format', 'jsonl', '--lexicon', file, SEED]);
    assert.equal(result.status, 0, result.stderr);
    const record = JSON.parse(result.stdout) as ArticleRecord;
    const found = record.mentions.map((m) => `${m.type}:${m.text}`);
    assert.ok(found.includes('place:Anitkabyr'), JSON.stringify(found));
    assert.ok(found.includes('person:Ataturk'), JSON.stringify(found));
    assert.match(result.stderr, /1 user lexicon entry was ignored/);
  });

  it('extract --lexicon: a file that is not JSON is refused with a clear message and exit 2', () => {
    const dir = scratchDir('newsmark-lexicon-');
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{"name": "Anitkabyr"');
    const result = run(['extract', '--lexicon', file, SEED]);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /--lexicon .*broken\.json: not valid JSON/);
    assert.equal(result.stdout, '');
  });
});
