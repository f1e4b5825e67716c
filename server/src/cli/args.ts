// Command-line parsing for `newsmark`. Hand-written because the grammar is tiny and a parser
// library would add a dependency to a bundle that must run with no node_modules beside it.
import { isValidIsoDate } from '../engine/document/meta';
import { MENTION_TYPES, type MentionType } from '../engine/model/types';
import { EXPORT_FORMAT_IDS, isExportFormat, type ExportFormatId } from '../export';
import { DEFAULT_MAX_BYTES, MAX_MAX_BYTES, sizeText } from './input';

export type Command = 'extract' | 'show' | 'export' | 'summary' | 'help' | 'version';
export type OutputFormat = 'json' | 'jsonl';
const COMMANDS: readonly string[] = ['extract', 'show', 'export', 'summary', 'help'];
const SUMMARY_FORMATS = ['table', 'json', 'csv'] as const;
/** The most worker threads --jobs starts. */
const MAX_JOBS = 64;

export interface CliOptions {
  command: Command;
  format: OutputFormat;
  /** `export`: the format to write. */
  exportFormat?: ExportFormatId;
  /** `export`: the folder written to, `-` for standard output (default: the current folder). */
  out: string;
  /** `summary`: table (default), json or csv. */
  summaryFormat: (typeof SUMMARY_FORMATS)[number];
  /** Worker threads analysing files side by side (default 1: none). */
  jobs: number;
  /** `extract --types`: the only types printed. */
  types?: MentionType[];
  articleDate?: string;
  /** A JSON file of user lexicon entries (`[{"name", "type", "aliases"?, "country"?}]`). */
  lexicon?: string;
  /** true: always colour; false: never; undefined: decide from the terminal and NO_COLOR. */
  color?: boolean;
  /** The most bytes read from one input (and from the lexicon file). */
  maxBytes: number;
  /** File paths; `-` stands for standard input. */
  files: string[];
}

/** A mistake in the command line itself: reported with the usage hint and exit code 2. */
export class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = {
    command: 'help',
    format: 'json',
    out: '.',
    summaryFormat: 'table',
    jobs: 1,
    files: [],
    maxBytes: DEFAULT_MAX_BYTES,
  };
  let command: Command | undefined;
  let format: string | undefined;
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) {
      if (command === undefined) {
        if (!COMMANDS.includes(arg))
          throw new UsageError(
            `unknown command "${arg}" (expected ${COMMANDS.slice(0, -1)
              .map((c) => `"${c}"`)
              .join(', ')})`,
          );
        command = arg as Command;
      } else options.files.push(arg);
      continue;
    }
    const [name, inline] = splitOption(arg);
    const value = (): string => {
      if (inline !== undefined) return inline;
      const next = argv[++i];
      if (next === undefined) throw new UsageError(`${name} needs a value`);
      return next;
    };
    switch (name) {
      case '--':
        onlyFiles = true;
        break;
      case '-h':
      case '--help':
        return { ...options, command: 'help' };
      case '-v':
      case '--version':
        return { ...options, command: 'version' };
      case '--format':
        format = value();
        break;
      case '--out':
        options.out = value();
        break;
      case '--jobs':
      case '-j': {
        const jobs = value();
        if (!/^\d+$/.test(jobs) || Number(jobs) < 1 || Number(jobs) > MAX_JOBS)
          throw new UsageError(`--jobs must be a whole number from 1 to ${MAX_JOBS}, not "${jobs}"`);
        options.jobs = Number(jobs);
        break;
      }
      case '--types': {
        const types = value()
          .split(',')
          .map((t) => t.trim())
          .filter((t) => t !== '');
        const unknown = types.filter((t) => !(MENTION_TYPES as readonly string[]).includes(t));
        if (types.length === 0 || unknown.length > 0)
          throw new UsageError(
            `--types takes a comma-separated list of ${MENTION_TYPES.join(', ')}; not "${unknown.join(', ') || types.join(',')}"`,
          );
        options.types = types as MentionType[];
        break;
      }
      case '--article-date': {
        const date = value();
        if (!isValidIsoDate(date))
          throw new UsageError(`--article-date must be a real date written YYYY-MM-DD, not "${date}"`);
        options.articleDate = date;
        break;
      }
      case '--lexicon':
        options.lexicon = value();
        break;
      case '--max-size':
        options.maxBytes = parseSize(value());
        break;
      case '--color':
        options.color = true;
        break;
      case '--no-color':
        options.color = false;
        break;
      default:
        throw new UsageError(`unknown option "${name}"`);
    }
  }
  options.command = command ?? 'help';
  if (options.command === 'export') {
    if (format === undefined)
      throw new UsageError(`"export" needs --format, one of ${EXPORT_FORMAT_IDS.join(', ')}`);
    if (!isExportFormat(format))
      throw new UsageError(
        `--format of "export" must be one of ${EXPORT_FORMAT_IDS.join(', ')}, not "${format}"`,
      );
    options.exportFormat = format;
  } else if (options.command === 'summary') {
    if (format !== undefined && !(SUMMARY_FORMATS as readonly string[]).includes(format))
      throw new UsageError(`--format of "summary" must be table, json or csv, not "${format}"`);
    options.summaryFormat = (format ?? 'table') as CliOptions['summaryFormat'];
  } else if (format !== undefined) {
    if (format !== 'json' && format !== 'jsonl')
      throw new UsageError(`--format must be "json" or "jsonl", not "${format}"`);
    options.format = format;
  }
  if (options.command !== 'help' && options.command !== 'version' && options.files.length === 0)
    throw new UsageError(`"${options.command}" needs at least one FILE (or - for standard input)`);
  return options;
}

const SIZE_UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** A size as --max-size takes it: bytes, or a number with K, M or G (binary: M = 1024 × 1024). */
function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?$/i.exec(text.trim());
  const bytes = m ? Math.floor(Number(m[1]) * SIZE_UNITS[m[2].toLowerCase()]) : NaN;
  if (!(bytes >= 1 && bytes <= MAX_MAX_BYTES))
    throw new UsageError(
      `--max-size must be a size from 1 byte to ${sizeText(MAX_MAX_BYTES)} (such as 64M or 1048576), not "${text}"`,
    );
  return bytes;
}

function splitOption(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=');
  return arg.startsWith('--') && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
}

export const USAGE = `Usage:
  newsmark extract [--format json|jsonl] [--types T,T] [--jobs N] [options] FILE|DIR... | -
  newsmark show [--color | --no-color] [--article-date YYYY-MM-DD] [--lexicon FILE] [--max-size SIZE] FILE... | -
  newsmark export --format nitf|jsonld|timeml|brat|conll|csv [--out DIR | --out -] [--jobs N] [options] FILE|DIR... | -
  newsmark summary [--format table|json|csv] [--jobs N] [options] FILE|DIR... | -
  newsmark --help | --version

Commands:
  extract   Print the dates, ranks, titles, people, organizations and places found in each
            article as JSON (an array, pretty-printed) or JSONL (one line per file).
            Offsets are UTF-16 code units, end exclusive; each mention also has its line,
            column, context and how it was found. See docs/cli.md for the format.
  show      Print each article with every mention coloured by type, then a summary of the
            people, organizations, places and dates. Colours are used on a terminal unless
            NO_COLOR is set; --color forces them, --no-color turns them off.
  export    Write each article in a standard format under --out (default: the current
            folder), named after the file: nitf (IPTC NITF 3.6, markup inline), jsonld
            (schema.org NewsArticle), timeml (TIMEX3 dates), brat (.txt + .ann), conll
            (CoNLL-2003 IOB2) or csv (a row per mention). --out - writes to standard output.
  summary   The people, organizations and places of all the articles with the number of
            articles naming each, the range of the articles' dates and the mentions per type.

Options:
  --format F                 Output of "extract": json (default) or jsonl; of "summary": table
                             (default), json or csv; of "export": one of
                             ${EXPORT_FORMAT_IDS.join(', ')}.
  --out DIR                  Where "export" writes (created if missing); - for standard output.
  --types T,T                Only these types in "extract" (person,organization,place,date,rank,
                             title,nationality).
  -j, --jobs N               Analyse N files at a time in worker threads (default 1).
  --article-date YYYY-MM-DD  Publication date used to resolve relative dates; overrides a date
                             found in the article.
  --lexicon FILE             Your own entries, a JSON array of {"name", "type", "aliases"?,
                             "country"?}; "type": "none" marks words that are no entity.
                             Entries without a name or a known type are skipped with a warning.
  --max-size SIZE            The largest input read, in bytes or with K, M or G (default 64M, at
                             most 512M); a larger one is skipped with an error.
  -h, --help                 This help.
  -v, --version              The version.

A FILE of "-" reads standard input. A DIR is searched recursively for .news, .txt and .md files;
a quoted pattern ('archive/**/*.txt') is matched the same way. Other devices and named pipes are
refused. A file holding several articles, each opening with its own "date YYYY-MM-DD" line or
front matter, is read as that many articles, each dated by its own header. On a terminal, a
progress line on stderr tells the files done, the speed and the time left. Files that cannot be read or analysed are reported on stderr; the others are still
processed, and the exit code is 1. A wrong command line exits with 2.`;
