// Date rules for calendar expressions: ISO and numeric dates, month-days, months, years,
// decades, centuries, two-digit years and fiscal years.
import { DASH, DAY, MONTH, MONTH_NAME, MONTH_NAMES_CASED, YEAR } from '../../calendar/patterns';
import { NOT_PLURAL, OLD_YEAR_CUES, TEMPORAL_PREPOSITIONS } from '../../text/grammarWords';
import { MONTHS, SEASONS, formatDay, formatMonth, isRealDate, monthNumber, pad } from '../../calendar/values';
import {
  Reading,
  fullYear,
  hit,
  yearFor,
  monthDay,
  WEEKDAY_PREFIX,
  SP,
  YEAR_TAIL,
  NUMBER_START,
  type Rule,
} from './reading';

/** Whether a bare four-digit number, read in its context, is a year. */
function isYearInContext(r: Reading, start: number, end: number, y: number): boolean {
  if (y < 1000 || y > 2199) return false;
  if (r.anchor && y > r.anchor.y + 100) return false;
  const before = r.wordBefore(start);
  const after = r.wordAfter(end);
  const hyphenPrefix = /(\p{L}+)-$/u.exec(r.text.slice(Math.max(0, start - 8), start));
  if (hyphenPrefix && !/^(?:mid|pre|post|early|late)$/i.test(hyphenPrefix[1])) return false;
  if (y < 1800 && !OLD_YEAR_CUES.has(before)) return false;
  if (r.cues.notYearBefore.has(before)) return false;
  if (r.cues.notYearAfter.has(after) || /(?:children|people|men)$/.test(after)) return false;
  // A plural count noun after the number ("2024 people") makes it a count, unless a preposition
  // before it makes it a time ("in 2008 sales fell") or the noun is one years modify.
  if (
    /^\p{Ll}{3,}s$/u.test(after) &&
    !/(?:ss|us|is|as)$/.test(after) &&
    !NOT_PLURAL.has(after) &&
    !r.cues.yearNouns.has(after) &&
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

/** Calendar rules, in the order they run. */
export const CALENDAR_RULES: Rule[] = [
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
  // (Thursday,) November 7(–9)(, 2023)
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
    re: new RegExp(
      `\\b(?<![.,:/])${WEEKDAY_PREFIX}(?:the${SP})?${DAY}(?:${DASH}(\\d{1,2})(?:st|nd|rd|th)?)?(?:${SP}of)?${SP}(${MONTH})${YEAR_TAIL}`,
      'gu',
    ),
    read: (m, r) => {
      const month = monthNumber(m[4]);
      const endDay = m[3] ? Number(m[3]) : undefined;
      return monthDay(m, r, m[1], month, Number(m[2]), m[5], month, endDay);
    },
    speed: {
      key: /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/,
      // The day and the month's capitalised first letters, as in the pattern: rare in US news,
      // while the pattern's optional start makes it the costliest date rule to run.
      need: /\d(?:st|nd|rd|th)?(?:\s*[-–—‐‑]\s*\d{1,2}(?:st|nd|rd|th)?)?(?:[^\S\r\n]+of)?[^\S\r\n]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)/,
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
    speed: {
      key: /january|february|march|april|may|june|july|august|september|october|november|december/,
      anchor: new RegExp(MONTH_NAMES_CASED, 'g'),
    },
  },
  // the 1990s, the '80s, the early 2000s, the sixties
  {
    re: /(?:\b|(?=['’‘]))(?:(the)[^\S\r\n]+)?(?:(?:early|mid|late)[^\S\r\n-]*-?[^\S\r\n]*)?(?:(\d{3})0s|['’‘](\d)0s|(\d)0s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))(?![\p{L}\p{N}])/gu,
    read: (m, r) => {
      // "the 1600s" and "the 1900s" are centuries (TimeML 16, 19); "the 2000s" is read as a decade.
      if (m[2] && m[2].endsWith('0') && Number(m[2]) < 200) return hit(m, m[2].slice(0, 2), 'explicit');
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
    speed: {
      lower: true,
      key: /0s|ties/,
    },
  },
  // the 20th century, the twenty-first century, a 17th-century church
  {
    re: /\b(?:the[^\S\r\n]+)?(?:(?:early|mid|late)[^\S\r\n-]*-?[^\S\r\n]*)?(?:(\d{1,2})(?:st|nd|rd|th)|(nineteenth|twentieth|twenty-first))(?:[^\S\r\n]+|-)century(?![\p{L}])/gu,
    read: (m) => {
      const n = m[1]
        ? Number(m[1])
        : { nineteenth: 19, twentieth: 20, 'twenty-first': 21 }[m[2].toLowerCase()];
      return n && n > 0 ? hit(m, pad(n - 1, 2), 'explicit') : null;
    },
    speed: {
      lower: true,
      key: /century/,
    },
  },
  // 2024, 2024–2026, 2008-09, mid-2011
  {
    re: new RegExp(
      `(?:\\b(?:[Ee]arly|[Mm]id|[Ll]ate)(?:-|[^\\S\\r\\n]+))?(?<![\\p{L}\\p{N}$€£¥#@/\\\\.,:'’‘])(\\d{4})(?:[-–—‐‑](\\d{4}|\\d{2}))?(?![\\p{N}\\p{L}]|[.,:]\\d|[-–—‐‑]\\d)`,
      'gu',
    ),
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
    speed: {
      lower: true,
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
    read: (m, r) => {
      const y = m[1].length === 2 ? fullYear(Number(m[1]), r.anchor) : Number(m[1]);
      return hit(m, `FY${y}`, 'explicit');
    },
    speed: {
      lower: true,
    },
  },
];
