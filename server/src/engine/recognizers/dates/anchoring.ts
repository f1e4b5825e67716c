// Dates counted from the date named before them. TimeML anchors "the next day", "two years
// later", "that year" and "the same period a year earlier" on the reference time of the
// narrative, the date last named, not on the article date: in "The plant closed in 2008. The
// following year it reopened", "the following year" is 2009 whatever the story's date. In a
// story with no date, a month or day written without a year takes the year last named ("In
// 1831 … on July 14" is 1831-07-14), as a reader fills it in.
import type { Anaphora, Hit } from './reading';
import {
  addDays,
  addMonths,
  formatDay,
  formatMonth,
  formatWeek,
  pad,
  parseIso,
  type Ymd,
} from '../../calendar/values';

/** A value's year and what finer part of it it names, or undefined (decades, PAST_REF, …). */
interface Named {
  y: number;
  /** The part after the year, as written in the value: "-03", "-Q3", "-H1", "-SU"; '' for a year. */
  part: string;
  /** The month, when the value names one (a day or a month). */
  m?: number;
  fiscal: boolean;
}

const NAMED = /^(FY)?(\d{4})(-(\d{2})|-Q[1-4]|-H[12]|-(?:SP|SU|FA|WI))?(?:-\d{2})?(?:T[A-Z]+)?$/;

function named(value: string | undefined): Named | undefined {
  if (value === undefined) return undefined;
  const v = NAMED.exec(value);
  if (!v) return undefined;
  const m = v[4] !== undefined ? Number(v[4]) : undefined;
  return { y: Number(v[2]), part: v[3] ?? '', m, fiscal: v[1] !== undefined };
}

/** The value of an anaphoric date, counted from the last day and the last date named. */
function valueOf(a: Anaphora, lastDay: Ymd | undefined, last: Named | undefined): string | undefined {
  if (a.unit === 'day') return lastDay && formatDay(addDays(lastDay, a.shift)) + a.part;
  if (a.unit === 'week') return lastDay && formatWeek(addDays(lastDay, 7 * a.shift));
  if (a.unit === 'month') {
    const from = last?.m !== undefined ? { y: last.y, m: last.m, d: 1 } : lastDay;
    if (!from) return undefined;
    const mm = addMonths(from, a.shift);
    return formatMonth(mm.y, mm.m);
  }
  if (!last) return undefined;
  const y = pad(last.y + a.shift, 4);
  if (a.keep && last.fiscal) return `FY${y}`;
  if (a.keep && last.part !== '') return y + last.part;
  return y;
}

/**
 * Gives every anaphoric hit its value from the dates named before it, in text order (`hits`
 * sorted by start); fills the year of undated month-days from the year last named when the
 * article has no date.
 */
export function resolveAnaphora(hits: Hit[], articleDay: Ymd | undefined): void {
  let lastDay = articleDay;
  let last: Named | undefined = articleDay && { y: articleDay.y, part: '', m: articleDay.m, fiscal: false };
  let lastYear: number | undefined; // the year last written out, for stories with no date
  for (const h of hits) {
    if (h.anaphora) {
      h.value = valueOf(h.anaphora, lastDay, last);
      if (h.value === undefined) h.resolution = 'unresolved';
    } else if (articleDay === undefined && lastYear !== undefined && h.value?.startsWith('XXXX-')) {
      h.value = pad(lastYear, 4) + h.value.slice(4);
      if (h.rangeEnd?.startsWith('XXXX-')) h.rangeEnd = pad(lastYear, 4) + h.rangeEnd.slice(4);
      h.resolution = 'anchored';
    }
    const n = named(h.value);
    if (n === undefined) continue;
    last = n;
    if (h.resolution === 'explicit') lastYear = n.y;
    const day = parseIso(h.value?.slice(0, 10));
    if (day) lastDay = day;
  }
}
