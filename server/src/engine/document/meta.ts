// Article metadata: the publication date (header line `date YYYY-MM-DD`, YAML front matter
// `date:`, a date line under the title, or the date of a wire dateline) and the dateline
// ("ASTANA —", "WASHINGTON (Reuters) -", "LONDON 1996-08-30" under a headline).
// The article date anchors every relative date; without one, relative dates stay unresolved.
import type { ArticleMeta, Problem } from '../model/types';
import { PRIORITY, candidate, type Candidate } from '../model/candidate';
import { MONTH, WEEKDAY } from '../calendar/patterns';
import { formatDay, isRealDate, monthNumber, parseIso } from '../calendar/values';
import { loadLexicon, type Lexicon } from '../data/lexicon';
import { normalizeKey } from '../text/keys';
import { placeByKey } from '../recognizers/names/places';

export interface MetaResult {
  meta: ArticleMeta;
  /** Candidates in document offsets: the header date and the dateline place. */
  candidates: Candidate[];
  problems: Problem[];
}

const HEADER_RE = /^\uFEFF?[ \t]*date[ \t]+(\S+)/;
const FRONT_MATTER_RE = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
// A front matter date may carry a clock time ("2023-11-08T10:00:00Z"); the date is as written,
// not moved to another time zone, since the article's own calendar day is what it dates.
const FRONT_MATTER_DATE_RE =
  /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/;
// A line that is only a date, as under a Wikinews or GUM title: "Thursday, February 23, 2006",
// "February 23, 2006", "23 February 2006", "2006-02-23", "02/23/2006" (month first, as US sites
// write it, unless the first number cannot be a month). A clock time and its zone may follow, as
// news sites stamp a story ("March 14, 2013 12:30 PM EST"); the date is the day as written. Some
// texts run the first sentence on after the date on the same line ("Thursday, May 7, 2015 On
// Tuesday, …"); a capital must follow.
const CLOCK_AFTER_DATE = `(,?[ \\t]+(?:at[ \\t]+)?\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:[ \\t]*[AaPp]\\.?[Mm]\\.?)?(?:[ \\t]+\\(?[A-Z]{2,4}\\)?)?)?`;
const DATE_LINE_RE = new RegExp(
  `^[ \\t]*(?:${WEEKDAY},?[ \\t]+)?(?:(${MONTH})[ \\t]*(\\d{1,2})(?:st|nd|rd|th)?,?[ \\t]+(\\d{4})|(\\d{1,2})(?:st|nd|rd|th)?[ \\t]+(${MONTH}),?[ \\t]+(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2})|(\\d{1,2})/(\\d{1,2})/(\\d{4}))${CLOCK_AFTER_DATE}(?:[ \\t]*$|(?=[ \\t]+\\p{Lu}))`,
  'u',
);

/** True when `value` is a real calendar date written YYYY-MM-DD. */
export function isValidIsoDate(value: string): boolean {
  return parseIso(value) !== undefined;
}

// A dateline: an all-caps place (optionally ", Country" or "(Agency)") followed by a dash, at the
// start of the article body. Mixed-case places are accepted when a country follows ("Ankara, Türkiye —").
const DATELINE_RE =
  /(?:^|\n)[ \t]*((?:\p{Lu}[\p{Lu}\p{M}.'’-]+)(?:[ \t]+\p{Lu}[\p{Lu}\p{M}.'’-]+){0,3}|\p{Lu}[\p{L}\p{M}.'’-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}.'’-]+){0,2}(?=,))(?:,[ \t]*(\p{Lu}[\p{L}\p{M}.'’ -]{1,40}?))?(?:,[ \t]*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)\p{L}*\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+\p{Lu}\p{L}+\.?))?(?:[ \t]*\(([\p{L}\p{M} .&-]{2,40})\))?[ \t]*[—–-]{1,2}[ \t]/u;

/**
 * The agency in a dateline's brackets ("(Reuters)", "(dpa)", "(IANS)") is an organization. At the
 * priority of a name: a gazetteer's reading of the same words wins and brings its facts.
 */
function agencyCandidate(agency: Written): Candidate {
  return candidate({
    start: agency.start,
    end: agency.end,
    type: 'organization',
    source: 'dateline',
    priority: PRIORITY.name,
    key: agency.text,
  });
}

// An agency's dated dateline on a line of its own, under the headline (and a byline): the place,
// optionally its country or region, and the day the story was filed — "LONDON 1996-08-30",
// "AL-AIN, United Arab Emirates 1996-12-06". Text split into tokens may put a space before the comma.
const WORD = "\\p{Lu}[\\p{L}\\p{M}.'’-]*";
const DATED_DATELINE_RE = new RegExp(
  `^[ \\t]*(${WORD}(?:[ \\t]+${WORD}){0,3})(?:[ \\t]*,[ \\t]*(${WORD}(?:[ \\t]+(?:of|and|the|${WORD})){0,4}))?[ \\t]+(\\d{4}-\\d{2}-\\d{2})(?=[ \\t]*(?:\\r?$|\\p{Lu}))`,
  'mu',
);
// The same dateline run on after the headline and byline on one line, as text joined from
// sentences may have it ("… LUCKY WIN . Nadim Ladki AL-AIN , United Arab Emirates 1996-12-06 Japan …"):
// then only an all-capitals place tells where it begins.
const CAPS_WORD = "\\p{Lu}[\\p{Lu}\\p{M}'’-]+";
const INLINE_DATED_DATELINE_RE = new RegExp(
  `(?:^|[ \\t])(${CAPS_WORD}(?:[ \\t]+${CAPS_WORD}){0,3})(?:[ \\t]*,[ \\t]*(${WORD}(?:[ \\t]+(?:of|and|the|${WORD})){0,4}))?[ \\t]+(\\d{4}-\\d{2}-\\d{2})(?![\\d-])`,
  'u',
);
// A byline: the reporter's name alone on a line between the headline and the dated dateline
// ("Nadim Haddad", "By Anna K. Lindqvist"): two or three capitalised words, not all in capitals.
const BYLINE_RE =
  /^[ \t]*(?:By[ \t]+)?(\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]+(?:\p{Lu}\.|\p{Lu}[\p{Ll}\p{M}'’-]+)){1,2})[ \t]*\r?$/u;
/** How many lines of the body a dated dateline may sit below: headline, byline, blank lines. */
const DATED_DATELINE_LINES = 6;

export function readArticleMeta(
  text: string,
  articleDate?: string,
  lexicon: Lexicon = loadLexicon(),
): MetaResult {
  const meta: ArticleMeta = {};
  const candidates: Candidate[] = [];
  const problems: Problem[] = [];
  let bodyStart = 0;

  const header = HEADER_RE.exec(text);
  const front = header ? null : FRONT_MATTER_RE.exec(text);
  if (header) {
    const start = header.index + header[0].length - header[1].length;
    const end = start + header[1].length;
    bodyStart = end;
    if (isValidIsoDate(header[1])) {
      meta.date = header[1];
      meta.dateSource = 'header';
      meta.dateSpan = { start, end };
      candidates.push(dateCandidate(start, end, header[1]));
    } else {
      problems.push({
        start,
        end,
        severity: 'warning',
        code: 'article-date',
        message: `The article date "${header[1]}" is not a date written YYYY-MM-DD; relative dates are left unresolved.`,
      });
    }
  } else if (front) {
    bodyStart = front[0].length;
    const line = /(^|\r?\n)date:[ \t]*["']?([^\s"'#]+)/.exec(front[1]);
    if (line) {
      const raw = line[2];
      const start = front[0].indexOf(front[1]) + line.index + line[0].length - raw.length;
      const written = FRONT_MATTER_DATE_RE.exec(raw);
      const iso = written ? written[1] : '';
      if (isValidIsoDate(iso)) {
        meta.date = iso;
        meta.dateSource = 'front-matter';
        meta.dateSpan = { start, end: start + 10 };
        candidates.push(dateCandidate(start, start + 10, iso));
      } else {
        problems.push({
          start,
          end: start + raw.length,
          severity: 'warning',
          code: 'article-date',
          message: `The front matter date "${raw}" is not a date written YYYY-MM-DD (optionally with a time); relative dates are left unresolved.`,
        });
      }
    }
  } else {
    const dateLine = findDateLine(text);
    if (dateLine && dateLine.value === undefined) {
      problems.push({
        start: dateLine.start,
        end: dateLine.end,
        severity: 'warning',
        code: 'article-date',
        message: `The date line "${text.slice(dateLine.start, dateLine.end)}" is not a real calendar date; relative dates are left unresolved.`,
      });
    } else if (dateLine && dateLine.value !== undefined) {
      bodyStart = dateLine.end;
      meta.date = dateLine.value;
      meta.dateSource = 'date-line';
      meta.dateSpan = { start: dateLine.start, end: dateLine.end };
      if (dateLine.title !== undefined) meta.title = dateLine.title;
      candidates.push(dateCandidate(dateLine.start, dateLine.end, dateLine.value, 'article-date-line'));
    }
  }

  // The dateline is looked for in the first few hundred characters of the body only.
  const dated = findDatedDateline(text, bodyStart, lexicon);
  if (dated) {
    meta.dateline = { start: dated.place.start, end: dated.place.end, text: dated.place.text };
    candidates.push(datelinePlace(dated.place.start, dated.place.text));
    if (dated.region) candidates.push(datelinePlace(dated.region.start, dated.region.text));
    if (dated.byline)
      candidates.push(
        candidate({
          start: dated.byline.start,
          end: dated.byline.end,
          type: 'person',
          source: 'byline',
          priority: PRIORITY.metadata,
        }),
      );
    if (dated.value !== undefined) {
      candidates.push(dateCandidate(dated.date.start, dated.date.end, dated.value, 'dateline'));
      // A wire story is dated by its dateline when nothing else dates it.
      if (meta.date === undefined) {
        meta.date = dated.value;
        meta.dateSource = 'dateline';
        meta.dateSpan = { start: dated.date.start, end: dated.date.end };
      }
    }
  } else {
    const dash = findDashDateline(text, bodyStart, lexicon);
    if (dash) {
      const { place } = dash;
      meta.dateline = { start: place.start, end: place.end, text: place.text };
      candidates.push(datelinePlace(place.start, place.text));
      if (dash.agency) {
        meta.dateline.agency = dash.agency.text;
        candidates.push(agencyCandidate(dash.agency));
      }
    }
  }

  if (articleDate !== undefined) {
    if (isValidIsoDate(articleDate)) {
      meta.date = articleDate;
      meta.dateSource = 'option';
    } else {
      problems.push({
        start: 0,
        end: 0,
        severity: 'error',
        code: 'article-date',
        message: `The article date given as an option, "${articleDate}", is not a date written YYYY-MM-DD.`,
      });
    }
  }
  return { meta, candidates, problems };
}

/** The place of a dateline, as written: linking reads it as the gazetteer's place. */
function datelinePlace(start: number, place: string): Candidate {
  return candidate({
    start,
    end: start + place.length,
    type: 'place',
    source: 'dateline',
    priority: PRIORITY.metadata,
    key: place,
  });
}

interface Written {
  start: number;
  end: number;
  text: string;
}

/** `part` as written at offset `at`. */
function written(part: string, at: number): Written {
  return { start: at, end: at + part.length, text: part };
}

interface DatedDateline {
  /** The reporter's name on a line of its own above the dateline, below the headline. */
  byline?: Written;
  place: Written;
  region?: Written;
  date: Written;
  /** Undefined when the date is shaped like one but is none ("1996-02-30"). */
  value?: string;
}

/** The dated dateline in the first lines of the body from `from`, if any. */
function findDatedDateline(text: string, from: number, lexicon: Lexicon): DatedDateline | undefined {
  let end = from;
  for (let line = 0; line < DATED_DATELINE_LINES && end !== -1; line++) end = text.indexOf('\n', end + 1);
  const head = text.slice(from, Math.min(end === -1 ? text.length : end, from + 600));
  const onItsLine = DATED_DATELINE_RE.exec(head);
  const m = onItsLine ?? INLINE_DATED_DATELINE_RE.exec(head.slice(0, 400));
  // Datelines are written in capitals; a word in mixed case before a date ("Updated 2024-03-05")
  // is a dateline's place only when the gazetteer knows it as one ("Sopot, Poland 1996-08-29").
  if (!m || (m[1] !== m[1].toUpperCase() && placeByKey(normalizeKey(m[1]), lexicon) === undefined))
    return undefined;
  const placeAt = from + m.index + m[0].indexOf(m[1]);
  const dateAt = from + m.index + m[0].length - m[3].length;
  const result: DatedDateline = { place: written(m[1], placeAt), date: written(m[3], dateAt) };
  if (m[2]) result.region = written(m[2], from + m.index + m[0].indexOf(m[2], m[1].length));
  if (isValidIsoDate(m[3])) result.value = m[3];
  if (onItsLine) {
    const byline = findByline(head.slice(0, m.index));
    if (byline) result.byline = written(byline.text, from + byline.start);
  }
  return result;
}

/** A byline in the lines above a dateline (`above`), below the first line (the headline). */
function findByline(above: string): { start: number; text: string } | undefined {
  let at = 0;
  let lines = 0;
  for (const line of above.split('\n')) {
    const start = at;
    at += line.length + 1;
    if (line.trim() === '') continue;
    if (lines++ === 0) continue; // the headline
    const b = BYLINE_RE.exec(line);
    if (b) return { start: start + line.indexOf(b[1]), text: b[1] };
  }
  return undefined;
}

/**
 * The dash dateline ("ASTANA —") in the first few hundred characters from `from`. A sports wire's
 * headline has the same shape ("SOCCER - JAPAN GET LUCKY WIN"): a sport is the headline's topic,
 * never a place, and the dateline, if any, comes after it.
 */
function findDashDateline(
  text: string,
  from: number,
  lexicon: Lexicon,
): { place: Written; agency?: Written } | undefined {
  const limit = from + 400;
  for (let at = from, tries = 0; tries < 3 && at < limit; tries++) {
    const d = DATELINE_RE.exec(text.slice(at, limit));
    if (!d) return undefined;
    if (!lexicon.sportCues.sports.has(normalizeKey(d[1]))) {
      const place = written(d[1], at + d.index + d[0].indexOf(d[1]));
      if (!d[3]) return { place };
      const name = d[3].trim();
      return { place, agency: written(name, at + d.index + d[0].lastIndexOf('(') + 1 + d[3].indexOf(name)) };
    }
    at += d.index + d[0].length;
  }
  return undefined;
}

function dateCandidate(
  start: number,
  end: number,
  value: string,
  source: 'article-header' | 'article-date-line' | 'dateline' = 'article-header',
): Candidate {
  return candidate({
    start,
    end,
    type: 'date',
    source,
    priority: PRIORITY.metadata,
    value,
    resolution: 'explicit',
  });
}

interface DateLine {
  start: number;
  end: number;
  /** Undefined when the line is shaped like a date but is none ("February 30, 2006"). */
  value?: string;
  title?: string;
}

/**
 * A date alone on the first or second line (the second under a title, Wikinews/GUM style). The
 * span covers the written date, weekday included; leading and trailing blanks are left out.
 */
function findDateLine(text: string): DateLine | undefined {
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let line = 0; line < 2 && start < text.length; line++) {
    const nl = text.indexOf('\n', start);
    const lineEnd = nl === -1 ? text.length : nl;
    const raw = text.slice(start, lineEnd).replace(/\r$/, '');
    const m = DATE_LINE_RE.exec(raw);
    if (m) {
      const value = dateLineValue(m);
      const lead = raw.length - raw.trimStart().length;
      // The mention is the date alone; a clock time after it is no part of the day.
      const written = (m[13] ? m[0].slice(0, m[0].lastIndexOf(m[13])) : m[0]).trim();
      const result: DateLine = { start: start + lead, end: start + lead + written.length };
      if (value !== undefined) result.value = value;
      if (line === 1) {
        const title = text
          .slice(0, start)
          .trim()
          .replace(/^\uFEFF/, '');
        if (title) result.title = title;
      }
      return result;
    }
    if (raw.trim() === '' && line === 0) line--; // blank lines before the title do not count
    if (nl === -1) break;
    start = nl + 1;
  }
  return undefined;
}

function dateLineValue(m: RegExpExecArray): string | undefined {
  const [y, month, day] = m[1]
    ? [Number(m[3]), monthNumber(m[1]), Number(m[2])]
    : m[5]
      ? [Number(m[6]), monthNumber(m[5]), Number(m[4])]
      : m[7]
        ? [Number(m[7]), Number(m[8]), Number(m[9])]
        : [Number(m[12]), Number(m[10]), Number(m[11])];
  // "23/02/2006": the day first when the first number cannot be a month.
  const [mo, d] = m[10] && month > 12 ? [day, month] : [month, day];
  return isRealDate(y, mo, d) ? formatDay({ y, m: mo, d }) : undefined;
}
