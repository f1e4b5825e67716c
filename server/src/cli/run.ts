// What the command line does with one input, the same on the main thread and in a worker
// (--jobs): read it, split it into its articles, analyse each and turn it into the command's
// output. The result is plain data, written by the main thread in input order, so that many
// workers print exactly what one would.
import type { Analyzer } from '../engine/pipeline';
import type { LexiconEntry, MentionType } from '../engine/model/types';
import { LineIndex } from '../export/markup';
import type { CliOptions } from './args';
import { analyzeArticles, shifted, type Article } from './articles';
import type { ExportWriter } from './export';
import type { InputFile } from './files';
import { readInput, type InputText } from './input';
import { toRecord, type ArticleRecord } from './record';
import { renderArticle, renderSummary } from './show';
import { summaryPart, type SummaryPart } from './summary';

export interface RunContext {
  options: CliOptions;
  analyzer: Analyzer;
  lexicon: LexiconEntry[];
  color: boolean;
  /** `show` heads each file with its name when more than one is shown. */
  withHeaders: boolean;
  writer?: ExportWriter;
  /** extract --types: the only types printed. */
  types?: ReadonlySet<MentionType>;
}

export interface FileResult {
  /** What goes to standard output, in order. */
  out: string;
  /** Lines for standard error ("newsmark: FILE: …"), in order. */
  err: string[];
  failed: boolean;
  /** extract --format json: the records, written by the main thread into one array. */
  records: ArticleRecord[];
  /** summary: what each article adds. */
  parts: SummaryPart[];
  /** The size read, for the progress line. */
  bytes: number;
  /** The lexicon's own warnings (the same for every article): told once, by the main thread. */
  lexiconWarnings: string[];
}

function emptyResult(): FileResult {
  return { out: '', err: [], failed: false, records: [], parts: [], bytes: 0, lexiconWarnings: [] };
}

/** Reads and processes the file `item`; nothing thrown, every failure is in the result. */
export function processFile(item: InputFile, ctx: RunContext): FileResult {
  const input = readInput(item.path, ctx.options.maxBytes);
  if ('error' in input) {
    const result = emptyResult();
    result.err.push(`newsmark: ${item.path}: ${input.error}`);
    result.failed = true;
    return result;
  }
  return processText(item, input, ctx);
}

export function processText(item: InputFile, input: InputText, ctx: RunContext): FileResult {
  const result = emptyResult();
  const name = item.path;
  result.bytes = Buffer.byteLength(input.text);
  for (const warning of input.warnings) result.err.push(`newsmark: ${name}: ${warning}`);
  // Whatever goes wrong with one input (analysing, writing its output) is told, and the others
  // are still processed and printed.
  try {
    const articles = analyzeArticles(ctx.analyzer, input.text, {
      articleDate: ctx.options.articleDate,
      lexicon: ctx.lexicon,
    });
    for (const p of articles[0].analysis.problems)
      if (p.code === 'lexicon-entry') result.lexiconWarnings.push(p.message);
    const lines = ctx.options.command === 'extract' ? new LineIndex(input.text) : undefined;
    for (const article of articles) {
      const shown = articleName(name, article);
      switch (ctx.options.command) {
        case 'show':
          result.out += showOne(shown, article, ctx.color, ctx.withHeaders || article.count > 1);
          break;
        case 'summary':
          result.parts.push(summaryPart(article.analysis));
          break;
        case 'export': {
          const written = (ctx.writer as ExportWriter).write(item, article, (s) => (result.out += s));
          if ('error' in written) {
            result.err.push(`newsmark: ${shown}: ${written.error}`);
            result.failed = true;
          } else for (const w of written.warnings) result.err.push(`newsmark: ${shown}: ${w}`);
          break;
        }
        default: {
          const record = recordOf(name, article, lines as LineIndex, ctx.types);
          if (ctx.options.format === 'jsonl') result.out += `${JSON.stringify(record)}\n`;
          else result.records.push(record);
        }
      }
    }
  } catch (err) {
    // An engine bug on one article must not cost the user the other files' results.
    result.err.push(
      `newsmark: ${name}: analysis failed: ${err instanceof Error ? err.message : String(err)}`,
    );
    result.failed = true;
  }
  return result;
}

/** "archive.txt", or "archive.txt (article 2 of 3)" for one of several in a file. */
function articleName(file: string, article: Article): string {
  return article.count > 1 ? `${file} (article ${article.index} of ${article.count})` : file;
}

/** The record of one article, its offsets into the file; an article of several says which. */
function recordOf(
  file: string,
  article: Article,
  lines: LineIndex,
  types: ReadonlySet<MentionType> | undefined,
): ArticleRecord {
  const record = toRecord(file, shifted(article.analysis, article.start), lines, types);
  return article.count > 1
    ? { ...record, article: { index: article.index, count: article.count, start: article.start } }
    : record;
}

function showOne(name: string, article: Article, color: boolean, withHeader: boolean): string {
  const header = withHeader ? `==> ${name} <==\n` : '';
  const analysis = article.analysis;
  const problems = analysis.problems.map((p) => `note: ${p.message}\n`).join('');
  const body = renderArticle(article.text, analysis.mentions, color);
  return `${header}${body}${body.endsWith('\n') ? '' : '\n'}\n${problems}${renderSummary(analysis, color)}\n\n`;
}
