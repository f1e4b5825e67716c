// Plain-English descriptions of a date mention: weekday, distance from the article date, and how
// the value was reached. Shared by the hover, the Outline and `newsmark show`.
import { addDays, formatDay, isoWeekday, parseIso, type Ymd } from '../engine/calendar/values';
import type { DateResolution, Mention } from '../engine/model/types';

/** Weekday names in ISO order, as the engine's isoWeekday counts them (1 = Monday). */
const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const DAY_MS = 86_400_000;

const HOW: Record<DateResolution, string> = {
  explicit: 'Written out in full in the text.',
  'article-year': 'No year written: the article’s year is assumed.',
  'tense-shifted': 'No year written: the article’s year, moved by the tense of the sentence.',
  relative: 'Relative expression, counted from the article date.',
  anchored: 'Relative expression, counted from the date named before it (else the article date).',
  unresolved: 'Relative expression, but the article has no date to count from: unresolved.',
};

/** Days since 1970-01-01 (UTC). setUTCFullYear, unlike Date.UTC, keeps years below 100 as written. */
function dayNumber(ymd: Ymd): number {
  const date = new Date(0);
  date.setUTCFullYear(ymd.y, ymd.m - 1, ymd.d);
  return Math.round(date.getTime() / DAY_MS);
}

/** "1 day before publication", "on the publication date", "3 days after publication". */
export function distanceText(value: string, articleDate: string | undefined): string | undefined {
  if (articleDate === undefined) return undefined;
  const a = parseIso(articleDate);
  if (a === undefined) return undefined;
  const d = parseIso(value);
  if (d !== undefined) {
    const days = dayNumber(d) - dayNumber(a);
    if (days === 0) return 'on the publication date';
    const n = Math.abs(days);
    return `${n} ${n === 1 ? 'day' : 'days'} ${days < 0 ? 'before' : 'after'} publication`;
  }
  const year = /^(\d{4})(?:-(\d{2}))?$/.exec(value);
  if (year) {
    const ay = Number(articleDate.slice(0, 4));
    if (year[2] !== undefined) {
      const months = (Number(year[1]) - ay) * 12 + Number(year[2]) - Number(articleDate.slice(5, 7));
      if (months === 0) return 'the month of publication';
      const n = Math.abs(months);
      return `${n} ${n === 1 ? 'month' : 'months'} ${months < 0 ? 'before' : 'after'} publication`;
    }
    const years = Number(year[1]) - ay;
    if (years === 0) return 'the year of publication';
    const n = Math.abs(years);
    return `${n} ${n === 1 ? 'year' : 'years'} ${years < 0 ? 'before' : 'after'} publication`;
  }
  return undefined;
}

export interface DateDescription {
  value?: string;
  weekday?: string;
  distance?: string;
  how?: string;
}

/** The value a date mention resolved to ("2023-11-07", a range "2023-11-07 to 2023-11-09"), if any. */
export function dateValueText(m: Mention): string | undefined {
  return m.value ? (m.rangeEnd ? `${m.value} to ${m.rangeEnd}` : m.value) : undefined;
}

export function describeDate(m: Mention, articleDate: string | undefined): DateDescription {
  const value = dateValueText(m);
  const day = parseIso(m.value);
  return {
    value: value ?? (m.resolution === 'unresolved' ? undefined : 'no value'),
    weekday: day !== undefined ? WEEKDAY_NAMES[isoWeekday(day) - 1] : undefined,
    distance: m.value ? distanceText(m.value, articleDate) : undefined,
    how: m.resolution
      ? HOW[m.resolution]
      : m.source === 'article-header'
        ? 'The article’s publication date (header).'
        : undefined,
  };
}

/**
 * The days an ISO week value covers ("2023-W45" → "2023-11-06 to 2023-11-12"; "2023-W45-WE", its
 * weekend → "2023-11-11 to 2023-11-12"); undefined for any other value.
 */
export function weekDaysText(value: string | undefined): string | undefined {
  const week = value === undefined ? null : /^(\d{4})-W(\d{2})(-WE)?$/.exec(value);
  if (!week) return undefined;
  // ISO week 1 is the week with the year's first Thursday, so 4 January is always in it.
  const jan4: Ymd = { y: Number(week[1]), m: 1, d: 4 };
  const monday = addDays(jan4, 1 - isoWeekday(jan4) + (Number(week[2]) - 1) * 7);
  const first = week[3] ? addDays(monday, 5) : monday;
  return `${formatDay(first)} to ${formatDay(addDays(monday, 6))}`;
}
