// Consistency checks, as diagnostics on an open article: what it says against what the other
// articles of the workspace say (the related information points at them), and one check inside
// the article itself.
// - one person with another rank or title in an article of the same date (a warning);
// - a lower rank than an earlier article gives (information: a demotion is news, a slip likelier);
// - a person whose name is spelled close to another's, in articles that share an organization,
//   place or person (information, with a quick fix that records the alias: codeActions below);
// - a weekday that is not the weekday of its date ("Tuesday, Nov. 8, 2023").
import {
  DiagnosticSeverity,
  type Diagnostic,
  type DiagnosticRelatedInformation,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../engine/model/types';
import { normalizeKey } from '../engine/text/keys';
import { canonicalUri, type ArticlePosting, type WorkspaceIndex } from '../workspace/index';
import { foldName, keyName, keyType, rangeAt, type EntityPosting, type IndexedType } from '../workspace/keys';
import { postingsWithOpen, summaryOf } from '../workspace/lookup';

export const RANK_CONFLICT = 'rank-conflict';
export const TITLE_CONFLICT = 'title-conflict';
export const LOWER_RANK = 'lower-rank';
export const SPELLING_VARIANT = 'spelling-variant';
export const WEEKDAY_MISMATCH = 'weekday-mismatch';

export { foldName };

/** What the spelling diagnostic carries for its quick fix: record `alias` as another spelling of `name`. */
export interface SpellingData {
  type: IndexedType;
  name: string;
  alias: string;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** A weekday written out or abbreviated (Tue., Tues., Thu., Thurs.), by its number (Sunday 0). */
const WEEKDAY_RE =
  /\b(sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat)(?:day|nesday|rsday|urday|\.)?(?![\p{L}])/iu;
const WEEKDAY_OF_PREFIX: Record<string, number> = {
  sun: 0,
  mon: 1,
  tue: 2,
  tues: 2,
  wed: 3,
  thu: 4,
  thur: 4,
  thurs: 4,
  fri: 5,
  sat: 6,
};

/** The weekday (0 = Sunday) of a YYYY-MM-DD value. */
export function weekdayOf(value: string): number {
  return new Date(`${value}T00:00:00Z`).getUTCDay();
}

/** Diagnostics for dates whose written weekday is not their value's. */
export function weekdayDiagnostics(doc: TextDocument, analysis: Analysis): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const m of analysis.mentions) {
    if (m.type !== 'date' || m.value === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(m.value)) continue;
    const written = WEEKDAY_RE.exec(m.text);
    if (!written) continue;
    const said = WEEKDAY_OF_PREFIX[written[1].toLowerCase()];
    const real = weekdayOf(m.value);
    if (said === undefined || said === real) continue;
    out.push({
      range: { start: doc.positionAt(m.start), end: doc.positionAt(m.end) },
      severity: DiagnosticSeverity.Warning,
      code: WEEKDAY_MISMATCH,
      source: 'newsmark',
      message: `“${m.text}” says ${WEEKDAYS[said]}, but ${m.value} is a ${WEEKDAYS[real]}.`,
    });
  }
  return out;
}

/** A NATO rank code's place in one scale (OR-1 … OR-9, then WO-1 … WO-5, then OF-1 … OF-10). */
export function rankOrder(code: string | undefined): number | undefined {
  const m = /^(OR|WO|OF)-(\d+)$/.exec(code ?? '');
  if (!m) return undefined;
  return { OR: 0, WO: 20, OF: 40 }[m[1] as 'OR' | 'WO' | 'OF'] + Number(m[2]);
}

function related(a: ArticlePosting, what: string): DiagnosticRelatedInformation {
  return { location: { uri: a.uri, range: rangeAt(a.posting, a.posting.full) }, message: what };
}

function fileName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}

/** Whether `a` and `b` differ by at most one inserted, deleted or replaced character. */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return true;
  // Past the first difference, the rest must match after one replacement, insertion or deletion.
  const rest = (x: number, y: number): boolean => a.slice(x) === b.slice(y);
  if (a.length === b.length) return rest(i + 1, i + 1);
  return a.length > b.length ? rest(i + 1, i) : rest(i, i + 1);
}

/** Names shorter than this are not checked for a one-letter slip: Andrew and Andrea are two people. */
const MIN_SLIP_LENGTH = 7;

/**
 * Whether two person names look like one name spelled two ways: the same without accents
 * (Guler, Güler), or one letter apart in a name long enough that one letter is a slip
 * (Zhaksylykov, Zhaksylikov), and not the same name.
 */
export function closeSpelling(a: string, b: string): boolean {
  if (a === b) return false;
  const fa = foldName(a);
  const fb = foldName(b);
  if (fa === fb) return true;
  return Math.min(fa.length, fb.length) >= MIN_SLIP_LENGTH && withinOneEdit(fa, fb) && fa[0] === fb[0];
}

/** The keys, besides dates, that the articles naming `key` also name: what a person is seen with. */
function contextOf(index: WorkspaceIndex, postings: ArticlePosting[], key: string): Set<string> {
  const out = new Set<string>();
  for (const { uri } of postings) {
    const summary = index.article(canonicalUri(uri));
    for (const p of summary?.entities ?? []) if (p.key !== key && keyType(p.key) !== 'date') out.add(p.key);
  }
  return out;
}

/** The checks across articles for the open document (`doc`, its current `analysis`). */
export function consistencyDiagnostics(
  doc: TextDocument,
  analysis: Analysis,
  index: WorkspaceIndex,
): Diagnostic[] {
  const open = { uri: doc.uri, analysis, positionAt: (o: number) => doc.positionAt(o) };
  const own = summaryOf(analysis, open.positionAt);
  const uri = canonicalUri(doc.uri);
  const ownKeys = new Set(own.entities.filter((p) => keyType(p.key) !== 'date').map((p) => p.key));
  const out: Diagnostic[] = [];
  for (const posting of own.entities) {
    if (keyType(posting.key) !== 'person') continue;
    const others = postingsWithOpen(index, open, posting.key).filter((a) => canonicalUri(a.uri) !== uri);
    out.push(...sameDateConflicts(posting, own.date, others), ...lowerRank(posting, own.date, others));
    out.push(...spellingVariants(index, posting, ownKeys, uri));
  }
  return out;
}

function diagnostic(
  posting: EntityPosting,
  severity: DiagnosticSeverity,
  code: string,
  message: string,
  relatedInformation: DiagnosticRelatedInformation[],
): Diagnostic {
  return {
    range: rangeAt(posting, posting.full),
    severity,
    code,
    source: 'newsmark',
    message,
    relatedInformation,
  };
}

function sameDateConflicts(
  posting: EntityPosting,
  date: string | undefined,
  others: ArticlePosting[],
): Diagnostic[] {
  if (date === undefined) return [];
  const out: Diagnostic[] = [];
  const sameDay = others.filter((a) => a.date === date);
  const rank = sameDay.find((a) => a.posting.rank && posting.rank && a.posting.rank !== posting.rank);
  if (rank)
    out.push(
      diagnostic(
        posting,
        DiagnosticSeverity.Warning,
        RANK_CONFLICT,
        `${posting.name} is ${posting.rank} here but ${rank.posting.rank} in ${fileName(rank.uri)}, of the same date (${date}).`,
        [related(rank, `${rank.posting.rank} ${rank.posting.name}`)],
      ),
    );
  const title = sameDay.find(
    (a) => a.posting.title && posting.title && normalizeKey(a.posting.title) !== normalizeKey(posting.title),
  );
  if (title)
    out.push(
      diagnostic(
        posting,
        DiagnosticSeverity.Warning,
        TITLE_CONFLICT,
        `${posting.name} is ${posting.title} here but ${title.posting.title} in ${fileName(title.uri)}, of the same date (${date}).`,
        [related(title, `${title.posting.name}, ${title.posting.title}`)],
      ),
    );
  return out;
}

function lowerRank(posting: EntityPosting, date: string | undefined, others: ArticlePosting[]): Diagnostic[] {
  const order = rankOrder(posting.rankCode);
  if (date === undefined || order === undefined) return [];
  // The highest rank an earlier article gives.
  let higher: ArticlePosting | undefined;
  for (const a of others) {
    const theirs = rankOrder(a.posting.rankCode);
    if (a.date === undefined || a.date >= date || theirs === undefined || theirs <= order) continue;
    if (!higher || theirs > (rankOrder(higher.posting.rankCode) ?? 0)) higher = a;
  }
  if (!higher) return [];
  return [
    diagnostic(
      posting,
      DiagnosticSeverity.Information,
      LOWER_RANK,
      `${posting.name} is ${posting.rank} (${posting.rankCode}) here, lower than ${higher.posting.rank} (${higher.posting.rankCode}) in ${fileName(higher.uri)}, an earlier article (${higher.date}).`,
      [related(higher, `${higher.posting.rank} ${higher.posting.name}, ${higher.date}`)],
    ),
  ];
}

function spellingVariants(
  index: WorkspaceIndex,
  posting: EntityPosting,
  ownKeys: Set<string>,
  uri: string,
): Diagnostic[] {
  const key = posting.key;
  const name = keyName(key);
  const out: Diagnostic[] = [];
  for (const other of index.peopleSpelledNear(foldName(name))) {
    if (other === key || index.sameEntity(other, key) || !closeSpelling(name, keyName(other))) continue;
    const postings = index.postingsOf(other).filter((a) => a.uri !== uri);
    if (postings.length === 0) continue;
    const shared = [...contextOf(index, postings, other)].filter((k) => ownKeys.has(k) && k !== key);
    if (shared.length === 0) continue;
    const first = postings[0];
    const sharedNames = shared.slice(0, 2).map((k) => index.totals(k)?.name ?? k);
    // The spelling in more articles is the name; the other is recorded as its alias.
    const mineCount = index.articleCount(key);
    const theirsWin = postings.length >= mineCount;
    const data: SpellingData = {
      type: 'person',
      name: theirsWin ? first.posting.name : posting.name,
      alias: theirsWin ? posting.name : first.posting.name,
    };
    out.push({
      ...diagnostic(
        posting,
        DiagnosticSeverity.Information,
        SPELLING_VARIANT,
        `${posting.name} may be ${first.posting.name} of ${fileName(first.uri)} spelled another way (both with ${sharedNames.join(' and ')}).`,
        [related(first, first.posting.name)],
      ),
      data,
    });
  }
  return out;
}
