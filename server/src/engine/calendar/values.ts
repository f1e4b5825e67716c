// Calendar arithmetic for TimeML date values. Everything works on UTC dates so that the machine's
// time zone never moves a day, and nothing here reads the clock: values are counted from the
// article date only.

export interface Ymd {
  y: number;
  m: number; // 1–12
  d: number; // 1–31
}

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD` into a real calendar date, or undefined. */
export function parseIso(value: string | undefined): Ymd | undefined {
  if (value === undefined) return undefined;
  const m = ISO_RE.exec(value);
  if (!m) return undefined;
  const ymd = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isRealDate(ymd.y, ymd.m, ymd.d) ? ymd : undefined;
}

export function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  date.setUTCFullYear(y); // Date.UTC maps years 0–99 to 1900–1999
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function toDate(ymd: Ymd): Date {
  const date = new Date(Date.UTC(2000, ymd.m - 1, ymd.d));
  date.setUTCFullYear(ymd.y);
  return date;
}

function fromDate(date: Date): Ymd {
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export function addDays(ymd: Ymd, days: number): Ymd {
  const date = toDate(ymd);
  date.setUTCDate(date.getUTCDate() + days);
  return fromDate(date);
}

/** Adds months, keeping the year and month only (the day is set to 1). */
export function addMonths(ymd: Ymd, months: number): Ymd {
  const index = ymd.y * 12 + (ymd.m - 1) + months;
  return { y: Math.floor(index / 12), m: (index % 12) + 1, d: 1 };
}

/** ISO weekday: Monday = 1 … Sunday = 7. */
export function isoWeekday(ymd: Ymd): number {
  const day = toDate(ymd).getUTCDay();
  return day === 0 ? 7 : day;
}

/** ISO 8601 week: the week belongs to the year that holds its Thursday. */
export function isoWeek(ymd: Ymd): { year: number; week: number } {
  const thursday = addDays(ymd, 4 - isoWeekday(ymd));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  const dayOfYear = Math.round((toDate(thursday).getTime() - toDate(jan1).getTime()) / 86400000);
  return { year: thursday.y, week: Math.floor(dayOfYear / 7) + 1 };
}

export function pad(n: number, width: number): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= width ? s : '0'.repeat(width - s.length) + s);
}

export function formatDay(ymd: Ymd): string {
  return `${pad(ymd.y, 4)}-${pad(ymd.m, 2)}-${pad(ymd.d, 2)}`;
}

export function formatMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m, 2)}`;
}

export function formatWeek(ymd: Ymd, weekend = false): string {
  const w = isoWeek(ymd);
  return `${pad(w.year, 4)}-W${pad(w.week, 2)}${weekend ? '-WE' : ''}`;
}

export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

/** Month numbers by name and common abbreviation (lower case, without the full stop). */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  [
    ['january', 'jan'],
    ['february', 'feb'],
    ['march', 'mar'],
    ['april', 'apr'],
    ['may'],
    ['june', 'jun'],
    ['july', 'jul'],
    ['august', 'aug'],
    ['september', 'sep', 'sept'],
    ['october', 'oct'],
    ['november', 'nov'],
    ['december', 'dec'],
  ].flatMap((names, i) => names.map((n) => [n, i + 1] as [string, number])),
);

/** The month number of a name or abbreviation in any case, full stop allowed ("Nov."); 0 if none. */
export const monthNumber = (name: string): number => MONTHS.get(name.toLowerCase().replace('.', '')) ?? 0;

export const WEEKDAYS: ReadonlyMap<string, number> = new Map(
  ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map(
    (n, i) => [n, i + 1] as [string, number],
  ),
);

/** TimeML season codes and the months each one covers (winter starts in December). */
export const SEASONS: ReadonlyMap<string, { code: string; months: number[] }> = new Map([
  ['spring', { code: 'SP', months: [3, 4, 5] }],
  ['summer', { code: 'SU', months: [6, 7, 8] }],
  ['autumn', { code: 'FA', months: [9, 10, 11] }],
  ['fall', { code: 'FA', months: [9, 10, 11] }],
  ['winter', { code: 'WI', months: [12, 1, 2] }],
]);

export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1],
  ['1st', 1],
  ['second', 2],
  ['2nd', 2],
  ['third', 3],
  ['3rd', 3],
  ['fourth', 4],
  ['4th', 4],
  ['final', 4],
  ['last', 4],
]);

/** Counts written as words ("two years ago", "twenty years ago"). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ...['a', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'].map(
    (w, i) => [w, i + 1] as [string, number],
  ),
  ...['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].map(
    (w, i) => [w, (i + 2) * 10] as [string, number],
  ),
  ['fifteen', 15],
  ['hundred', 100],
]);

/** NUMBER_WORDS as a pattern's alternatives. */
export const NUMBER_WORD_PATTERN = [...NUMBER_WORDS.keys()].join('|');
