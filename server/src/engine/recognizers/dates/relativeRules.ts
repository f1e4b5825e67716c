// Date rules for expressions counted from the article date: today, last week, the third
// quarter, this summer, on Tuesday, the day; holidays and half-years.
import {
  MONTH,
  PART_OF_DAY,
  PART_OF_DAY_CASED,
  PART_OF_DAY_CODES,
  WEEKDAY,
  YEAR,
} from '../../calendar/patterns';
import { SEASON_CUES, TEMPORAL_PREPOSITIONS } from '../../text/grammarWords';
import {
  NUMBER_WORDS,
  NUMBER_WORD_PATTERN,
  ORDINALS,
  SEASONS,
  WEEKDAYS,
  addDays,
  addMonths,
  formatDay,
  formatMonth,
  formatWeek,
  isoWeekday,
  monthNumber,
  pad,
  quarterOf,
} from '../../calendar/values';
import {
  anaphoric,
  fullYear,
  hit,
  relative,
  yearFor,
  yearOfPart,
  SP,
  type Hit,
  type Reading,
  type Rule,
} from './reading';

/**
 * Whether a bare "the third quarter" or "the first half" (no year after it) is a part of the
 * year: not when "of" follows ("the first half of the match") or the line is about a game.
 */
function calendarPart(m: RegExpExecArray, r: Reading): boolean {
  const end = m.index + m[0].length;
  return !/^[^\S\r\n]+of[^\p{L}]/iu.test(r.text.slice(end, end + 4)) && !r.inMatch(m.index, end);
}

/** Whether a clause ends at `index`: only punctuation or the end of the line follows. */
function clauseEndsAt(r: Reading, index: number): boolean {
  return /^[^\S\r\n]*(?:[.,;:!?)"”]|\r|\n|$)/.test(r.text.slice(index, index + 8));
}

/** A count written in digits or words ("3", "an", "twenty"), or 0. */
function countOf(word: string): number {
  if (/\d/.test(word)) return Number(word);
  const w = word.toLowerCase();
  return w === 'an' || w === 'one' ? 1 : (NUMBER_WORDS.get(w) ?? 0);
}

/** Relative rules, in the order they run. */
export const RELATIVE_RULES: Rule[] = [
  // today, yesterday, tomorrow, tonight, earlier today, yesterday morning
  {
    re: new RegExp(
      `\\b(?:(?:earlier|later)${SP})?(today|tonight|yesterday|tomorrow)(?:${SP}${PART_OF_DAY})?(?![\\p{L}\\p{N}])`,
      'gu',
    ),
    read: (m, r) => {
      const word = m[1].toLowerCase();
      const offset = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0;
      let part = m[2] ? (PART_OF_DAY_CODES.get(m[2].toLowerCase()) ?? '') : '';
      if (word === 'tonight') part = 'TNI';
      return relative(m, r, (a) => formatDay(addDays(a, offset)) + part);
    },
    speed: {
      lower: true,
      key: /to(?:day|night|morrow)|yesterday/,
      anchor: /to(?:day|night|morrow)|yesterday/g,
    },
  },
  // this morning, last night
  {
    re: new RegExp(`\\b(this|last)${SP}(morning|afternoon|evening|night)(?![\\p{L}])`, 'gu'),
    read: (m, r) => {
      const last = m[1].toLowerCase() === 'last';
      if (last && m[2].toLowerCase() !== 'night') return null;
      const code = PART_OF_DAY_CODES.get(m[2].toLowerCase()) ?? '';
      return relative(m, r, (a) => formatDay(addDays(a, last ? -1 : 0)) + code);
    },
    speed: {
      lower: true,
      key: /morning|afternoon|evening|night/,
    },
  },
  // last week, next month, this year, this past week, earlier this year, the previous year
  {
    re: new RegExp(
      `\\b(?:(earlier|later)${SP})?(last|next|this|this${SP}past|this${SP}coming|the${SP}past|the${SP}last|the${SP}coming|the${SP}current|the)${SP}(week|weekend|month|year|decade)(?![\\p{L}\\p{N}])`,
      'gu',
    ),
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
        'the coming': 1,
        'the current': 0,
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
    speed: {
      lower: true,
      key: /week|month|year|decade/,
      anchor: /week|month|year|decade/g,
    },
  },
  // the past few years, the last several months, recent years, in recent weeks: TimeML's PAST_REF;
  // the coming years, the next few months: FUTURE_REF. No article date is needed.
  {
    re: new RegExp(
      `\\b(?:(?:the${SP})?(past|last|coming|next)${SP}(?:(?:few|several|couple${SP}of)${SP})?|(recent)${SP})(years|months|weeks|days|decades)(?![\\p{L}\\p{N}])`,
      'gu',
    ),
    read: (m) => {
      const which = (m[1] ?? m[2]).toLowerCase();
      // "last years" and "next months" without "few" are not English dates; "the past years" is.
      if ((which === 'last' || which === 'next') && !/few|several|couple/i.test(m[0])) return null;
      // "coming years" without "the" ("for coming years") reads the same; "past" alone too.
      const future = which === 'coming' || which === 'next';
      return hit(m, future ? 'FUTURE_REF' : 'PAST_REF', 'relative');
    },
    speed: {
      lower: true,
      key: /years|months|weeks|days|decades/,
    },
  },
  // in the future, for the foreseeable future, in the near term, over the long term: FUTURE_REF
  {
    re: new RegExp(
      `\\bthe${SP}(?:(?:(?:near|distant|foreseeable|immediate)${SP})?future|(?:near|long|longer|short|medium)${SP}term)(?![\\p{L}\\p{N}-])`,
      'gu',
    ),
    read: (m, r) => {
      // A period only after a preposition of time, and not "the future of the company".
      const end = m.index + m[0].length;
      if (!/^(?:in|for|into|over|during|until|till|by)$/.test(r.wordBefore(m.index))) return null;
      if (r.wordAfter(end) === 'of') return null;
      return hit(m, 'FUTURE_REF', 'relative');
    },
    speed: {
      lower: true,
      key: /future|term/,
    },
  },
  // the same period last year, the same month a year ago: the period last named, a year back
  {
    re: new RegExp(
      `\\bthe${SP}same${SP}(?:period|month|quarter|week|day|time)${SP}(?:of${SP})?(?:last${SP}year|the${SP}last${SP}year|a${SP}year${SP}(?:ago|earlier|before))(?![\\p{L}])`,
      'gu',
    ),
    read: (m) => anaphoric(m, 'year', -1, true),
    speed: {
      lower: true,
      key: /same/,
    },
  },
  // the first week of March, the last week of March (2009)
  {
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
    speed: {
      key: /week/,
    },
  },
  // the day, the same day, that day: in news these point back at the day being reported; the day
  // before, the day after, at the end of a clause, are the days around it
  {
    re: new RegExp(
      `\\b(?:the${SP}same|the|that)${SP}day(?:${SP}(before|after)(?=[^\\S\\r\\n]*(?:[.,;:!?)"”]|$)))?(?![\\p{L}\\p{N}'’])`,
      'gum',
    ),
    read: (m, r) => {
      if (m[1]) return anaphoric(m, 'day', m[1].toLowerCase() === 'before' ? -1 : 1);
      // "the day of the vote", "the day before the vote", "the day when …" name another day.
      const after = r.wordAfter(m.index + m[0].length);
      if (/^(?:of|before|after|when|that|which|where|on|in|he|she|they|we|it|i|you)$/.test(after))
        return null;
      return anaphoric(m, 'day', 0);
    },
    speed: {
      lower: true,
      key: /day/,
      anchor: /day/g,
    },
  },
  // the year before, the year previous
  {
    re: new RegExp(`\\bthe${SP}year${SP}(before|previous|earlier)(?![\\p{L}])`, 'gu'),
    // "the year before the games" counts from the games: a date only at the end of a clause.
    read: (m, r) =>
      m[1] === 'before' && !clauseEndsAt(r, m.index + m[0].length) ? null : anaphoric(m, 'year', -1),
    speed: {
      lower: true,
      key: /year/,
    },
  },
  // the next day, the following week, the previous month, the preceding year, the next morning:
  // the unit after or before the date last named
  {
    re: new RegExp(
      `\\bthe${SP}(?:(next)${SP}(day|morning)|(following|previous|preceding)${SP}(day|morning|week|month|year))(?![\\p{L}\\p{N}])`,
      'gu',
    ),
    read: (m) => {
      const forward = m[1] !== undefined || m[3] === 'following';
      const unit = m[2] ?? m[4];
      // "the following morning" is the morning of the next day.
      if (unit === 'morning') return anaphoric(m, 'day', forward ? 1 : -1, false, 'TMO');
      return anaphoric(m, unit as 'day' | 'week' | 'month' | 'year', forward ? 1 : -1);
    },
    speed: {
      lower: true,
      key: /next|following|previous|preceding/,
    },
  },
  // two days later, a year earlier, three months after: counted from the date last named; a
  // year earlier keeps the period it is compared with ("the third quarter … a year earlier")
  {
    re: new RegExp(
      `\\b(an|one|${NUMBER_WORD_PATTERN}|\\d{1,2})${SP}(day|week|month|year)s?${SP}(later|earlier|before|after)(?![\\p{L}\\p{N}])`,
      'gu',
    ),
    read: (m, r) => {
      const n = countOf(m[1]);
      if (n <= 0) return null;
      const back = m[3] === 'earlier' || m[3] === 'before';
      // "two days before the vote" counts from the vote, which is no date: only at a clause's end.
      if ((m[3] === 'before' || m[3] === 'after') && !clauseEndsAt(r, m.index + m[0].length)) return null;
      // "an hour later" is no date; a span of days before a date ("the 2 days after") neither.
      if (r.wordBefore(m.index) === 'the') return null;
      return anaphoric(
        m,
        m[2] as 'day' | 'week' | 'month' | 'year',
        back ? -n : n,
        n === 1 && m[2] === 'year',
      );
    },
    speed: {
      lower: true,
      key: /later|earlier|before|after/,
    },
  },
  // that year, later that month, earlier that week, the same year, that same year, that night,
  // the full year, the entire month: the unit of the date last named
  {
    re: new RegExp(
      `\\b(?:(?:later|earlier)${SP})?(?:that(?:${SP}same)?|the${SP}(?:same|entire|whole|full))${SP}(year|month|week|morning|afternoon|evening|night)(?![\\p{L}\\p{N}'’-])`,
      'gu',
    ),
    read: (m, r) => {
      const unit = m[1];
      // "that year's budget" is still that year; "the same year as …" compares, it names no year.
      if (r.wordAfter(m.index + m[0].length) === 'as') return null;
      const part = PART_OF_DAY_CODES.get(unit);
      if (part !== undefined) return anaphoric(m, 'day', 0, false, part);
      return anaphoric(m, unit as 'week' | 'month' | 'year', 0);
    },
    speed: {
      lower: true,
      key: /that|same|entire|whole|full/,
    },
  },
  // the year-ago quarter, the year-earlier period: the period last named, a year back
  {
    re: new RegExp(
      `\\bthe${SP}year-(?:ago|earlier)${SP}(?:quarter|period|month|half)(?![\\p{L}\\p{N}])`,
      'gu',
    ),
    read: (m) => anaphoric(m, 'year', -1, true),
    speed: {
      lower: true,
      key: /year-(?:ago|earlier)/,
    },
  },
  // by year-end, at year end: the end of the year last named
  {
    re: new RegExp(`\\b(?:the${SP})?year(?:-|${SP})end(?![\\p{L}\\p{N}-])`, 'gu'),
    read: (m, r) => {
      // "year-end bonuses" and "the year-end report" are no dates: only after a preposition of time.
      const before = r.wordBefore(m.index);
      if (!/^(?:by|at|before|until|till|toward|towards|through|around|from|after|near)$/.test(before))
        return null;
      return anaphoric(m, 'year', 0);
    },
    speed: {
      lower: true,
      key: /year.end/,
    },
  },
  // a few years ago, several months ago, decades ago: some time back, TimeML's PAST_REF
  {
    re: new RegExp(
      `\\b(?:(?:a${SP}few|a${SP}couple${SP}of|several|many|some)${SP})?(?:days|weeks|months|years|decades)${SP}ago(?![\\p{L}])`,
      'gu',
    ),
    read: (m, r) => {
      // "3000 years ago", "hundreds of years ago" count a span the rule has no value for.
      const before = r.wordBefore(m.index);
      if (before === 'of' || /^\d/.test(before) || NUMBER_WORDS.has(before)) return null;
      return hit(m, 'PAST_REF', 'relative');
    },
    speed: {
      lower: true,
      key: /ago/,
    },
  },
  // a year ago, two weeks ago, three days ago, 20 years ago
  {
    re: new RegExp(
      `\\b(an|one|${NUMBER_WORD_PATTERN}|\\d{1,3})${SP}(day|week|month|year|decade)s?${SP}ago(?![\\p{L}])`,
      'gu',
    ),
    read: (m, r) => {
      const n = countOf(m[1]);
      if (n <= 0) return null;
      const unit = m[2].toLowerCase();
      return relative(m, r, (a) => {
        if (unit === 'year') return pad(a.y - n, 4);
        if (unit === 'decade') return String(Math.floor((a.y - 10 * n) / 10));
        if (unit === 'month') {
          const mm = addMonths(a, -n);
          return formatMonth(mm.y, mm.m);
        }
        // TimeML gives the value the unit's grain: "two weeks ago" is a week, not a day.
        if (unit === 'week') return formatWeek(addDays(a, -7 * n));
        return formatDay(addDays(a, -n));
      });
    },
    speed: {
      lower: true,
      key: /ago/,
    },
  },
  // the third quarter (of 2009 / of this year), third-quarter, the fiscal first quarter, last
  // quarter, the current quarter, the previous quarter
  {
    re: new RegExp(
      `\\b(?:(the)${SP})?(?:fiscal${SP})?(first|second|third|fourth|final|last|this|next|current|previous|1st|2nd|3rd|4th)([^\\S\\r\\n]+|-)quarter(?![\\p{L}])(?:${SP}of${SP}(?:(this|last|next|the)${SP}year|(?:fiscal${SP})?${YEAR}))?`,
      'gu',
    ),
    read: (m, r) => {
      const which = m[2].toLowerCase();
      const hyphen = m[3] === '-';
      if (!m[4] && !m[5] && !calendarPart(m, r)) return null;
      let h: Hit;
      if (
        which === 'last' ||
        which === 'this' ||
        which === 'next' ||
        which === 'current' ||
        which === 'previous'
      ) {
        if (m[4] || m[5]) return null; // "the last quarter of 2009" is the fourth: left to ORDINALS
        const step = which === 'last' || which === 'previous' ? -1 : which === 'next' ? 1 : 0;
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
          const { y, res } = yearOfPart(q, quarterOf(r.anchor.m), r, m.index, m.index + m[0].length);
          h = hit(m, `${y}-Q${q}`, res);
        }
      }
      // "the third-quarter profit": the article belongs to the noun, not to the date.
      if (hyphen && m[1] && !m[4] && !m[5]) h.start += m[1].length + m[0].slice(m[1].length).search(/\S/);
      return h;
    },
    speed: {
      lower: true,
      key: /quarter/,
    },
  },
  // Fixed-date holidays, placed like a month-day without a year: Christmas, New Year's Day
  {
    re: /\b(christmas(?:[^\S\r\n]+(?:day|eve))?|new[^\S\r\n]+year['’]s[^\S\r\n]+(?:day|eve)|valentine['’]s[^\S\r\n]+day|halloween)(?![\p{L}\p{N}])/gu,
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
    speed: {
      lower: true,
      key: /christmas|new year|valentine|halloween/,
    },
  },
  // H1 2023, the first half of 2023, the second half of this year (of the year), the first half
  {
    re: new RegExp(
      `\\b(?:h([12])(?:${SP}|[-/'’])(\\d{4})|the${SP}(first|second)${SP}half(?:${SP}of${SP}(?:(this|last|next|the)${SP}year|${YEAR}))?)(?![\\p{L}\\p{N}])`,
      'gu',
    ),
    read: (m, r) => {
      const half = m[1] ? Number(m[1]) : m[3] === 'first' ? 1 : 2;
      const year = m[2] ?? m[5];
      if (year) return hit(m, `${year}-H${half}`, 'explicit');
      if (m[4]) {
        const step = { this: 0, the: 0, last: -1, next: 1 }[m[4]] ?? 0;
        return relative(m, r, (a) => `${pad(a.y + step, 4)}-H${half}`);
      }
      // "the first half" alone: of the article's year, moved by the tense like a bare quarter.
      if (!calendarPart(m, r)) return null;
      if (!r.anchor) return hit(m, undefined, 'unresolved');
      const { y, res } = yearOfPart(half, r.anchor.m <= 6 ? 1 : 2, r, m.index, m.index + m[0].length);
      return hit(m, `${y}-H${half}`, res);
    },
    speed: {
      lower: true,
      key: /half|h[12]/,
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
    re: new RegExp(
      `\\b(?:(this|last|next|early|late)${SP})?(spring|summer|autumn|fall|winter)(?:${SP}(?:of${SP})?${YEAR})?(?![\\p{L}\\p{N}])`,
      'gu',
    ),
    read: (m, r) => {
      const season = SEASONS.get(m[2].toLowerCase());
      if (!season) return null;
      const modifier = m[1]?.toLowerCase();
      const before = r.wordBefore(m.index);
      // TimeML keeps the article in a season's extent: "in the summer", "the autumn of 2008".
      const withThe = (h: Hit): Hit => {
        if (before !== 'the' || modifier) return h;
        const the = /the[^\S\r\n]+$/i.exec(r.text.slice(Math.max(0, m.index - 8), m.index));
        return the ? { ...h, start: m.index - the[0].length } : h;
      };
      if (m[3]) return withThe(hit(m, `${m[3]}-${season.code}`, 'explicit'));
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
      return withThe(
        relative(m, r, (a) => {
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
        }),
      );
    },
    speed: {
      lower: true,
      key: /spring|summer|autumn|fall|winter/,
      anchor: /spring|summer|autumn|fall|winter/g,
    },
  },
  // (last|next|this) Tuesday (night)
  {
    re: new RegExp(
      `\\b(?:([Ll]ast|[Nn]ext|[Tt]his|[Tt]his${SP}past|[Tt]his${SP}coming|[Cc]oming|[Pp]ast)${SP})?(${WEEKDAY})(?:${SP}${PART_OF_DAY_CASED})?`,
      'gu',
    ),
    read: (m, r) => {
      if (!/^\p{Lu}/u.test(m[2])) return null;
      // "every Monday", "each Sunday" repeat: a TimeML SET, not a date.
      if (!m[1] && /^(?:every|each)$/.test(r.wordBefore(m.index))) return null;
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
    speed: {
      key: /day/,
      anchor: /day|DAY/g,
    },
  },
];
