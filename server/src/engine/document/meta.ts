// Article metadata: the publication date (header line `date YYYY-MM-DD`, YAML front matter
// `date:`, or a date line under the title) and the dateline ("ASTANA —", "WASHINGTON (Reuters) -").
// The article date anchors every relative date; without one, relative dates stay unresolved.
import type { ArticleMeta, Problem } from '../model/types';
import { PRIORITY, candidate, type Candidate } from '../model/candidate';
import { MONTH, WEEKDAY } from '../calendar/patterns';
import { formatDay, isRealDate, monthNumber, parseIso } from '../calendar/values';

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
// "February 23, 2006", "23 February 2006", "2006-02-23". Some texts run the first sentence on
// after the date on the same line ("Thursday, May 7, 2015 On Tuesday, …"); a capital must follow.
const DATE_LINE_RE = new RegExp(
  `^[ \\t]*(?:${WEEKDAY},?[ \\t]+)?(?:(${MONTH})[ \\t]*(\\d{1,2})(?:st|nd|rd|th)?,?[ \\t]+(\\d{4})|(\\d{1,2})(?:st|nd|rd|th)?[ \\t]+(${MONTH}),?[ \\t]+(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))(?:[ \\t]*$|(?=[ \\t]+\\p{Lu}))`,
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
function agencyCandidate(datelineStart: number, dateline: string, agency: string): Candidate {
  const name = agency.trim();
  const start = datelineStart + dateline.lastIndexOf('(') + 1 + agency.indexOf(name);
  return candidate({
    start,
    end: start + name.length,
    type: 'organization',
    source: 'dateline',
    priority: PRIORITY.name,
    key: name,
  });
}

export function readArticleMeta(text: string, articleDate?: string): MetaResult {
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
  const head = text.slice(bodyStart, bodyStart + 400);
  const d = DATELINE_RE.exec(head);
  if (d) {
    const place = d[1];
    const start = bodyStart + d.index + d[0].indexOf(place);
    meta.dateline = { start, end: start + place.length, text: place };
    if (d[3]) meta.dateline.agency = d[3].trim();
    candidates.push(
      candidate({
        start,
        end: start + place.length,
        type: 'place',
        source: 'dateline',
        priority: PRIORITY.metadata,
        key: place,
      }),
    );
    if (d[3]) candidates.push(agencyCandidate(bodyStart + d.index, d[0], d[3]));
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

function dateCandidate(
  start: number,
  end: number,
  value: string,
  source: 'article-header' | 'article-date-line' = 'article-header',
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
      const written = m[0].trim();
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
  const [y, mo, d] = m[1]
    ? [Number(m[3]), monthNumber(m[1]), Number(m[2])]
    : m[5]
      ? [Number(m[6]), monthNumber(m[5]), Number(m[4])]
      : [Number(m[7]), Number(m[8]), Number(m[9])];
  return isRealDate(y, mo, d) ? formatDay({ y, m: mo, d }) : undefined;
}
