#!/usr/bin/env node
// `newsmark`: the engine on the command line. `extract` prints the markup as JSON (docs/cli.md),
// `show` prints the article coloured by entity type with a summary, `export` writes it in a
// standard format (NITF, JSON-LD, TimeML, brat, CoNLL, CSV), `summary` tells what an archive is
// about. Exit codes: 0 all files analysed, 1 some file could not be read, analysed or written (the
// others still are), 2 a wrong command line.
import { statSync } from 'node:fs';
import { version } from '../../../package.json';
import { Analyzer } from '../engine/pipeline';
import type { LexiconEntry } from '../engine/model/types';
import { parseArgs, UsageError, USAGE, type CliOptions } from './args';
import { ExportWriter } from './export';
import { expandInputs, type InputFile } from './files';
import { readRegularFile, readStdin } from './input';
import { Progress } from './progress';
import type { ArticleRecord } from './record';
import { processFile, processText, type FileResult, type RunContext } from './run';
import { useColor } from './show';
import { ArchiveSummary } from './summary';
import { isCliWorker, runInWorkers, serveAsWorker } from './worker';

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
    writer = new ExportWriter(options.exportFormat, options.out, files);
    if (options.out === '-') process.stdout.write(writer.preamble());
  }
  const ctx: RunContext = {
    options,
    analyzer: new Analyzer(),
    lexicon,
    color: useColor(options.color, process.env, process.stdout.isTTY === true),
    withHeaders: files.length > 1,
    writer,
    types: options.types ? new Set(options.types) : undefined,
  };

  const progress = new Progress(
    files.length,
    files.reduce((sum, f) => sum + sizeOf(f.path), 0),
  );
  const json = new JsonArrayWriter();
  const summary = new ArchiveSummary();
  let failed = false;
  let lexiconWarned = false;
  const say = (line: string): void => {
    progress.clear();
    process.stderr.write(`${line}\n`);
  };
  const fail = (name: string, error: string): void => {
    say(`newsmark: ${name}: ${error}`);
    failed = true;
  };
  const print = (result: FileResult): void => {
    if (!lexiconWarned && result.lexiconWarnings.length > 0) {
      for (const w of result.lexiconWarnings) say(`newsmark: --lexicon ${options.lexicon}: ${w}`);
      lexiconWarned = true;
    }
    for (const line of result.err) say(line);
    failed ||= result.failed;
    if (result.out !== '') {
      progress.clear();
      process.stdout.write(result.out);
    }
    for (const record of result.records) json.write(record);
    if (result.parts.length > 0) summary.addFile();
    for (const part of result.parts) summary.add(part);
    progress.advance(result.bytes);
  };

  const jobs = Math.min(options.jobs, files.length);
  if (jobs > 1 && !files.some((f) => f.path === '-')) {
    // Folders or patterns that named nothing are told first; the files then in order.
    for (const item of inputs) if (!('path' in item)) fail(item.name, item.error);
    await runInWorkers(
      files,
      jobs,
      { options, lexicon, color: ctx.color, withHeaders: ctx.withHeaders, files },
      print,
    );
  } else {
    let stdinUsed = false;
    for (const item of inputs) {
      if (!('path' in item)) fail(item.name, item.error);
      else if (item.path !== '-') print(processFile(item, ctx));
      else if (stdinUsed) fail('-', 'standard input can only be read once; skipped');
      else {
        stdinUsed = true;
        const input = await readStdin(options.maxBytes);
        if ('error' in input) fail('-', input.error);
        else print(processText(item, input, ctx));
      }
    }
  }
  progress.clear();
  if (options.command === 'extract' && options.format === 'json') json.end();
  if (options.command === 'summary') process.stdout.write(summary.render(options.summaryFormat));
  return failed ? 1 : 0;
}

function usageError(message: string): number {
  process.stderr.write(`newsmark: ${message}\n\n${USAGE}\n`);
  return 2;
}

function sizeOf(path: string): number {
  try {
    return path === '-' ? 0 : statSync(path).size;
  } catch {
    return 0;
  }
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

if (isCliWorker()) serveAsWorker();
else {
  // A closed pipe (`newsmark extract … | head`) is a normal way to stop reading, not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
