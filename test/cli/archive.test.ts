// The command line on archives: extract's line, column, context and "found as", --types, files
// of several articles, `summary`, and --jobs giving exactly what one thread gives.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleRecord } from '../../server/src/cli/record';
import type { SummaryJson } from '../../server/src/cli/summary';
import { run, scratchDir, SEED } from './process';

const TWO_ARTICLES =
  'date 2024-01-02\nPARIS — The talks ended yesterday.\n\ndate 2024-03-05\nBERLIN — The talks resumed yesterday.\n';

function extract(args: string[]): ArticleRecord[] {
  const result = run(['extract', ...args]);
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout) as ArticleRecord[];
}

/** A small archive written for these tests: two dated stories and an undated note. */
function archive(): string {
  const dir = scratchDir('newsmark-summary-');
  writeFileSync(join(dir, 'a.txt'), 'date 2024-01-02\nPARIS — Emmanuel Macron met Olaf Scholz on Monday.\n');
  writeFileSync(
    join(dir, 'b.news'),
    'date 2024-02-03\nBERLIN — Olaf Scholz spoke to reporters. Scholz left for Paris.\n',
  );
  writeFileSync(join(dir, 'c.md'), 'NATO ministers met in Brussels.\n');
  return dir;
}

describe('cli: archives', () => {
  it('extract: gives each mention its line, column, context and how it was found', () => {
    const [record] = extract([SEED]);
    const nov7 = record.mentions.find((m) => m.text === 'Nov. 7');
    assert.deepEqual(
      { line: nov7?.line, column: nov7?.column, source: nov7?.source, foundAs: nov7?.foundAs },
      { line: 1, column: 244, source: 'dates', foundAs: 'Found as a date' },
    );
    assert.equal(
      nov7?.context,
      '…eneral Ruslan Zhaksylykov, to Ankara on Nov. 7, the ministry’s press service reported.',
    );
    const astana = record.mentions.find((m) => m.text === 'ASTANA');
    assert.equal(astana?.foundAs, 'Read from the dateline');
    const later = record.mentions.find((m) => m.text === 'Zhaksylykov' && m.start > 289);
    assert.deepEqual([later?.line, later?.column], [3, 1]);
  });

  it('extract --types: only the types asked for, mentions and entities alike', () => {
    const [record] = extract(['--types', 'person,organization', SEED]);
    assert.deepEqual([...new Set(record.mentions.map((m) => m.type))].sort(), ['organization', 'person']);
    assert.deepEqual([...new Set(record.entities.map((e) => e.type))].sort(), ['organization', 'person']);
    const bad = run(['extract', '--types', 'person,weapon', SEED]);
    assert.equal(bad.status, 2);
    assert.match(
      bad.stderr,
      /--types takes a comma-separated list of person, organization, place, date, rank, title, nationality; not "weapon"/,
    );
  });

  it('extract: a file of several articles gives a record each, dated by its own header, offsets the file’s', () => {
    const dir = scratchDir('newsmark-several-');
    const file = join(dir, 'archive.news');
    writeFileSync(file, TWO_ARTICLES);
    const records = extract([file]);
    assert.deepEqual(
      records.map((r) => [r.file, r.articleDate, r.article]),
      [
        [file, '2024-01-02', { index: 1, count: 2, start: 0 }],
        [file, '2024-03-05', { index: 2, count: 2, start: 52 }],
      ],
    );
    const yesterdays = records.map((r) => r.mentions.find((m) => m.text === 'yesterday'));
    assert.deepEqual(
      yesterdays.map((m) => [m?.value, TWO_ARTICLES.slice(m?.start, m?.end), m?.line]),
      [
        ['2024-01-01', 'yesterday', 2],
        ['2024-03-04', 'yesterday', 5],
      ],
    );
  });

  it('show: heads each article of a file with its place', () => {
    const dir = scratchDir('newsmark-several-');
    const file = join(dir, 'archive.news');
    writeFileSync(file, TWO_ARTICLES);
    const result = run(['show', '--no-color', file]);
    assert.equal(result.status, 0, result.stderr);
    assert.ok(result.stdout.startsWith(`==> ${file} (article 1 of 2) <==\n`));
    assert.ok(result.stdout.includes(`==> ${file} (article 2 of 2) <==\n`));
  });

  it('summary: people, organizations and places with their article counts, the date range, totals', () => {
    const dir = archive();
    const result = run(['summary', '--format', 'json', dir]);
    assert.equal(result.status, 0, result.stderr);
    const summary = JSON.parse(result.stdout) as SummaryJson;
    assert.deepEqual(
      {
        files: summary.files,
        articles: summary.articles,
        undated: summary.undated,
        range: summary.dateRange,
      },
      { files: 3, articles: 3, undated: 1, range: { first: '2024-01-02', last: '2024-02-03' } },
    );
    assert.deepEqual(summary.people, [
      { name: 'Olaf Scholz', articles: 2, mentions: 3 },
      { name: 'Emmanuel Macron', articles: 1, mentions: 1 },
    ]);
    assert.deepEqual(
      summary.places.map((p) => [p.name, p.articles]),
      [
        ['Paris', 2],
        ['Berlin', 1],
        ['Brussels', 1],
      ],
    );
    // An organization by its full name, as the gazetteer expands "NATO".
    assert.deepEqual(summary.organizations, [
      { name: 'North Atlantic Treaty Organization', articles: 1, mentions: 1 },
    ]);
    assert.equal(summary.totals.person, 4);
    assert.equal(summary.totals.date, 3);
  });

  it('summary: a table for people and CSV for spreadsheets', () => {
    const dir = archive();
    const table = run(['summary', dir]);
    assert.equal(table.status, 0, table.stderr);
    const lines = table.stdout.split('\n');
    assert.equal(lines[0], '3 articles in 3 files, dated 2024-01-02 to 2024-02-03 (1 undated)');
    assert.ok(lines.includes('People (2)'));
    assert.ok(lines.includes('         2         3  Olaf Scholz'));
    const csv = run(['summary', '--format=csv', dir]);
    assert.equal(csv.status, 0, csv.stderr);
    assert.ok(csv.stdout.startsWith('type,name,articles,mentions\r\nperson,Olaf Scholz,2,3\r\n'));
    assert.equal(run(['summary', '--format', 'xml', dir]).status, 2);
  });

  it('--jobs 2 prints exactly what one thread prints, bad files told in their place', () => {
    const dir = scratchDir('newsmark-jobs-');
    const seed = readFileSync(SEED, 'utf8');
    for (let i = 0; i < 6; i++)
      writeFileSync(join(dir, `story-${i}.txt`), i === 3 ? TWO_ARTICLES : seed.slice(i * 50));
    writeFileSync(join(dir, 'broken.txt'), Buffer.from([0xff, 0xfe, 0x00, 0x41]));
    const args = ['--format', 'jsonl', dir, 'no/such.txt', SEED];
    const one = run(['extract', ...args]);
    const two = run(['extract', '--jobs', '2', ...args]);
    assert.equal(one.status, 1);
    assert.equal(two.status, 1);
    assert.equal(two.stdout, one.stdout);
    assert.equal(two.stderr, one.stderr);
    assert.equal(one.stdout.trimEnd().split('\n').length, 9); // 7 files + one holding two articles
    assert.match(one.stderr, /broken\.txt: is not valid UTF-8/);
    assert.match(one.stderr, /no\/such\.txt: no such file/);
    const out1 = scratchDir('newsmark-j1-');
    const out2 = scratchDir('newsmark-j2-');
    assert.equal(run(['export', '--format', 'brat', '--out', out1, dir]).status, 0);
    assert.equal(run(['export', '--format', 'brat', '--jobs=2', '--out', out2, dir]).status, 0);
    const files = readdirSync(out1).sort();
    assert.deepEqual(readdirSync(out2).sort(), files);
    for (const f of files)
      assert.equal(readFileSync(join(out2, f), 'utf8'), readFileSync(join(out1, f), 'utf8'), f);
    assert.equal(run(['extract', '--jobs', '0', SEED]).status, 2);
  });
});
