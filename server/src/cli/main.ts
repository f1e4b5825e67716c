#!/usr/bin/env node
// `newsmark`: the engine on the command line. `extract` prints the markup as JSON (docs/cli.md),
// `show` prints the article coloured by entity type with a summary. Exit codes: 0 all files
// analysed, 1 some file could not be read or analysed (the others are still printed), 2 a wrong
// command line.
import { version } from '../../../package.json';
import { Analyzer } from '../engine/pipeline';
import type { Analysis, LexiconEntry } from '../engine/model/types';
import { parseArgs, UsageError, USAGE, type CliOptions } from './args';
import { readInput, readRegularFile, readStdin, type InputText } from './input';
import { toRecord, type ArticleRecord } from './record';
import { renderArticle, renderSummary, useColor } from './show';

async function main(argv: readonly string[]): Promise<number> {
  let options: CliOptions;
  try {
    options = parseArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`newsmark: ${err.message}\n\n${USAGE}\n`);
    return 2;
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
  let lexiconWarned = false;
  const color = useColor(options.color, process.env, process.stdout.isTTY === true);
  const json = new JsonArrayWriter();
  let failed = false;
  let stdinUsed = false;
  const fail = (name: string, error: string): void => {
    process.stderr.write(`newsmark: ${name}: ${error}\n`);
    failed = true;
  };
  for (const name of options.files) {
    if (name === '-' && stdinUsed) {
      fail(name, 'standard input can only be read once; skipped');
      continue;
    }
    stdinUsed ||= name === '-';
    // Whatever goes wrong with one input (reading, analysing, writing its record) is told, and
    // the others are still processed and printed.
    try {
      const input = name === '-' ? await readStdin(options.maxBytes) : readInput(name, options.maxBytes);
      if ('error' in input) {
        fail(name, input.error);
        continue;
      }
      for (const warning of input.warnings) process.stderr.write(`newsmark: ${name}: ${warning}\n`);
      const analysis = analyzer.analyze(input.text, { articleDate: options.articleDate, lexicon });
      if (!lexiconWarned) {
        for (const p of analysis.problems)
          if (p.code === 'lexicon-entry')
            process.stderr.write(`newsmark: --lexicon ${options.lexicon}: ${p.message}\n`);
        lexiconWarned = true;
      }
      if (options.command === 'show')
        process.stdout.write(showOne(input, analysis, color, options.files.length > 1));
      else if (options.format === 'jsonl')
        process.stdout.write(`${JSON.stringify(toRecord(name, analysis))}\n`);
      else json.write(toRecord(name, analysis));
    } catch (err) {
      // An engine bug on one article must not cost the user the other files' results.
      fail(name, `analysis failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  if (options.command === 'extract' && options.format === 'json') json.end();
  return failed ? 1 : 0;
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

function showOne(input: InputText, analysis: Analysis, color: boolean, withHeader: boolean): string {
  const header = withHeader ? `==> ${input.name} <==\n` : '';
  const problems = analysis.problems.map((p) => `note: ${p.message}\n`).join('');
  const body = renderArticle(input.text, analysis.mentions, color);
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
