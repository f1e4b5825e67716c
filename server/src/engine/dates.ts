// Date recognizer: finds calendar dates, months, years, decades, quarters, seasons, weekdays and
// relative expressions ("last week") in one block and gives each a TimeML value counted from the
// article date. Incomplete dates ("Nov. 7", "in March", "on Tuesday") are placed by the tense of
// their sentence, as news normalisers do. Without an article date nothing relative gets a value.
//
// Vague references ("now", "recently", "currently", "the future") are not marked: TimeML gives
// them PRESENT_REF/PAST_REF/FUTURE_REF, but to an editor they are not dates, and the development
// data marks them in one corpus only.
//
// Each rule is one regular expression over the block text (fast: no per-token work) plus a
// function that reads its groups; overlapping hits are settled by length, longest first.
import { PRIORITY, type Candidate, type Recognizer } from './candidate';
import type { DateResolution } from './types';
import type { Tokenized } from './text';
import { tenseAt, type Tense } from './dateTense';
import {
  DASH,
  DAY,
  MONTH,
  MONTH_NAME,
  NOT_YEAR_AFTER,
  NOT_YEAR_BEFORE,
  PART_OF_DAY,
  PART_OF_DAY_CASED,
  PART_OF_DAY_CODES,
  TEMPORAL_PREPOSITIONS,
  WEEKDAY,
  YEAR,
  YEAR_NOUNS,
} from './datePatterns';
import {
  MONTHS,
  NUMBER_WORDS,
  ORDINALS,
  SEASONS,
  WEEKDAYS,
  addDays,
  addMonths,
  formatDay,
  formatMonth,
  formatWeek,
  isRealDate,
  isoWeekday,
  pad,
  parseIso,
  quarterOf,
  type Ymd,
} from './dateValues';

interface Hit {
  start: number;
  end: number;
  value?: string;
  resolution: DateResolution;
  rangeEnd?: string;
  /** "the day", "that day": the day last named before it (or the article's day). */
  anaphoric?: boolean;
}

/** What a rule's reader may use: the block, the anchor date and the tense around a span. */
class Reading {
  private readonly tenses = new Map<number, Tense>();
  constructor(
    readonly text: string,
    private readonly tokenized: Tokenized,
    readonly anchor: Ymd | undefined,
  ) {}

  tense(start: number, end: number): Tense {
    let t = this.tenses.get(start);
    if (t === undefined) {
      t = tenseAt(this.tokenized, start, end);
      this.tenses.set(start, t);
    }
    return t;
  }

  /** The word just before `index` (lower case, trailing full stop kept), or ''. */
  wordBefore(index: number): string {
    const m = /([\p{L}\p{N}.]+)[^\S\r\n]*[,(]?[^\S\r\n]*$/u.exec(
      this.text.slice(Math.max(0, index - 30), index),
    );
    return m ? m[1].toLowerCase().replace(/^\.+/, '') : '';
  }

  /** The word just after `index` (lower case), or ''. */
  wordAfter(index: number): string {
    const m = /^[^\S\r\n]+([\p{L}\p{N}]+)/u.exec(this.text.slice(index, index + 30));
    return m ? m[1].toLowerCase() : '';
  }

  /** Whether the word after `index` starts with a capital (a name: "June Carter"). */
  capitalAfter(index: number): boolean {
    return /^[^\S\r\n]+\p{Lu}\p{Ll}/u.test(this.text.slice(index, index + 4));
  }
}

type Read = (m: RegExpExecArray, r: Reading) => Hit | null;

interface Rule {
  re: RegExp;
  read: Read;
  /**
   * Run over the text with ASCII letters in lower case: a case-blind match ("Last week", "LAST
   * WEEK") without the regex `i` flag, which is several times slower with Unicode classes.
   */
  lower?: boolean;
  /** A cheap test on the (lowered) text: when it fails, the rule cannot match and is skipped. */
  key?: RegExp;
}

/** Lower-cases ASCII letters only, so every offset stays where it was. */
function asciiLower(text: string): string {
  return text.replace(/[A-Z]+/g, (s) => s.toLowerCase());
}

const monthNumber = (name: string): number => MONTHS.get(name.toLowerCase().replace('.', '')) ?? 0;

/** Two-digit years: the century that puts the year nearest the article's (or 1900s–2000s). */
function fullYear(yy: number, anchor: Ymd | undefined): number {
  const base = anchor ? anchor.y : 2000;
  const candidates = [1900 + yy, 2000 + yy, 2100 + yy];
  return candidates.reduce((a, b) => (Math.abs(b - base) < Math.abs(a - base) ? b : a));
}

function hit(m: RegExpExecArray, value: string | undefined, resolution: DateResolution): Hit {
  return { start: m.index, end: m.index + m[0].length, value, resolution };
}

/** A relative value, or an unresolved hit when there is no article date to count from. */
function relative(m: RegExpExecArray, r: Reading, value: (a: Ymd) => string): Hit {
  return r.anchor ? hit(m, value(r.anchor), 'relative') : hit(m, undefined, 'unresolved');
}

/**
 * The year of a month (and day) written without one: the article's year, moved back a year in
 * a past-tense sentence when the month is later than the article's, forward in a future-tense
 * sentence when it is earlier.
 */
function yearFor(month: number, r: Reading, start: number, end: number): { y: number; res: DateResolution } {
  const a = r.anchor as Ymd;
  const tense = r.tense(start, end);
  if (tense === 'past' && month > a.m) return { y: a.y - 1, res: 'tense-shifted' };
  if (tense === 'future' && month < a.m) return { y: a.y + 1, res: 'tense-shifted' };
  return { y: a.y, res: 'article-year' };
}

/** Reads a month-day (with optional weekday, day range and year) into a hit. */
function monthDay(
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

const WEEKDAY_PREFIX = `(?:(${WEEKDAY})(?:,[^\\S\\r\\n]*|[^\\S\\r\\n]+)(?:the[^\\S\\r\\n]+)?)?`;
const SP = `[^\\S\\r\\n]+`; // spaces within a line; a date never runs over a line break
const YEAR_TAIL = `(?:(?:,[^\\S\\r\\n]*|[^\\S\\r\\n]+)${YEAR})?`;

// Before a number: not a letter, digit, currency or part of a code ("A-2024", "$2024", "#2024").
const NUMBER_START = `(?<![\\p{L}\\p{N}$€£¥#@/\\\\.,:'’‘-])`;

/** Words that make a bare season name a time ("in spring", "this summer"). */
const SEASON_CUES = new Set([
  'in',
  'during',
  'this',
  'last',
  'next',
  'by',
  'until',
  'since',
  'early',
  'late',
  'the',
]);

/** Words ending in -s after a number that are not plural nouns ("2024 was", "2024 does"). */
const NOT_PLURAL = new Set(['does', 'goes', 'always', 'perhaps', 'its', 'this', 'thus', 'plus', 'whereas']);

/** Prepositions that make even an old year ("in 1709") a year. */
const OLD_YEAR_CUES = new Set([
  'in',
  'since',
  'by',
  'until',
  'till',
  'from',
  'before',
  'after',
  'circa',
  'c.',
  'year',
]);

/** Whether a bare four-digit number, read in its context, is a year. */
function isYearInContext(r: Reading, start: number, end: number, y: number): boolean {
  if (y < 1000 || y > 2199) return false;
  if (r.anchor && y > r.anchor.y + 100) return false;
  const before = r.wordBefore(start);
  const after = r.wordAfter(end);
  const hyphenPrefix = /(\p{L}+)-$/u.exec(r.text.slice(Math.max(0, start - 8), start));
  if (hyphenPrefix && !/^(?:mid|pre|post|early|late)$/i.test(hyphenPrefix[1])) return false;
  if (y < 1800 && !OLD_YEAR_CUES.has(before)) return false;
  if (NOT_YEAR_BEFORE.has(before)) return false;
  if (NOT_YEAR_AFTER.has(after) || /(?:children|people|men)$/.test(after)) return false;
  // A plural count noun after the number ("2024 people") makes it a count, unless a preposition
  // before it makes it a time ("in 2008 sales fell") or the noun is one years modify.
  if (
    /^\p{Ll}{3,}s$/u.test(after) &&
    !/(?:ss|us|is|as)$/.test(after) &&
    !NOT_PLURAL.has(after) &&
    !YEAR_NOUNS.has(after) &&
    !TEMPORAL_PREPOSITIONS.has(before)
  )
    return false;
  // "2000-year-old", "2024 %"
  if (/^[^\S\r\n]*(?:%|-?year)/u.test(r.text.slice(end, end + 6))) return false;
  // A number between capitalised words inside a sentence is part of a name: "the Russell 2000
  // Index". ("Fan Expo Canada 2016" and "World Cup 2018" do name the year.)
  const lead = /(^|[.!?:;"“”'‘’(]\s*|\n\s*)?(\p{Lu}[\p{L}\p{N}]*)[^\S\r\n]+$/u.exec(
    r.text.slice(Math.max(0, start - 40), start),
  );
  if (
    lead &&
    lead[1] === undefined &&
    r.capitalAfter(end) &&
    !MONTHS.has(lead[2].toLowerCase()) &&
    !SEASONS.has(lead[2].toLowerCase())
  )
    return false;
  return true;
}

/**
 * Widens a hit over a modifier written before it that TimeML keeps in the date's extent:
 * "early June", "mid-2011", "the end of this year", "the beginning of the year". Prepositions
 * stay outside ("early in 2016" marks "2016"), as in the TimeML guidelines.
 */
function withLeadingModifier(text: string, h: Hit): Hit {
  const lead = text.slice(Math.max(0, h.start - 40), h.start);
  const m =
    /(?<![\p{L}])(?:(?:the[^\S\r\n]+)?(?:very[^\S\r\n]+)?(?:end|start|beginning|middle)[^\S\r\n]+of[^\S\r\n]+|(?:early|mid|late)(?:-|[^\S\r\n]+))$/iu.exec(
      lead,
    );
  if (!m || /^(?:early|mid|late)\b/i.test(text.slice(h.start, h.end))) return h;
  return { ...h, start: h.start - m[0].length };
}

export const RULES: Rule[] = [
  // 2023-11-08 (ISO), optionally with a clock time that is not part of the date.
  {
    re: new RegExp(`${NUMBER_START}(\\d{4})-(\\d{2})-(\\d{2})(?![\\p{N}-]|[.,]\\d)`, 'gu'),
    read: (m) => {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      return isRealDate(y, mo, d) ? hit(m, formatDay({ y, m: mo, d }), 'explicit') : null;
    },
  },
  // 7/8/07, 11/07/2023 — month first (US wire style) unless the first number cannot be a month.
  {
    re: new RegExp(`${NUMBER_START}(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})(?![\\p{N}/])`, 'gu'),
    read: (m, r) => {
      let [mo, d] = [Number(m[1]), Number(m[2])];
      if (mo > 12) [mo, d] = [d, mo];
      const y = m[3].length === 2 ? fullYear(Number(m[3]), r.anchor) : Number(m[3]);
      return isRealDate(y, mo, d) ? hit(m, formatDay({ y, m: mo, d }), 'explicit') : null;
    },
  },
  // (Thursday,) November 7(–9)(, 2023) and Nov. 7 – Dec. 2
  {
    re: new RegExp(
      `\\b${WEEKDAY_PREFIX}(${MONTH})[^\\S\\r\\n]*${DAY}(?:${DASH}(\\d{1,2})(?:st|nd|rd|th)?(?![\\p{N}\\p{L}]|[.,:]\\d))?${YEAR_TAIL}`,
      'gu',
    ),
    read: (m, r) => {
      // "Nov. 7–9" is one range; "January 23 - March 9" is two dates, as TimeML marks them.
      const month = monthNumber(m[2]);
      const endDay = m[4] ? Number(m[4]) : undefined;
      return monthDay(m, r, m[1], month, Number(m[3]), m[5], month, endDay);
    },
  },
  // (Tuesday,) 7(–9) November(, 2023) and the 7th of November
  {
    key: /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/,
    re: new RegExp(
      `\\b(?<![.,:/])${WEEKDAY_PREFIX}(?:the${SP})?${DAY}(?:${DASH}(\\d{1,2})(?:st|nd|rd|th)?)?(?:${SP}of)?${SP}(${MONTH})${YEAR_TAIL}`,
      'gu',
    ),
    read: (m, r) => {
      const month = monthNumber(m[4]);
      const endDay = m[3] ? Number(m[3]) : undefined;
      return monthDay(m, r, m[1], month, Number(m[2]), m[5], month, endDay);
    },
  },
  // November 2023, (early) June of 2009
  {
    re: new RegExp(
      `\\b(${MONTH})(?:,?${SP}(?:of${SP})?)${YEAR}(?:${DASH}(${MONTH})(?:,?${SP})${YEAR})?`,
      'gu',
    ),
    read: (m) => {
      const month = monthNumber(m[1]);
      const y = Number(m[2]);
      if (month === 0 || y < 1000) return null;
      const h = hit(m, formatMonth(y, month), 'explicit');
      if (m[3] && m[4]) h.rangeEnd = formatMonth(Number(m[4]), monthNumber(m[3]));
      return h;
    },
  },
  // November, last September, next March
  {
    key: /january|february|march|april|may|june|july|august|september|october|november|december/,
    re: new RegExp(`\\b(?:([Ll]ast|[Nn]ext|[Tt]his)${SP})?(${MONTH_NAME})`, 'gu'),
    read: (m, r) => {
      const name = m[2];
      // The month itself must be capitalised ("may" and "march" are words); the modifier need not be.
      if (!/^\p{Lu}/u.test(name)) return null;
      const month = monthNumber(name);
      const modifier = m[1]?.toLowerCase();
      const end = m.index + m[0].length;
      if (!modifier) {
        const before = r.wordBefore(m.index);
        const ambiguous = /^(?:May|March|August|MAY|MARCH|AUGUST)$/.test(name);
        const cued =
          TEMPORAL_PREPOSITIONS.has(before) ||
          /(?:early|mid|late)(?:-|[^\S\r\n]+)$/i.test(r.text.slice(Math.max(0, m.index - 6), m.index));
        if (ambiguous && !cued) return null;
        if (r.capitalAfter(end) && !cued) return null; // "June Carter", "April Fools"
      }
      if (!r.anchor) return hit(m, `XXXX-${pad(month, 2)}`, 'unresolved');
      const a = r.anchor;
      if (modifier === 'last') return hit(m, formatMonth(month < a.m ? a.y : a.y - 1, month), 'relative');
      if (modifier === 'next') return hit(m, formatMonth(month > a.m ? a.y : a.y + 1, month), 'relative');
      if (modifier === 'this') return hit(m, formatMonth(a.y, month), 'relative');
      const f = yearFor(month, r, m.index, end);
      return hit(m, formatMonth(f.y, month), f.res);
    },
  },
  // the 1990s, the '80s, the early 2000s, the sixties
  {
    key: /0s|ties/,
    re: /(?:\b|(?=['’‘]))(?:(the)[^\S\r\n]+)?(?:(?:early|mid|late)[^\S\r\n-]*-?[^\S\r\n]*)?(?:(\d{3})0s|['’‘](\d)0s|(\d)0s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))(?![\p{L}\p{N}])/gu,
    lower: true,
    read: (m, r) => {
      if (m[2]) return hit(m, m[2], 'explicit');
      // "in his 80s" is an age; "the 70s and 80s" is not.
      if (
        !m[1] &&
        m[4] &&
        !/0s[^\S\r\n]+(?:and|or|to|through)[^\S\r\n]+$/.test(r.text.slice(Math.max(0, m.index - 12), m.index))
      )
        return null;
      if (m[5] && !m[1]) return null; // "in their forties"
      let digit: number;
      if (m[5]) {
        const words = [
          'twenties',
          'thirties',
          'forties',
          'fifties',
          'sixties',
          'seventies',
          'eighties',
          'nineties',
        ];
        digit = words.indexOf(m[5].toLowerCase()) + 2;
      } else digit = Number(m[3] ?? m[4]);
      // Decades written without a century are this century's only once they have begun
      // ("the '10s" in 2023); "the sixties" in words is always the 1960s.
      const now = r.anchor ? r.anchor.y : 2000;
      const century = !m[5] && 2000 + digit * 10 <= now ? 200 : 190;
      return hit(m, String(century + digit), 'explicit');
    },
  },
  // the 20th century, the twenty-first century
  {
    key: /century/,
    re: /\bthe[^\S\r\n]+(?:(?:early|mid|late)[^\S\r\n-]*-?[^\S\r\n]*)?(?:(\d{1,2})(?:st|nd|rd|th)|(nineteenth|twentieth|twenty-first))[^\S\r\n]+century(?![\p{L}])/gu,
    lower: true,
    read: (m) => {
      const n = m[1]
        ? Number(m[1])
        : { nineteenth: 19, twentieth: 20, 'twenty-first': 21 }[m[2].toLowerCase()];
      return n && n > 0 ? hit(m, pad(n - 1, 2), 'explicit') : null;
    },
  },
  // 2024, 2024–2026, 2008-09, mid-2011
  {
    re: new RegExp(
      `(?:\\b(?:[Ee]arly|[Mm]id|[Ll]ate)(?:-|[^\\S\\r\\n]+))?(?<![\\p{L}\\p{N}$€£¥#@/\\\\.,:'’‘])(\\d{4})(?:[-–—‐‑](\\d{4}|\\d{2}))?(?![\\p{N}\\p{L}]|[.,:]\\d|[-–—‐‑]\\d)`,
      'gu',
    ),
    lower: true,
    read: (m, r) => {
      const yearStart = m.index + m[0].indexOf(m[1]);
      const y = Number(m[1]);
      if (!isYearInContext(r, yearStart, yearStart + 4, y)) return null;
      const h = hit(m, String(y), 'explicit');
      if (m[2]) {
        const endYear = m[2].length === 2 ? Math.floor(y / 100) * 100 + Number(m[2]) : Number(m[2]);
        if (endYear <= y || endYear - y > 100) {
          // Not a range ("2024-05" is handled elsewhere, "1990-1950" is no range): keep the year.
          return { start: m.index, end: yearStart + 4, value: String(y), resolution: 'explicit' };
        }
        h.rangeEnd = String(endYear);
      }
      return h;
    },
  },
  // '82 (a year with its century left out)
  {
    re: /(?<![\p{L}\p{N}])['’‘](\d{2})(?![\p{L}\p{N}]|[.,]\d)/gu,
    read: (m, r) => {
      const before = r.wordBefore(m.index);
      if (!TEMPORAL_PREPOSITIONS.has(before) && !MONTHS.has(before.replace('.', ''))) return null;
      return hit(m, String(fullYear(Number(m[1]), r.anchor)), 'explicit');
    },
  },
  // FY2007, fiscal 2007, fiscal year 2007
  {
    re: /\b(?:fy[^\S\r\n]*|fiscal[^\S\r\n]+(?:year[^\S\r\n]+)?)['’]?(\d{4}|\d{2})(?![\p{L}\p{N}])/gu,
    lower: true,
    read: (m, r) => {
      const y = m[1].length === 2 ? fullYear(Number(m[1]), r.anchor) : Number(m[1]);
      return hit(m, `FY${y}`, 'explicit');
    },
  },
  // today, yesterday, tomorrow, tonight, earlier today, yesterday morning
  {
    key: /to(?:day|night|morrow)|yesterday/,
    re: new RegExp(
      `\\b(?:(?:earlier|later)${SP})?(today|tonight|yesterday|tomorrow)(?:${SP}${PART_OF_DAY})?(?![\\p{L}\\p{N}])`,
      'gu',
    ),
    lower: true,
    read: (m, r) => {
      const word = m[1].toLowerCase();
      const offset = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0;
      let part = m[2] ? (PART_OF_DAY_CODES.get(m[2].toLowerCase()) ?? '') : '';
      if (word === 'tonight') part = 'TNI';
      return relative(m, r, (a) => formatDay(addDays(a, offset)) + part);
    },
  },
  // this morning, last night
  {
    key: /morning|afternoon|evening|night/,
    re: new RegExp(`\\b(this|last)${SP}(morning|afternoon|evening|night)(?![\\p{L}])`, 'gu'),
    lower: true,
    read: (m, r) => {
      const last = m[1].toLowerCase() === 'last';
      if (last && m[2].toLowerCase() !== 'night') return null;
      const code = PART_OF_DAY_CODES.get(m[2].toLowerCase()) ?? '';
      return relative(m, r, (a) => formatDay(addDays(a, last ? -1 : 0)) + code);
    },
  },
  // last week, next month, this year, this past week, earlier this year, the previous year
  {
    key: /week|month|year|decade/,
    re: new RegExp(
      `\\b(?:(earlier|later)${SP})?(last|next|this|this${SP}past|this${SP}coming|the${SP}past|the${SP}last|the${SP}previous|the${SP}following|the${SP}coming|the)${SP}(week|weekend|month|year|decade)(?![\\p{L}\\p{N}])`,
      'gu',
    ),
    lower: true,
    read: (m, r) => {
      const which = m[2].toLowerCase().replace(/\s+/g, ' ');
      const unit = m[3].toLowerCase();
      const step: Record<string, number> = {
        last: -1,
        next: 1,
        this: 0,
        'this past': -1,
        'this coming': 1,
        'the past': -1,
        'the last': -1,
        'the previous': -1,
        'the following': 1,
        'the coming': 1,
        the: 0,
      };
      // "the past week" and "the coming month" are usually spans of time, not calendar units;
      // only the decade reads as a calendar unit after "the past".
      if ((which === 'the past' || which === 'the coming') && unit !== 'decade') return null;
      if (which === 'the last' && unit !== 'year') return null;
      // "the week", "the month" and "the year" alone are not dates; "the weekend" is.
      if (which === 'the' && unit !== 'weekend') {
        const lead = r.text.slice(Math.max(0, m.index - 24), m.index);
        if (!/(?:end|start|beginning|middle)[^\S\r\n]+of[^\S\r\n]+$/i.test(lead)) return null;
      }
      const n = step[which] ?? 0;
      return relative(m, r, (a) => {
        if (unit === 'year') return pad(a.y + n, 4);
        if (unit === 'decade') return String(Math.floor((a.y + 10 * n) / 10));
        if (unit === 'month') {
          const mm = addMonths(a, n);
          return formatMonth(mm.y, mm.m);
        }
        if (unit === 'week') return formatWeek(addDays(a, 7 * n));
        // weekend: "this weekend" / "the weekend" look back in a past-tense sentence.
        let k = n;
        if (which === 'the' || which === 'this') {
          const wd = isoWeekday(a);
          if (wd < 6 && r.tense(m.index, m.index + m[0].length) === 'past') k = -1;
        }
        return formatWeek(addDays(a, 7 * k), true);
      });
    },
  },
  // the same period last year, the same month a year ago: a year back from the article
  {
    key: /same/,
    re: new RegExp(
      `\\bthe${SP}same${SP}(?:period|month|quarter|week|day|time)${SP}(?:of${SP})?(?:last${SP}year|the${SP}last${SP}year|a${SP}year${SP}(?:ago|earlier|before))(?![\\p{L}])`,
      'gu',
    ),
    lower: true,
    read: (m, r) => relative(m, r, (a) => pad(a.y - 1, 4)),
  },
  // the first week of March, the last week of March (2009)
  {
    key: /week/,
    re: new RegExp(
      `\\b[Tt]he${SP}(first|second|third|fourth|last|final)${SP}week${SP}of${SP}(${MONTH})(?:,?${SP}${YEAR})?`,
      'gu',
    ),
    read: (m, r) => {
      const month = monthNumber(m[2]);
      if (month === 0) return null;
      // The week holding the 4th, 11th, … of the month; the last week holds the 28th.
      const day =
        { first: 4, second: 11, third: 18, fourth: 25, last: 28, final: 28 }[m[1].toLowerCase()] ?? 4;
      if (m[3]) return hit(m, formatWeek({ y: Number(m[3]), m: month, d: day }), 'explicit');
      if (!r.anchor) return hit(m, undefined, 'unresolved');
      const f = yearFor(month, r, m.index, m.index + m[0].length);
      return hit(m, formatWeek({ y: f.y, m: month, d: day }), f.res);
    },
  },
  // the day, the same day, that day: in news these point back at the day being reported
  {
    key: /day/,
    re: new RegExp(`\\b(?:the${SP}same|the|that)${SP}day(?![\\p{L}\\p{N}'’])`, 'gu'),
    lower: true,
    read: (m, r) => {
      // "the day of the vote", "the day before", "the day when …" name another day.
      const after = r.wordAfter(m.index + m[0].length);
      if (/^(?:of|before|after|when|that|which|where|on|in|he|she|they|we|it|i|you)$/.test(after))
        return null;
      return { ...hit(m, undefined, 'relative'), anaphoric: true };
    },
  },
  // the year before, the year previous
  {
    key: /year/,
    re: new RegExp(`\\bthe${SP}year${SP}(before|previous|earlier)(?![\\p{L}])`, 'gu'),
    lower: true,
    read: (m, r) => relative(m, r, (a) => pad(a.y - 1, 4)),
  },
  // a year ago, two weeks ago, three days ago, 20 years ago
  {
    key: /ago/,
    re: new RegExp(
      `\\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,3})${SP}(day|week|month|year|decade)s?${SP}ago(?![\\p{L}])`,
      'gu',
    ),
    lower: true,
    read: (m, r) => {
      const word = m[1].toLowerCase();
      const n = /\d/.test(word)
        ? Number(word)
        : word === 'an' || word === 'one'
          ? 1
          : (NUMBER_WORDS.get(word) ?? 0);
      if (n <= 0) return null;
      const unit = m[2].toLowerCase();
      return relative(m, r, (a) => {
        if (unit === 'year') return pad(a.y - n, 4);
        if (unit === 'decade') return String(Math.floor((a.y - 10 * n) / 10));
        if (unit === 'month') {
          const mm = addMonths(a, -n);
          return formatMonth(mm.y, mm.m);
        }
        return formatDay(addDays(a, unit === 'week' ? -7 * n : -n));
      });
    },
  },
  // the third quarter (of 2009 / of this year), third-quarter, Q3 2023, last quarter
  {
    key: /quarter/,
    re: new RegExp(
      `\\b(?:(the)${SP})?(first|second|third|fourth|final|last|this|next|1st|2nd|3rd|4th)([^\\S\\r\\n]+|-)quarter(?![\\p{L}])(?:${SP}of${SP}(?:(this|last|next|the)${SP}year|(?:fiscal${SP})?${YEAR}))?`,
      'gu',
    ),
    lower: true,
    read: (m, r) => {
      const which = m[2].toLowerCase();
      const hyphen = m[3] === '-';
      let h: Hit;
      if (which === 'last' || which === 'this' || which === 'next') {
        if (m[4] || m[5]) return null; // "the last quarter of 2009" is the fourth: left to ORDINALS
        const step = which === 'last' ? -1 : which === 'next' ? 1 : 0;
        h = relative(m, r, (a) => {
          const mm = addMonths(a, 3 * step);
          return `${pad(mm.y, 4)}-Q${quarterOf(mm.m)}`;
        });
      } else {
        const q = ORDINALS.get(which) as number;
        if (m[5]) h = hit(m, `${m[5]}-Q${q}`, 'explicit');
        else if (m[4]) {
          const step = { this: 0, the: 0, last: -1, next: 1 }[m[4].toLowerCase()] ?? 0;
          h = relative(m, r, (a) => `${pad(a.y + step, 4)}-Q${q}`);
        } else if (!r.anchor) h = hit(m, undefined, 'unresolved');
        else {
          const a = r.anchor;
          const tense = r.tense(m.index, m.index + m[0].length);
          const aq = quarterOf(a.m);
          if (tense === 'past' && q > aq) h = hit(m, `${a.y - 1}-Q${q}`, 'tense-shifted');
          else if (tense === 'future' && q < aq) h = hit(m, `${a.y + 1}-Q${q}`, 'tense-shifted');
          else h = hit(m, `${a.y}-Q${q}`, 'article-year');
        }
      }
      // "the third-quarter profit": the article belongs to the noun, not to the date.
      if (hyphen && m[1] && !m[4] && !m[5]) h.start += m[1].length + m[0].slice(m[1].length).search(/\S/);
      return h;
    },
  },
  // Fixed-date holidays, placed like a month-day without a year: Christmas, New Year's Day
  {
    key: /christmas|new year|valentine|halloween/,
    re: /\b(christmas(?:[^\S\r\n]+(?:day|eve))?|new[^\S\r\n]+year['’]s[^\S\r\n]+(?:day|eve)|valentine['’]s[^\S\r\n]+day|halloween)(?![\p{L}\p{N}])/gu,
    lower: true,
    read: (m, r) => {
      const name = m[1].replace(/\s+/g, ' ').replace('’', "'");
      const [month, day] =
        name === 'christmas eve'
          ? [12, 24]
          : name.startsWith('christmas')
            ? [12, 25]
            : name === "new year's day"
              ? [1, 1]
              : name === "new year's eve"
                ? [12, 31]
                : name.startsWith('valentine')
                  ? [2, 14]
                  : [10, 31];
      // Only as a time: "on Christmas", "at Christmas", "by Halloween" — not "Christmas trees".
      const before = r.wordBefore(m.index);
      if (!/^(?:on|at|by|until|till|since|before|after|over|this|last|next|during|for)$/.test(before))
        return null;
      if (!r.anchor) return hit(m, `XXXX-${pad(month, 2)}-${pad(day, 2)}`, 'unresolved');
      const f = yearFor(month, r, m.index, m.index + m[0].length);
      return hit(m, formatDay({ y: f.y, m: month, d: day }), f.res);
    },
  },
  // H1 2023, the first half of 2023, the second half of this year
  {
    key: /half|h[12]/,
    re: new RegExp(
      `\\b(?:h([12])(?:${SP}|[-/'’])(\\d{4})|the${SP}(first|second)${SP}half${SP}of${SP}(?:(this|last|next)${SP}year|${YEAR}))(?![\\p{L}\\p{N}])`,
      'gu',
    ),
    lower: true,
    read: (m, r) => {
      const half = m[1] ? Number(m[1]) : m[3] === 'first' ? 1 : 2;
      const year = m[2] ?? m[5];
      if (year) return hit(m, `${year}-H${half}`, 'explicit');
      const step = { this: 0, last: -1, next: 1 }[m[4] ?? 'this'] ?? 0;
      return relative(m, r, (a) => `${pad(a.y + step, 4)}-H${half}`);
    },
  },
  // Q3 2023, Q3
  {
    re: new RegExp(`\\bQ([1-4])(?:(?:${SP}|[-/'’])(\\d{4}|\\d{2}))?(?![\\p{L}\\p{N}])`, 'gu'),
    read: (m, r) => {
      const q = Number(m[1]);
      if (m[2]) {
        const y = m[2].length === 2 ? fullYear(Number(m[2]), r.anchor) : Number(m[2]);
        return hit(m, `${y}-Q${q}`, 'explicit');
      }
      if (!r.anchor) return hit(m, undefined, 'unresolved');
      const a = r.anchor;
      const tense = r.tense(m.index, m.index + m[0].length);
      if (tense === 'past' && q > quarterOf(a.m)) return hit(m, `${a.y - 1}-Q${q}`, 'tense-shifted');
      return hit(m, `${a.y}-Q${q}`, 'article-year');
    },
  },
  // this summer, last winter, spring 2009, the autumn of 2008, in spring
  {
    key: /spring|summer|autumn|fall|winter/,
    re: new RegExp(
      `\\b(?:(this|last|next|early|late)${SP})?(spring|summer|autumn|fall|winter)(?:${SP}(?:of${SP})?${YEAR})?(?![\\p{L}\\p{N}])`,
      'gu',
    ),
    lower: true,
    read: (m, r) => {
      const season = SEASONS.get(m[2].toLowerCase());
      if (!season) return null;
      const modifier = m[1]?.toLowerCase();
      if (m[3]) return hit(m, `${m[3]}-${season.code}`, 'explicit');
      const before = r.wordBefore(m.index);
      // "to fall", "a fall in prices", "after the fall of Kabul": fall is a season only after
      // this/last/next or as "in the fall".
      const isFall = m[2].toLowerCase() === 'fall';
      const seasonModifier = modifier === 'this' || modifier === 'last' || modifier === 'next';
      if (isFall && !seasonModifier && (before !== 'the' || r.wordAfter(m.index + m[0].length) === 'of'))
        return null;
      if (!modifier && !SEASON_CUES.has(before)) return null;
      if (before === 'the' && !modifier) {
        // "the spring" only after a preposition ("in the spring"), not "the summer camp".
        const lead = /([\p{L}.]+)[^\S\r\n]+the[^\S\r\n]+$/iu.exec(
          r.text.slice(Math.max(0, m.index - 30), m.index),
        );
        if (!lead || !TEMPORAL_PREPOSITIONS.has(lead[1].toLowerCase())) return null;
      }
      return relative(m, r, (a) => {
        // Seasons counted as an index: four a year, winter belonging to the year of its December.
        const seasonIndex = (y: number, month: number): number => {
          const s = month === 12 ? 3 : month <= 2 ? 3 : Math.floor((month - 3) / 3);
          const year = month <= 2 ? y - 1 : y;
          return year * 4 + s;
        };
        const current = seasonIndex(a.y, a.m);
        const target = ['SP', 'SU', 'FA', 'WI'].indexOf(season.code);
        const base = Math.floor(current / 4) * 4 + target;
        let index = base;
        const tense = r.tense(m.index, m.index + m[0].length);
        if (
          modifier === 'last' ||
          ((!modifier || modifier === 'early' || modifier === 'late') && tense === 'past')
        )
          index = base < current || (base === current && modifier !== 'last') ? base : base - 4;
        else if (modifier === 'next' || (!modifier && tense === 'future'))
          index = base > current || (base === current && modifier !== 'next') ? base : base + 4;
        return `${Math.floor(index / 4)}-${season.code}`;
      });
    },
  },
  // (last|next|this) Tuesday (night)
  {
    key: /day/,
    re: new RegExp(
      `\\b(?:([Ll]ast|[Nn]ext|[Tt]his|[Tt]his${SP}past|[Tt]his${SP}coming|[Cc]oming|[Pp]ast)${SP})?(${WEEKDAY})(?:${SP}${PART_OF_DAY_CASED})?`,
      'gu',
    ),
    read: (m, r) => {
      if (!/^\p{Lu}/u.test(m[2])) return null;
      // Named days such as "Black Friday" and "Good Friday" are holidays, not this week's day.
      const lead = /(\p{Lu}\p{Ll}+)[^\S\r\n]+$/u.exec(r.text.slice(Math.max(0, m.index - 20), m.index));
      if (
        !m[1] &&
        lead &&
        /^(?:Black|Good|Cyber|Easter|Ash|Holy|Bloody|Super|Blue|Whit|Palm|Maundy)$/.test(lead[1])
      )
        return null;
      // Newspapers named after a day: "The Sunday Times", "the Mail on Sunday" stays a date.
      if (
        !m[3] &&
        /^[^\S\r\n]+(?:Times|Telegraph|Express|Mirror|Herald|Post|Independent|Mail|Sport|Star|Tribune|Observer)\b/.test(
          r.text.slice(m.index + m[0].length, m.index + m[0].length + 14),
        )
      )
        return null;
      const modifier = m[1]?.toLowerCase().replace(/\s+/g, ' ');
      const code = m[3] ? (PART_OF_DAY_CODES.get(m[3].toLowerCase()) ?? '') : '';
      return relative(m, r, (a) => {
        const want = WEEKDAYS.get(m[2].toLowerCase()) as number;
        const today = isoWeekday(a);
        const back = (today - want + 7) % 7; // days since the last such weekday (0 = today)
        const ahead = (want - today + 7) % 7;
        let offset: number;
        if (modifier === 'last' || modifier === 'this past' || modifier === 'past') offset = -(back || 7);
        else if (modifier === 'next' || modifier === 'this coming' || modifier === 'coming')
          offset = ahead || 7;
        else if (back === 0) offset = 0;
        else if (modifier === 'this')
          offset = want - today; // the day of the article's week
        else offset = r.tense(m.index, m.index + m[0].length) === 'future' ? ahead : -back;
        return formatDay(addDays(a, offset)) + code;
      });
    },
  },
];

/** Finds the dates of one block. */
export const recognizeDates: Recognizer = (ctx): Candidate[] => {
  const anchor = parseIso(ctx.articleDate);
  const r = new Reading(ctx.text, ctx.tokenized, anchor);
  const hits: Hit[] = [];
  const lowered = asciiLower(ctx.text);
  for (const rule of RULES) {
    const text = rule.lower ? lowered : ctx.text;
    if (rule.key && !rule.key.test(lowered)) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m !== null; m = rule.re.exec(text)) {
      const h = rule.read(m, r);
      if (h && h.end > h.start) hits.push(withLeadingModifier(ctx.text, h));
      if (m[0].length === 0) rule.re.lastIndex++;
    }
  }
  // Longest first; an overlapping shorter hit is a part of a longer date ("7" in "Nov. 7, 2023").
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Hit[] = [];
  for (const h of hits) {
    if (kept.some((k) => k.start < h.end && h.start < k.end)) continue;
    kept.push(h);
  }
  kept.sort((a, b) => a.start - b.start);
  let lastDay = anchor ? formatDay(anchor) : undefined;
  for (const h of kept) {
    if (h.anaphoric) {
      h.value = lastDay;
      if (lastDay === undefined) h.resolution = 'unresolved';
      continue;
    }
    const day = h.value !== undefined ? /^\d{4}-\d{2}-\d{2}/.exec(h.value) : null;
    if (day) lastDay = day[0];
  }
  return kept.map((h) => {
    const c: Candidate = {
      start: h.start,
      end: h.end,
      type: 'date',
      source: 'dates',
      priority: PRIORITY.date,
      resolution: h.resolution,
    };
    if (h.value !== undefined) c.value = h.value;
    if (h.rangeEnd !== undefined) c.rangeEnd = h.rangeEnd;
    return c;
  });
};
