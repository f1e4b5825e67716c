// The scorer for `npm run eval`: compares predicted spans with gold spans, per type.
//
// Definitions (docs/cli.md's offsets: UTF-16, end exclusive):
// * Only the scored types count; gold and predictions of other types are left out.
// * exact match: same start, end and type as a required gold span (each gold matched once).
// * overlap match: same type and the spans share at least one character.
// * optional gold spans are neither required nor penalised: a prediction that exactly matches an
//   optional span, or that overlaps no required span of its type but overlaps an optional one, is
//   ignored (left out of both numerator and denominator).
// * date value accuracy: among exact date matches whose gold has a value, the share whose
//   predicted value is the same string.

export interface Span {
  start: number;
  end: number;
  type: string;
  text?: string;
  value?: string;
  /** How the system found it (Newsmark's rule source), written with a false hit in the errors file. */
  source?: string;
}

export interface GoldSpan extends Span {
  optional?: boolean;
}

export interface Counts {
  /** Required gold spans. */
  gold: number;
  /** Predictions counted (not ignored). */
  pred: number;
  /** Exact matches. */
  exact: number;
  /** Required gold spans overlapped by a counted prediction of their type. */
  goldOverlapped: number;
  /** Counted predictions overlapping a required gold span of their type. */
  predOverlapping: number;
  /** Exact date matches whose gold has a value. */
  valued: number;
  /** … of which the predicted value equals the gold value. */
  valueCorrect: number;
}

export interface DocScore {
  byType: Record<string, Counts>;
  misses: GoldSpan[];
  falseHits: Span[];
  wrongValues: { gold: GoldSpan; pred: Span }[];
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  overlapPrecision: number;
  overlapRecall: number;
  overlapF1: number;
  /** NaN when there is no exact date match with a gold value. */
  valueAccuracy: number;
}

export function emptyCounts(): Counts {
  return { gold: 0, pred: 0, exact: 0, goldOverlapped: 0, predOverlapping: 0, valued: 0, valueCorrect: 0 };
}

export function addCounts(into: Counts, more: Counts): Counts {
  for (const key of Object.keys(into) as (keyof Counts)[]) into[key] += more[key];
  return into;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const key = (s: Span): string => `${s.type}\u0000${s.start}\u0000${s.end}`;

export function scoreDocument(
  gold: readonly GoldSpan[],
  pred: readonly Span[],
  types: readonly string[],
): DocScore {
  const scored = new Set(types);
  const byType: Record<string, Counts> = Object.fromEntries(types.map((t) => [t, emptyCounts()]));
  const required = gold.filter((g) => scored.has(g.type) && g.optional !== true);
  const optional = gold.filter((g) => scored.has(g.type) && g.optional === true);
  const requiredByKey = new Map(required.map((g) => [key(g), g]));
  const optionalKeys = new Set(optional.map(key));
  const matched = new Set<GoldSpan>();
  const overlapped = new Set<GoldSpan>();
  const falseHits: Span[] = [];
  const wrongValues: DocScore['wrongValues'] = [];

  for (const g of required) byType[g.type].gold++;
  for (const p of pred) {
    if (!scored.has(p.type)) continue;
    const counts = byType[p.type];
    const exact = requiredByKey.get(key(p));
    const overlapping = required.filter((g) => g.type === p.type && overlaps(g, p));
    const ignored =
      (exact === undefined && optionalKeys.has(key(p))) ||
      (overlapping.length === 0 && optional.some((g) => g.type === p.type && overlaps(g, p)));
    if (ignored) continue;
    counts.pred++;
    if (overlapping.length > 0) counts.predOverlapping++;
    for (const g of overlapping) overlapped.add(g);
    if (exact !== undefined && !matched.has(exact)) {
      matched.add(exact);
      counts.exact++;
      if (exact.type === 'date' && exact.value !== undefined) {
        counts.valued++;
        if (p.value === exact.value) counts.valueCorrect++;
        else wrongValues.push({ gold: exact, pred: p });
      }
    } else falseHits.push(p);
  }
  for (const g of overlapped) byType[g.type].goldOverlapped++;
  const misses = required.filter((g) => !matched.has(g));
  return { byType, misses, falseHits, wrongValues };
}

const ratio = (a: number, b: number, empty: number): number => (b === 0 ? empty : a / b);
const harmonic = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/**
 * P/R/F1 from counts. With no predictions precision is 1 (nothing wrong was said) and with no
 * gold recall is 1 (nothing was missed), so an empty type does not drag an average down.
 */
export function scores(c: Counts): Scores {
  const precision = ratio(c.exact, c.pred, 1);
  const recall = ratio(c.exact, c.gold, 1);
  const overlapPrecision = ratio(c.predOverlapping, c.pred, 1);
  const overlapRecall = ratio(c.goldOverlapped, c.gold, 1);
  return {
    precision,
    recall,
    f1: harmonic(precision, recall),
    overlapPrecision,
    overlapRecall,
    overlapF1: harmonic(overlapPrecision, overlapRecall),
    valueAccuracy: ratio(c.valueCorrect, c.valued, NaN),
  };
}
