// `newsmark export` as a user runs it: files and folders in, one file per article and format out,
// valid where a schema says what valid is, never over an input, and the failures of one input
// told while the others are written.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validate } from '../export/helpers';
import { run, scratchDir, SEED } from './process';

const SEED_NAME = '000_b25a24690d4f76d1';
const TWO_ARTICLES =
  'date 2024-01-02\nPARIS — The talks ended yesterday.\n\ndate 2024-03-05\nBERLIN — The talks resumed yesterday.\n';

/** Every file under `dir`, relative, sorted. */
function tree(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? tree(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
    )
    .sort();
}

describe('cli: export', () => {
  it('writes a valid NITF file named after the article', () => {
    const out = scratchDir('newsmark-export-');
    const result = run(['export', '--format', 'nitf', '--out', out, SEED]);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout, '');
    const xml = readFileSync(join(out, `${SEED_NAME}.nitf.xml`), 'utf8');
    assert.ok(xml.includes('<person value="Ruslan Zhaksylykov">Ruslan Zhaksylykov</person>'));
    assert.equal(validate('nitf-3-6.xsd', [{ name: 'seed', xml }]), '');
  });

  it('searches folders recursively for .news, .txt and .md, keeping their layout under --out', () => {
    const dir = scratchDir('newsmark-archive-');
    mkdirSync(join(dir, 'jan'));
    mkdirSync(join(dir, 'feb'));
    mkdirSync(join(dir, '.cache'));
    writeFileSync(join(dir, 'jan', 'story.txt'), 'PARIS — Emmanuel Macron spoke.\n');
    writeFileSync(join(dir, 'feb', 'story.news'), 'date 2024-02-01\nBERLIN — Olaf Scholz spoke.\n');
    writeFileSync(join(dir, 'feb', 'notes.md'), '# Notes\n\nNATO met in Brussels.\n');
    writeFileSync(join(dir, 'feb', 'data.json'), '{}');
    writeFileSync(join(dir, '.cache', 'old.txt'), 'skipped');
    const out = scratchDir('newsmark-brat-');
    const result = run(['export', '--format=brat', `--out=${out}`, dir]);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(tree(out), [
      'annotation.conf',
      'feb/notes.ann',
      'feb/notes.txt',
      'feb/story.ann',
      'feb/story.txt',
      'jan/story.ann',
      'jan/story.txt',
    ]);
    assert.match(readFileSync(join(out, 'feb', 'story.ann'), 'utf8'), /\tPlace 16 22\tBERLIN\n/);
  });

  it('matches a quoted pattern the shell did not expand', () => {
    const dir = scratchDir('newsmark-glob-');
    mkdirSync(join(dir, 'a', 'b'), { recursive: true });
    writeFileSync(join(dir, 'a', 'b', 'one.txt'), 'Paris.\n');
    writeFileSync(join(dir, 'a', 'two.txt'), 'Berlin.\n');
    writeFileSync(join(dir, 'a', 'three.md'), 'Rome.\n');
    const result = run(['export', '--format', 'csv', '--out', '-', `${dir}/**/*.txt`]);
    assert.equal(result.status, 0, result.stderr);
    const files = result.stdout
      .split('\r\n')
      .slice(1, -1)
      .map((row) => row.split(',')[0]);
    assert.deepEqual(files, [join(dir, 'a', 'b', 'one.txt'), join(dir, 'a', 'two.txt')]);
  });

  it('writes CSV for many files to standard output under one header', () => {
    const result = run(['export', '--format', 'csv', '--out', '-', SEED, SEED]);
    assert.equal(result.status, 0, result.stderr);
    const rows = result.stdout.split('\r\n');
    assert.equal(rows.filter((r) => r.startsWith('file,line,column')).length, 1);
    assert.equal(
      rows.filter((r) => r.startsWith(`${SEED},1,211,210,228,person,Ruslan Zhaksylykov,`)).length,
      2,
    );
  });

  it('refuses many XML documents on standard output, and an unknown format, as a wrong command line', () => {
    const many = run(['export', '--format', 'nitf', '--out', '-', SEED, SEED]);
    assert.equal(many.status, 2);
    assert.match(many.stderr, /--out - holds one article in this format, and 2 files are given/);
    const unknown = run(['export', '--format', 'docx', SEED]);
    assert.equal(unknown.status, 2);
    assert.match(
      unknown.stderr,
      /--format of "export" must be one of nitf, jsonld, timeml, brat, conll, csv, not "docx"/,
    );
    const missing = run(['export', SEED]);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /"export" needs --format/);
  });

  it('never writes over an input: brat beside its own .txt is refused for that file', () => {
    const dir = scratchDir('newsmark-inplace-');
    const article = join(dir, 'story.txt');
    writeFileSync(article, 'PARIS — Emmanuel Macron spoke.\n');
    const result = run(['export', '--format', 'brat', '--out', dir, article]);
    assert.equal(result.status, 1);
    assert.match(
      result.stderr,
      /story\.txt: would write over the input .*story\.txt; choose another --out folder/,
    );
    assert.equal(readFileSync(article, 'utf8'), 'PARIS — Emmanuel Macron spoke.\n');
    assert.ok(!existsSync(join(dir, 'story.ann')));
  });

  it('dates each article of a file by its own header', () => {
    const dir = scratchDir('newsmark-two-');
    const file = join(dir, 'archive.news');
    writeFileSync(file, TWO_ARTICLES);
    const out = scratchDir('newsmark-tml-');
    const result = run(['export', '--format', 'timeml', '--out', out, file]);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(tree(out), ['archive-1.tml', 'archive-2.tml']);
    const first = readFileSync(join(out, 'archive-1.tml'), 'utf8');
    const second = readFileSync(join(out, 'archive-2.tml'), 'utf8');
    assert.match(first, /functionInDocument="CREATION_TIME">2024-01-02</);
    assert.match(first, /value="2024-01-01"[^>]*>yesterday</);
    assert.match(second, /functionInDocument="CREATION_TIME">2024-03-05</);
    assert.match(second, /value="2024-03-04"[^>]*>yesterday</);
    assert.ok(!first.includes('BERLIN') && second.includes('BERLIN'));
  });

  it('reports what cannot be read and still writes the rest, with exit code 1', () => {
    const dir = scratchDir('newsmark-mixed-');
    const empty = join(dir, 'nothing-here');
    mkdirSync(empty);
    const out = scratchDir('newsmark-out-');
    const result = run(['export', '--format', 'jsonld', '--out', out, 'no/such.txt', empty, SEED]);
    assert.equal(result.status, 1);
    assert.deepEqual(result.stderr.trimEnd().split('\n'), [
      'newsmark: no/such.txt: no such file',
      `newsmark: ${empty}: holds no article (.news, .txt, .md files), searched recursively`,
    ]);
    assert.deepEqual(tree(out), [`${SEED_NAME}.jsonld`]);
  });
});
