#!/usr/bin/env node
// `newsmark`: the engine on the command line. `extract` prints the markup as JSON (docs/cli.md),
// `show` prints the article coloured by entity type with a summary. Exit codes: 0 all files
// analysed, 1 some file could not be read or analysed (the others are still printed), 2 a wrong
// command line.
import { version } from '../../../package.json';
import { Analyzer } from '../engine/pipeline';
import type { Analysis, LexiconEntry } from '../engine/model/types';
import { readFileSync } from 'node:fs';
import { parseArgs, UsageError, USAGE, type CliOptions } from './args';
import { readInput, type InputText } from './input';
import { toRecord, type ArticleRecord } from './record';
import { renderArticle, renderSummary, useColor } from './show';

function main(argv: readonly string[]): number {
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
    const read = readLexicon(options.lexicon);
    if ('error' in read) {
      process.stderr.write(`newsmark: --lexicon ${options.lexicon}: ${read.error}\n`);
      return 2;
    }
    lexicon = read.entries;
  }
  let lexiconWarned = false;
  const color = useColor(options.color, process.env, process.stdout.isTTY === true);
  const records: ArticleRecord[] = [];
  let failed = false;
  let stdinUsed = false;
  for (const name of options.files) {
    if (name === '-' && stdinUsed) {
      process.stderr.write('newsmark: -: standard input can only be read once; skipped\n');
      failed = true;
      continue;
    }
    stdinUsed ||= name === '-';
    const input = readInput(name);
    if ('error' in input) {
      process.stderr.write(`newsmark: ${name}: ${input.error}\n`);
      failed = true;
      continue;
    }
    for (const warning of input.warnings) process.stderr.write(`newsmark: ${name}: ${warning}\n`);
    let analysis: Analysis;
    try {
      analysis = analyzer.analyze(input.text, { articleDate: options.articleDate, lexicon });
    } catch (err) {
      // An engine bug on one article must not cost the user the other files' results.
      process.stderr.write(
        `newsmark: ${name}: analysis failed: ${err instanceof Error ? err.message : String(err)}\n`,
      );
      failed = true;
      continue;
    }
    const lexiconProblem = analysis.problems.find((p) => p.code === 'lexicon-entry');
    if (lexiconProblem && !lexiconWarned) {
      process.stderr.write(`newsmark: --lexicon ${options.lexicon}: ${lexiconProblem.message}\n`);
      lexiconWarned = true;
    }
    if (options.command === 'show')
      process.stdout.write(showOne(input, analysis, color, options.files.length > 1));
    else if (options.format === 'jsonl')
      process.stdout.write(`${JSON.stringify(toRecord(name, analysis))}\n`);
    else records.push(toRecord(name, analysis));
  }
  if (options.command === 'extract' && options.format === 'json')
    process.stdout.write(`${JSON.stringify(records, null, 2)}\n`);
  return failed ? 1 : 0;
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
process.exitCode = main(process.argv.slice(2));

/** Reads a user lexicon file: a JSON array of entries, or an object with an "entries" array. */
function readLexicon(path: string): { entries: LexiconEntry[] } | { error: string } {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (err) {
    return { error: `cannot read it (${(err as NodeJS.ErrnoException).code ?? String(err)})` };
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
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
