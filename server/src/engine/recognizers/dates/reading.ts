// What every date rule shares: the hit it returns, the reading context (block text, article
// date, tense), and the helpers that turn a month, a day and a tense into a TimeML value.
import type { DateResolution } from '../../model/types';
import { isInlineSpace, isLetterOrNumber } from '../../text/tokens';
import type { DateCues } from '../../data/lexicon';
import { blockQuestion, type BlockContext } from '../context';
import { tenseAt, type Tense } from './tense';
import { WEEKDAY, YEAR } from '../../calendar/patterns';
import { WEEKDAYS, formatDay, isRealDate, isoWeekday, pad, type Ymd } from '../../calendar/values';

export interface Hit {
  start: number;
  end: number;
  value?: string;
  resolution: DateResolution;
  rangeEnd?: string;
  /**
   * Counted from the date named before it in the block, not from the article date: "the day",
   * "the next day", "two years later", "that year", "the same quarter a year earlier".
   */
  anaphora?: Anaphora;
}

/**
 * A date that TimeML anchors on the last date the text named (its reference time): `shift`
 * units from it. Days and weeks count from the last day named (else the article's day); months
 * and years from the last date of any kind. With `keep`, a year's shift keeps the anchor's
 * month, quarter, half, season or fiscal year ("the same period a year earlier" after "the
 * third quarter" is that quarter a year back). `part` is a part of the day ("TMO").
 */
export interface Anaphora {
  unit: 'day' | 'week' | 'month' | 'year';
  shift: number;
  keep: boolean;
  part: string;
}

/** A hit whose value is counted from the date named before it (see Anaphora). */
export function anaphoric(
  m: RegExpExecArray,
  unit: Anaphora['unit'],
  shift: number,
  keep = false,
  part = '',
): Hit {
  return { ...hit(m, undefined, 'anchored'), anaphora: { unit, shift, keep, part } };
}

// Several rules ask about the same date: the block's memo keeps the answer by the date's start.
const TENSE_AT = blockQuestion('the tense around the date that starts here', (ctx, end: number, start) =>
  tenseAt(ctx.tokenized, start, end, ctx.lexicon),
);

/** What a rule's reader may use: the block, the anchor date and the tense around a span. */
export class Reading {
  readonly text: string;
  /** The words around a date that place it in time. */
  readonly cues: DateCues;
  constructor(
    private readonly ctx: BlockContext,
    readonly anchor: Ymd | undefined,
  ) {
    this.text = ctx.text;
    this.cues = ctx.lexicon.dateCues;
  }

  /** The tense around the date at [start, end), read once per start in a block. */
  tense(start: number, end: number): Tense {
    return this.ctx.memo(TENSE_AT, start, end);
  }

  /**
   * The word just before `index` (lower case, trailing full stop kept), or ''. Read backwards by
   * hand: the 30 characters before `index` are matched by
   * /([\p{L}\p{N}.]+)[^\S\r\n]*[,(]?[^\S\r\n]*$/u, whose end-anchored search was costly.
   */
  wordBefore(index: number): string {
    const text = this.text;
    const from = Math.max(0, index - 30);
    let i = index;
    while (i > from && isInlineSpace(text.charCodeAt(i - 1))) i--;
    if (i > from && (text.charCodeAt(i - 1) === 0x2c || text.charCodeAt(i - 1) === 0x28)) {
      i--; // , (
      while (i > from && isInlineSpace(text.charCodeAt(i - 1))) i--;
    }
    const end = i;
    while (i > from) {
      const c = text.charCodeAt(i - 1);
      if (c === 0x2e) {
        i--; // .
        continue;
      }
      // A surrogate pair counts as one character only when both halves lie inside the window.
      if (c >= 0xdc00 && c <= 0xdfff && i - 2 >= from) {
        const high = text.charCodeAt(i - 2);
        if (high >= 0xd800 && high <= 0xdbff) {
          if (!isLetterOrNumber(((high - 0xd800) << 10) + (c - 0xdc00) + 0x10000)) break;
          i -= 2;
          continue;
        }
      }
      if (!isLetterOrNumber(c)) break;
      i--;
    }
    return i === end ? '' : text.slice(i, end).toLowerCase().replace(/^\.+/, '');
  }

  /** The word just after `index` (lower case), or ''. */
  wordAfter(index: number): string {
    const m = /^[^\S\r\n]+([\p{L}\p{N}]+)/u.exec(this.text.slice(index, index + 30));
    return m ? m[1].toLowerCase() : '';
  }

  /**
   * Whether a word of a game ("scored", "goal", "half-time") stands on the line around [start,
   * end), within 200 characters: "the second half" is then part of a match, not of the year.
   */
  inMatch(start: number, end: number): boolean {
    const text = this.text;
    let from = Math.max(0, start - 200);
    let to = Math.min(text.length, end + 200);
    const lineStart = text.lastIndexOf('\n', start);
    if (lineStart >= from) from = lineStart + 1;
    const lineEnd = text.indexOf('\n', end);
    if (lineEnd !== -1 && lineEnd < to) to = lineEnd;
    const words = /[\p{L}-]+/gu;
    const around = text.slice(from, to);
    for (let m = words.exec(around); m !== null; m = words.exec(around))
      if (this.cues.matchWords.has(m[0].toLowerCase())) return true;
    return false;
  }

  /** Whether the word after `index` starts with a capital (a name: "June Carter"). */
  capitalAfter(index: number): boolean {
    return /^[^\S\r\n]+\p{Lu}\p{Ll}/u.test(this.text.slice(index, index + 4));
  }
}

export type Read = (m: RegExpExecArray, r: Reading) => Hit | null;

/** A date rule: a pattern and the reader of its matches. */
export interface Rule {
  /** A global pattern; over the block text as written, or lower-cased when `speed.lower`. */
  re: RegExp;
  read: Read;
  /** Ways to find the same matches faster; none changes which matches are found. */
  speed?: Speed;
}

export interface Speed {
  /**
   * Run over the text with ASCII letters in lower case: a case-blind match ("Last week", "LAST
   * WEEK") without the regex `i` flag, which is several times slower with Unicode classes. `re`
   * is then written in lower case.
   */
  lower?: boolean;
  /** A cheap test on the (lowered) text: when it fails, the rule cannot match and is skipped. */
  key?: RegExp;
  /**
   * A cheap test on the text as written, for rules whose keyword is in nearly every article (a
   * month name) but whose whole shape is rare: when it fails, the rule is skipped.
   */
  need?: RegExp;
  /**
   * A global pattern of plain ASCII words that every match of `re` holds, starting at or after
   * the match's own start with no line break between the two ("March" in "last March"). The
   * search then skips the lines before the next such word: `re`, whose optional leading words
   * keep the regex engine from skipping ahead by itself, runs only from the line where a match
   * can be (see forEachMatch; test/engine/dateRules.test.ts checks that nothing is lost).
   */
  anchor?: RegExp;
}

/**
 * Calls `visit` with each match of the rule in `text`, in order: exactly the matches a global
 * search from the start finds. With an anchor, the search resumes at the later of where it
 * stopped and the start of the line of the next anchor word; no match starts before that line,
 * since a match's anchor word lies on the match's own line, after its start.
 */
export function forEachMatch(rule: Rule, text: string, visit: (m: RegExpExecArray) => void): void {
  const re = rule.re;
  const anchor = rule.speed?.anchor;
  if (anchor === undefined) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      visit(m);
      if (m[0].length === 0) re.lastIndex++;
    }
    return;
  }
  let from = 0;
  anchor.lastIndex = 0;
  // The start of the anchor's line: anchors come in text order, so the line breaks are walked
  // forward once (searching back from each anchor re-read long lines again and again).
  let lineStart = 0;
  let nextLf = text.indexOf('\n');
  let nextCr = text.indexOf('\r');
  for (;;) {
    if (anchor.lastIndex < from) anchor.lastIndex = from;
    const a = anchor.exec(text);
    if (a === null) return;
    anchor.lastIndex = a.index + 1; // every position where an anchor word starts, overlaps too
    while (nextLf !== -1 && nextLf < a.index) {
      lineStart = Math.max(lineStart, nextLf + 1);
      nextLf = text.indexOf('\n', nextLf + 1);
    }
    while (nextCr !== -1 && nextCr < a.index) {
      lineStart = Math.max(lineStart, nextCr + 1);
      nextCr = text.indexOf('\r', nextCr + 1);
    }
    re.lastIndex = Math.max(from, lineStart);
    const m = re.exec(text);
    if (m === null) return;
    visit(m);
    from = m.index + m[0].length + (m[0].length === 0 ? 1 : 0);
  }
}

/** A character other than A–Z that toLowerCase() would change ("É", "İ", "Ⅻ"). */
const NON_ASCII_CASED = /[^\P{Changes_When_Lowercased}A-Z]/u;

/** Lower-cases ASCII letters only, so every offset stays where it was. */
export function asciiLower(text: string): string {
  // Without other cased characters, toLowerCase() changes A–Z only, and is several times cheaper
  // than replacing each run of capitals (test/engine/dateReading.test.ts checks the premise).
  if (!NON_ASCII_CASED.test(text)) return text.toLowerCase();
  return text.replace(/[A-Z]+/g, (s) => s.toLowerCase());
}

/** Two-digit years: the century that puts the year nearest the article's (or 1900s–2000s). */
export function fullYear(yy: number, anchor: Ymd | undefined): number {
  const base = anchor ? anchor.y : 2000;
  const candidates = [1900 + yy, 2000 + yy, 2100 + yy];
  return candidates.reduce((a, b) => (Math.abs(b - base) < Math.abs(a - base) ? b : a));
}

export function hit(m: RegExpExecArray, value: string | undefined, resolution: DateResolution): Hit {
  return { start: m.index, end: m.index + m[0].length, value, resolution };
}

/** A relative value, or an unresolved hit when there is no article date to count from. */
export function relative(m: RegExpExecArray, r: Reading, value: (a: Ymd) => string): Hit {
  return r.anchor ? hit(m, value(r.anchor), 'relative') : hit(m, undefined, 'unresolved');
}

/**
 * The year of a part of a year written without one (a month, quarter or half, numbered `part`;
 * the article's date is in part `articlePart`): the article's year, moved back a year in a
 * past-tense sentence when the part is later than the article's, forward in a future-tense
 * sentence when it is earlier.
 */
export function yearOfPart(
  part: number,
  articlePart: number,
  r: Reading,
  start: number,
  end: number,
): { y: number; res: DateResolution } {
  const y = (r.anchor as Ymd).y;
  const tense = r.tense(start, end);
  if (tense === 'past' && part > articlePart) return { y: y - 1, res: 'tense-shifted' };
  if (tense === 'future' && part < articlePart) return { y: y + 1, res: 'tense-shifted' };
  return { y, res: 'article-year' };
}

/** The year of a month (and day) written without one (see yearOfPart). */
export function yearFor(
  month: number,
  r: Reading,
  start: number,
  end: number,
): { y: number; res: DateResolution } {
  return yearOfPart(month, (r.anchor as Ymd).m, r, start, end);
}

/** Reads a month-day (with optional weekday, day range and year) into a hit. */
export function monthDay(
  m: RegExpExecArray,
  r: Reading,
  weekday: string | undefined,
  month: number,
  day: number,
  yearText: string | undefined,
  endMonth: number,
  endDay: number | undefined,
): Hit | null {
  if (month === 0 || day < 1 || day > 31) return null;
  let y: number;
  let res: DateResolution;
  if (yearText !== undefined) {
    y = Number(yearText);
    res = 'explicit';
  } else if (!r.anchor) {
    const h = hit(m, `XXXX-${pad(month, 2)}-${pad(day, 2)}`, 'unresolved');
    if (endDay !== undefined) h.rangeEnd = `XXXX-${pad(endMonth, 2)}-${pad(endDay, 2)}`;
    return h;
  } else if (weekday !== undefined && WEEKDAYS.has(weekday.toLowerCase())) {
    // "Tuesday, Nov. 7": the year (of the three nearest) in which that day is that weekday.
    const want = WEEKDAYS.get(weekday.toLowerCase()) as number;
    const a = r.anchor;
    const fits = [a.y, a.y - 1, a.y + 1].find(
      (yy) => isRealDate(yy, month, day) && isoWeekday({ y: yy, m: month, d: day }) === want,
    );
    const fallback = yearFor(month, r, m.index, m.index + m[0].length);
    y = fits ?? fallback.y;
    res = fits === undefined ? fallback.res : fits === a.y ? 'article-year' : 'tense-shifted';
  } else {
    const f = yearFor(month, r, m.index, m.index + m[0].length);
    y = f.y;
    res = f.res;
  }
  if (!isRealDate(y, month, day)) return null;
  const h = hit(m, formatDay({ y, m: month, d: day }), res);
  if (endDay !== undefined) {
    const endYear = endMonth < month ? y + 1 : y;
    if (!isRealDate(endYear, endMonth, endDay)) return null;
    if (endMonth === month && endDay <= day) return null;
    h.rangeEnd = formatDay({ y: endYear, m: endMonth, d: endDay });
  }
  return h;
}

export const WEEKDAY_PREFIX = `(?:(${WEEKDAY})(?:,[^\\S\\r\\n]*|[^\\S\\r\\n]+)(?:the[^\\S\\r\\n]+)?)?`;
export const SP = `[^\\S\\r\\n]+`; // spaces within a line; a date never runs over a line break
export const YEAR_TAIL = `(?:(?:,[^\\S\\r\\n]*|[^\\S\\r\\n]+)${YEAR})?`;

// Before a number: not a letter, digit, currency or part of a code ("A-2024", "$2024", "#2024").
export const NUMBER_START = `(?<![\\p{L}\\p{N}$€£¥#@/\\\\.,:'’‘-])`;
