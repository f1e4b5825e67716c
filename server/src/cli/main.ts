#!/usr/bin/env node
// `newsmark`: the engine on the command line. `extract` prints the markup as JSON (docs/cli.md),
// `show` prints the article coloured by entity type with a summary, `export` writes it in a
// standard format (NITF, JSON-LD, TimeML, brat, CoNLL, CSV). Exit codes: 0 all files analysed,
// 1 some file could not be read, analysed or written (the others still are), 2 a wrong command line.
import { version } from '../../../package.json';
import { Analyzer } from '../engine/pipeline';
import type { LexiconEntry } from '../engine/model/types';
import { parseArgs, UsageError, USAGE, type CliOptions } from './args';
import { analyzeArticles, shifted, type Article } from './articles';
import { ExportWriter } from './export';
import { expandInputs, type InputFile } from './files';
import { readInput, readRegularFile, readStdin } from './input';
import { toRecord, type ArticleRecord } from './record';
import { renderArticle, renderSummary, useColor } from './show';

async function main(argv: readonly string[]): Promise<number> {
  let options: CliOptions;
  try {
    options = parseArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    return usageError(err.message);
  }
  if (options.command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (options.command === 'version') {
    process.stdout.write(`${version}\n`);
    return 0;
  }

  const analyzer = new Analyzer();
  let lexicon: LexiconEntry[] = [];
  if (options.lexicon !== undefined) {
    const read = readLexicon(options.lexicon, options.maxBytes);
    if ('error' in read) {
      process.stderr.write(`newsmark: --lexicon ${options.lexicon}: ${read.error}\n`);
      return 2;
    }
    lexicon = read.entries;
  }
  const inputs = expandInputs(options.files);
  const files = inputs.filter((i): i is InputFile => 'path' in i);
  let writer: ExportWriter | undefined;
  if (options.command === 'export' && options.exportFormat !== undefined) {
    if (options.out === '-' && !ExportWriter.fitsStdout(options.exportFormat, files.length))
      return usageError(
        `--out - holds one article in this format, and ${files.length} files are given; use --out DIR`,
      );
    writer = new ExportWriter(options.exportFormat, options.out, files, (s) => process.stdout.write(s));
  }
  let lexiconWarned = false;
  const color = useColor(options.color, process.env, process.stdout.isTTY === true);
  const json = new JsonArrayWriter();
  let failed = false;
  let stdinUsed = false;
  const fail = (name: string, error: string): void => {
    process.stderr.write(`newsmark: ${name}: ${error}\n`);
    failed = true;
  };
  for (const item of inputs) {
    if (!('path' in item)) {
      fail(item.name, item.error);
      continue;
    }
    const name = item.path;
    if (name === '-' && stdinUsed) {
      fail(name, 'standard input can only be read once; skipped');
      continue;
    }
    stdinUsed ||= name === '-';
    // Whatever goes wrong with one input (reading, analysing, writing its output) is told, and
    // the others are still processed and printed.
    try {
      const input = name === '-' ? await readStdin(options.maxBytes) : readInput(name, options.maxBytes);
      if ('error' in input) {
        fail(name, input.error);
        continue;
      }
      for (const warning of input.warnings) process.stderr.write(`newsmark: ${name}: ${warning}\n`);
      const articles = analyzeArticles(analyzer, input.text, { articleDate: options.articleDate, lexicon });
      if (!lexiconWarned) {
        for (const p of articles[0].analysis.problems)
          if (p.code === 'lexicon-entry')
            process.stderr.write(`newsmark: --lexicon ${options.lexicon}: ${p.message}\n`);
        lexiconWarned = true;
      }
      for (const article of articles) {
        if (options.command === 'show')
          process.stdout.write(showOne(name, article, color, files.length > 1 || article.count > 1));
        else if (writer !== undefined) {
          const written = writer.write(item, article);
          if ('error' in written) fail(articleName(name, article), written.error);
          else
            for (const w of written.warnings)
              process.stderr.write(`newsmark: ${articleName(name, article)}: ${w}\n`);
        } else if (options.format === 'jsonl')
          process.stdout.write(`${JSON.stringify(recordOf(name, article))}\n`);
        else json.write(recordOf(name, article));
      }
    } catch (err) {
      // An engine bug on one article must not cost the user the other files' results.
      fail(name, `analysis failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  if (options.command === 'extract' && options.format === 'json') json.end();
  return failed ? 1 : 0;
}

function usageError(message: string): number {
  process.stderr.write(`newsmark: ${message}\n\n${USAGE}\n`);
  return 2;
}

/** "archive.txt", or "archive.txt (article 2 of 3)" for one of several in a file. */
function articleName(file: string, article: Article): string {
  return article.count > 1 ? `${file} (article ${article.index} of ${article.count})` : file;
}

/** The record of one article, its offsets into the file; an article of several says which. */
function recordOf(file: string, article: Article): ArticleRecord {
  const record = toRecord(file, shifted(article.analysis, article.start));
  return article.count > 1
    ? { ...record, article: { index: article.index, count: article.count, start: article.start } }
    : record;
}

/**
 * Writes `extract`'s JSON array one record at a time, as JSON.stringify(records, null, 2) would
 * lay it out: no string of every record at once (which a large run could push past V8's string
 * limit, losing every record), and each record on its way as soon as its file is analysed.
 */
class JsonArrayWriter {
  private count = 0;
  write(record: ArticleRecord): void {
    // A record's own lines, one level deeper; JSON strings hold no raw line break.
    const text = JSON.stringify(record, null, 2).replace(/\n/g, '\n  ');
    process.stdout.write(`${this.count++ === 0 ? '[\n  ' : ',\n  '}${text}`);
  }
  end(): void {
    process.stdout.write(this.count === 0 ? '[]\n' : '\n]\n');
  }
}

function showOne(file: string, article: Article, color: boolean, withHeader: boolean): string {
  const header = withHeader ? `==> ${articleName(file, article)} <==\n` : '';
  const analysis = article.analysis;
  const problems = analysis.problems.map((p) => `note: ${p.message}\n`).join('');
  const body = renderArticle(article.text, analysis.mentions, color);
  return `${header}${body}${body.endsWith('\n') ? '' : '\n'}\n${problems}${renderSummary(analysis, color)}\n\n`;
}

// A closed pipe (`newsmark extract … | head`) is a normal way to stop reading, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});
void main(process.argv.slice(2)).then((code) => (process.exitCode = code));

/** Reads a user lexicon file: a JSON array of entries, or an object with an "entries" array. */
function readLexicon(path: string, maxBytes: number): { entries: LexiconEntry[] } | { error: string } {
  const read = readRegularFile(path, maxBytes);
  if ('error' in read) return { error: `cannot read it (${read.error})` };
  let data: unknown;
  try {
    data = JSON.parse(read.bytes.toString('utf8'));
  } catch (err) {
    return { error: `not valid JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
  const entries = Array.isArray(data)
    ? data
    : data !== null && typeof data === 'object' && Array.isArray((data as { entries?: unknown }).entries)
      ? (data as { entries: unknown[] }).entries
      : undefined;
  if (entries === undefined) return { error: 'expected a JSON array of entries ({"name", "type"})' };
  return { entries: entries as LexiconEntry[] };
}
