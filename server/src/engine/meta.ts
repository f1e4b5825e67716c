// Article metadata: the publication date (header line `date YYYY-MM-DD`, YAML front matter
// `date:`, or a date line under the title) and the dateline ("ASTANA —", "WASHINGTON (Reuters) -").
// The article date anchors every relative date; without one, relative dates stay unresolved.
import type { ArticleMeta, Problem } from './types';
import type { Candidate } from './candidate';

export interface MetaResult {
  meta: ArticleMeta;
  /** Candidates in document offsets: the header date and the dateline place. */
  candidates: Candidate[];
  problems: Problem[];
}

const HEADER_RE = /^\uFEFF?[ \t]*date[ \t]+(\S+)/;
const FRONT_MATTER_RE = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar date written YYYY-MM-DD. */
export function isValidIsoDate(value: string): boolean {
  const m = ISO_DATE_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

// A dateline: an all-caps place (optionally ", Country" or "(Agency)") followed by a dash, at the
// start of the article body. Mixed-case places are accepted when a country follows ("Ankara, Türkiye —").
const DATELINE_RE =
  /(?:^|\n)[ \t]*((?:\p{Lu}[\p{Lu}\p{M}.'’-]+)(?:[ \t]+\p{Lu}[\p{Lu}\p{M}.'’-]+){0,3}|\p{Lu}[\p{L}\p{M}.'’-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}.'’-]+){0,2}(?=,))(?:,[ \t]*(\p{Lu}[\p{L}\p{M}.'’ -]{1,40}?))?(?:[ \t]*\(([\p{L}\p{M} .&-]{2,40})\))?[ \t]*[—–-]{1,2}[ \t]/u;

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
    const line = /(^|\n)date:[ \t]*["']?([^\s"'#]+)/.exec(front[1]);
    if (line) {
      const raw = line[2];
      const start = front[0].indexOf(front[1]) + line.index + line[0].length - raw.length;
      const iso = raw.slice(0, 10);
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
          message: `The front matter date "${raw}" is not a date written YYYY-MM-DD; relative dates are left unresolved.`,
        });
      }
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
    candidates.push({
      start,
      end: start + place.length,
      type: 'place',
      source: 'dateline',
      priority: 100,
      key: place,
    });
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

function dateCandidate(start: number, end: number, value: string): Candidate {
  return { start, end, type: 'date', source: 'article-header', priority: 100, value, resolution: 'explicit' };
}
