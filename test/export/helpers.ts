// What the export tests share: the engine on a text, the articles to round-trip (the seed and the
// development set, which must be there), hostile text, and xmllint (Debian's libxml2-utils), which
// must be installed: a missing validator fails the tests, it never skips them.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findRepoRoot, loadDev, loadSeed } from '../../scripts/eval/corpus';
import { Analyzer } from '../../server/src/engine/pipeline';
import type { ExportInput } from '../../server/src/export/types';

export const ROOT = findRepoRoot(__dirname);
/** The schemas, copied into the repository (test/fixtures/standards/NOTICE.md). */
export const STANDARDS = join(ROOT, 'test', 'fixtures', 'standards');

const analyzer = new Analyzer();

export function inputOf(text: string, name = 'article', articleDate?: string): ExportInput {
  return { text, analysis: analyzer.analyze(text, { articleDate }), name };
}

/** The seed and the 144 development articles; loadDev throws, naming the folder, when they are absent. */
export function roundTripArticles(): { id: string; text: string; articleDate?: string }[] {
  const docs = [...loadSeed(ROOT), ...loadDev(ROOT)];
  if (docs.length < 145)
    throw new Error(`expected the seed and 144 development articles, found ${docs.length}`);
  return docs;
}

/** Written for these tests: every character XML and CSV must escape, around real mentions. */
export const HOSTILE =
  'date 2023-11-08\n\nWASHINGTON — Senator John Miller said "A < B & C > D" on Monday, then ]]> and \'quotes\', commas, and\r\nlines.\n\n' +
  'Miller met Colonel Anna Berg of the Ministry of Defense, <b>not</b> &amp; a tag.\n';

/** Runs xmllint; throws when it is not installed. */
export function xmllint(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('xmllint', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error)
    throw new Error(
      `xmllint could not run (${result.error.message}): install Debian's libxml2-utils ` +
        '(apt-get install libxml2-utils, as .ci/run does); the export tests validate with it and never skip',
    );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Writes `documents` to a scratch folder and runs xmllint once on them all with `args` before the files. */
function onFiles<T>(documents: { name: string; xml: string }[], run: (files: string[]) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'newsmark-xml-'));
  try {
    const files = documents.map((d, i) => {
      const file = join(dir, `${i}-${d.name.replace(/[^\w.-]/g, '_')}.xml`);
      writeFileSync(file, d.xml);
      return file;
    });
    return run(files);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Validates `documents` against `schema` in one xmllint run: '' when all are valid, else its errors. */
export function validate(schema: string, documents: { name: string; xml: string }[]): string {
  return onFiles(documents, (files) => {
    const result = xmllint(['--noout', '--schema', join(STANDARDS, schema), ...files]);
    return result.status === 0 ? '' : result.stderr;
  });
}

/**
 * The text content of the element `xpath` matches in each document, as a real XML parser reads
 * it. One xmllint run for them all (it prints each result and a line break); should the outputs
 * not split as expected, each document is read alone so the one that differs is named.
 */
export function textsOf(
  documents: { name: string; xml: string }[],
  xpath: string,
  expected: string[],
): string[] {
  const joined = onFiles(documents, (files) => xmllint(['--xpath', `string(${xpath})`, ...files]).stdout);
  if (joined === expected.map((t) => `${t}\n`).join('')) return expected;
  return documents.map((d) => textOf(d.xml, xpath));
}

/** The text content of the element matched by `xpath` in one document. */
export function textOf(xml: string, xpath: string): string {
  return onFiles([{ name: 'doc', xml }], ([file]) => {
    const result = xmllint(['--xpath', `string(${xpath})`, file]);
    if (result.status !== 0) throw new Error(`xmllint --xpath failed: ${result.stderr}`);
    // xmllint ends what it prints with a line break of its own.
    return result.stdout.replace(/\n$/, '');
  });
}

/**
 * What every XML format must do on the seed and the development articles: each document valid
 * against `schema`, and the text of the element `xpath` the article exactly.
 */
export function describeXmlRoundTrip(
  schema: string,
  xpath: string,
  write: (text: string, articleDate?: string) => string,
): void {
  describe('on the seed and the development articles', () => {
    const outputs = roundTripArticles().map((a) => ({
      name: a.id,
      text: a.text,
      xml: write(a.text, a.articleDate),
    }));

    it('validates every one against the XSD', () => {
      assert.equal(validate(schema, outputs), '');
    });

    it(`gives back the original text exactly from ${xpath}`, () => {
      const texts = textsOf(
        outputs,
        xpath,
        outputs.map((o) => o.text),
      );
      outputs.forEach((o, i) => assert.equal(texts[i], o.text, o.name));
    });
  });
}
