// Reads the hand-annotated stories of test/fixtures/wire (format in that folder's README.md):
//
//   date 2024-11-14                                   ← optional first line: the article date
//   [Marta Kowalczyk]{person} said on [Wednesday]{date=2024-11-13} that …
//   [chief executive]{title?}                         ← `?`: optional, neither required nor penalised
//
// The markup is stripped, so `text` is the story as a reader sees it and every mention's offsets
// point into it (UTF-16 code units, end exclusive). Malformed markup throws an AnnotationError
// naming the line and column, because a silently shifted span would score as a miss.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { MENTION_TYPES, type MentionType } from '../../server/src/engine/model/types';

export interface AnnotatedMention {
  start: number;
  end: number;
  type: MentionType;
  text: string;
  /** Dates: the TimeML value relative to the article date; absent where the story cannot fix it. */
  value?: string;
  /** Acceptable but not required (lowercase office nouns, tickers). */
  optional?: boolean;
}

export interface AnnotatedStory {
  /** File name without folder, e.g. `01-freight-deal.txt`; empty when parsed from a string. */
  name: string;
  text: string;
  /** The article date from the `date YYYY-MM-DD` header; absent for undated stories. */
  articleDate?: string;
  mentions: AnnotatedMention[];
}

export class AnnotationError extends Error {
  constructor(
    readonly source: string,
    readonly line: number,
    readonly column: number,
    readonly reason: string,
  ) {
    super(`${source || '<annotated text>'}:${line}:${column}: ${reason}`);
    this.name = 'AnnotationError';
  }
}

const HEADER_RE = /^date[ \t]+(.*)$/;
const ISO_DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
// The TimeML value shapes the dev set uses (its README), plus XXXX-MM(-DD) for a month and day
// whose year the story does not give.
const MONTH = '(?:0[1-9]|1[0-2])';
const DAY = '(?:0[1-9]|[12]\\d|3[01])';
const TIMEML_RE = new RegExp(
  '^(?:' +
    [
      `\\d{4}(?:-${MONTH}(?:-${DAY}(?:T(?:MO|AF|EV|NI))?)?)?`,
      '\\d{4}-W(?:0[1-9]|[1-4]\\d|5[0-3])(?:-WE)?',
      '\\d{4}-(?:Q[1-4]|H[12]|SP|SU|FA|WI)',
      'FY\\d{4}',
      '\\d{2,3}',
      `XXXX-${MONTH}(?:-${DAY})?`,
      'PRESENT_REF|PAST_REF|FUTURE_REF',
    ].join('|') +
    ')$',
);
const TYPES = new Set<string>(MENTION_TYPES);
const ESCAPABLE = new Set(['[', ']', '{', '}', '\\']);
// A label ends at its "}"; any of the others first means the "}" was forgotten.
const LABEL_STOP = new Set(['}', '{', '[', ']', '\n']);

function isCalendarDay(iso: string): boolean {
  const m = ISO_DAY_RE.exec(iso);
  if (m === null) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d;
}

/** Parses one annotated story. `name` only labels error messages and the result. */
export function parseAnnotated(source: string, name = ''): AnnotatedStory {
  let line = 1;
  let lineStart = 0;
  function fail(at: number, reason: string): never {
    throw new AnnotationError(name, line, at - lineStart + 1, reason);
  }

  let i = 0;
  let articleDate: string | undefined;
  const firstLineEnd = source.indexOf('\n') === -1 ? source.length : source.indexOf('\n');
  const firstLine = source.slice(0, firstLineEnd).replace(/\r$/, '');
  const header = HEADER_RE.exec(firstLine);
  if (header !== null) {
    if (!isCalendarDay(header[1]))
      fail(
        firstLine.length - header[1].length,
        `the header date "${header[1]}" is not a real day written YYYY-MM-DD`,
      );
    articleDate = header[1];
    i = Math.min(firstLineEnd + 1, source.length);
    line = 2;
    lineStart = i;
  }

  let text = '';
  const mentions: AnnotatedMention[] = [];
  // While inside [ … ]: where the span opened in the source and in `text`.
  let open: { at: number; textStart: number } | undefined;

  while (i < source.length) {
    const ch = source[i];
    if (ch === '\\') {
      const next = source[i + 1];
      if (next === undefined || !ESCAPABLE.has(next)) fail(i, 'a backslash must escape one of [ ] { } \\');
      text += next;
      i += 2;
    } else if (ch === '[') {
      if (open !== undefined) fail(i, 'a span opens inside another span (write \\[ for a literal bracket)');
      open = { at: i, textStart: text.length };
      i++;
    } else if (ch === ']') {
      if (open === undefined) fail(i, '"]" closes no span (write \\] for a literal bracket)');
      const { at, textStart } = open;
      if (source[i + 1] !== '{') fail(i + 1, 'a span must be followed by its label, e.g. {person}');
      let labelEnd = i + 2;
      while (labelEnd < source.length && !LABEL_STOP.has(source[labelEnd])) labelEnd++;
      if (source[labelEnd] !== '}') fail(i + 1, 'the label is not closed by "}"');
      const spanText = text.slice(textStart);
      if (spanText.length === 0) fail(at, 'the span is empty');
      if (/^\s|\s$/.test(spanText)) fail(at, `the span "${spanText}" starts or ends with white space`);
      mentions.push(readLabel(source.slice(i + 2, labelEnd), i + 2, textStart, spanText, fail));
      open = undefined;
      i = labelEnd + 1;
    } else if (ch === '{' || ch === '}') {
      fail(i, `"${ch}" outside a label (write \\${ch} for a literal brace)`);
    } else {
      if (ch === '\n') {
        if (open !== undefined) fail(open.at, 'the span is not closed on its line');
        line++;
        lineStart = i + 1;
      }
      text += ch;
      i++;
    }
  }
  if (open !== undefined) fail(open.at, 'the span is not closed');
  return articleDate === undefined ? { name, text, mentions } : { name, text, articleDate, mentions };
}

/** `type`, `type?`, `type=value` or `type?=value`; `at` is the label's offset in the source. */
function readLabel(
  label: string,
  at: number,
  start: number,
  spanText: string,
  fail: (at: number, reason: string) => never,
): AnnotatedMention {
  const m = /^([a-z]+)(\?)?(?:=(.*))?$/.exec(label);
  if (m === null) return fail(at, `the label "{${label}}" is not type, type?, type=value or type?=value`);
  const [, type, optional, value] = m;
  if (!TYPES.has(type)) return fail(at, `unknown type "${type}" (one of ${MENTION_TYPES.join(', ')})`);
  const mention: AnnotatedMention = {
    start,
    end: start + spanText.length,
    type: type as MentionType,
    text: spanText,
  };
  if (value !== undefined) {
    if (type !== 'date') return fail(at, `only a date takes a value, not a ${type}`);
    if (!TIMEML_RE.test(value))
      return fail(at + label.indexOf('=') + 1, `"${value}" is not a TimeML date value`);
    mention.value = value;
  }
  if (optional === '?') mention.optional = true;
  return mention;
}

/** Reads one annotated file. */
export function readAnnotated(path: string): AnnotatedStory {
  return parseAnnotated(readFileSync(path, 'utf8'), basename(path));
}

/** Reads every `*.txt` story directly inside `dir`, in file-name order. */
export function readAnnotatedDir(dir: string): AnnotatedStory[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readAnnotated(join(dir, f)));
}
