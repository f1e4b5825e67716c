// Regular-expression pieces for dates in English news. Month and weekday names must be
// capitalised (or all capitals, as in wire datelines): "may", "march" and "august" in lower case
// are ordinary words. Relative expressions ("last week") are matched without regard to case.

const MONTH_FULL = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MONTH_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAY_FULL = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

const cased = (words: string[]): string => [...words, ...words.map((w) => w.toUpperCase())].join('|');

/** A month name or abbreviation ("Nov." , "NOV", "November"); the name is the whole group. */
export const MONTH = `(?:${cased(MONTH_FULL)}|(?:${cased(MONTH_SHORT)})(?!\\p{L})\\.?)(?!\\p{L})`;
/** A full month name only (abbreviations alone are too ambiguous: "Mar", "Dec"). */
export const MONTH_NAME = `(?:${cased(MONTH_FULL)})(?!\\p{L})`;
/** The full month names as alternatives, for a rule's anchor (dateReading.ts). */
export const MONTH_NAMES_CASED = cased(MONTH_FULL);
export const WEEKDAY = `(?:${cased(WEEKDAY_FULL)})(?!\\p{L})`;
/** A day of the month, with an optional ordinal suffix; never part of a longer number. */
export const DAY = `(\\d{1,2})(?:st|nd|rd|th)?(?![\\p{N}\\p{L}]|[.,:]\\d)`;
/** A four-digit year that is not part of a longer number ("2,0245", "2024.5"). */
export const YEAR = `(\\d{4})(?![\\p{N}\\p{L}]|[.,:]\\d)`;
/** A dash of any kind between the ends of a range. */
export const DASH = `\\s*[-–—‐‑]\\s*`;
/** Parts of the day that TimeML appends to a date value. */
export const PART_OF_DAY = `(morning|afternoon|evening|night)`;
/** The same, for rules that run over the text as written ("Saturday Night"). */
export const PART_OF_DAY_CASED = `([Mm]orning|[Aa]fternoon|[Ee]vening|[Nn]ight)`;

export const PART_OF_DAY_CODES: ReadonlyMap<string, string> = new Map([
  ['morning', 'TMO'],
  ['afternoon', 'TAF'],
  ['evening', 'TEV'],
  ['night', 'TNI'],
]);
