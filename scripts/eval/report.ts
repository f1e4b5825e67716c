// Turns scored counts into the printed table, the targets check and the error records.
import type { Counts, GoldSpan, Span } from './score';
import { scores } from './score';
import { formatTable as formatPlainTable } from '../bench/stats';

/**
 * The targets of issue 10, on the development data's TEST part (scripts/eval/splits/dev-split.json):
 * exact-match F1 per type, and date value accuracy.
 */
export const TARGETS: { type: string; metric: 'f1' | 'valueAccuracy'; min: number }[] = [
  { type: 'person', metric: 'f1', min: 0.92 },
  { type: 'organization', metric: 'f1', min: 0.87 },
  { type: 'place', metric: 'f1', min: 0.9 },
  { type: 'date', metric: 'f1', min: 0.92 },
  { type: 'date', metric: 'valueAccuracy', min: 0.95 },
];
/** The part and the system the targets apply to. */
export const TARGET_PART = 'test';
export const TARGET_SYSTEM = 'newsmark';

export interface Row {
  part: string;
  system: string;
  type: string;
  counts: Counts;
}

const fmt = (x: number): string => (Number.isNaN(x) ? '   -' : x.toFixed(3));

/** "F1≥0.92 PASS" (and "val≥0.95 FAIL" for dates) on Newsmark's rows of the target part; '' elsewhere. */
export function targetMark(row: Row): string {
  if (row.part !== TARGET_PART || row.system !== TARGET_SYSTEM) return '';
  const s = scores(row.counts);
  return TARGETS.filter((t) => t.type === row.type)
    .map((t) => {
      const value = s[t.metric];
      const ok = !Number.isNaN(value) && value >= t.min;
      return `${t.metric === 'f1' ? 'F1' : 'val'}≥${t.min.toFixed(2)} ${ok ? 'PASS' : 'FAIL'}`;
    })
    .join(', ');
}

/** One part's table: a row per system and type; the target column only where a row has a target. */
export function formatTable(rows: readonly Row[]): string {
  const withTargets = rows.some((r) => targetMark(r) !== '');
  const header = ['system', 'type', 'gold', 'pred', 'P', 'R', 'F1', 'F1~ovl', 'val.acc'];
  if (withTargets) header.push('target');
  // An empty line (null) before each new system.
  const body = rows.flatMap((row, i) => {
    const s = scores(row.counts);
    const cells = [
      row.system,
      row.type,
      String(row.counts.gold),
      String(row.counts.pred),
      fmt(s.precision),
      fmt(s.recall),
      fmt(s.f1),
      fmt(s.overlapF1),
      row.type === 'date' || row.type === 'all' ? fmt(s.valueAccuracy) : '',
    ];
    if (withTargets) cells.push(targetMark(row));
    const previous = rows[i - 1];
    return previous && previous.system !== row.system ? [null, cells] : [cells];
  });
  // Columns gold … val.acc are numbers, aligned right.
  return formatPlainTable(header, body, 2, 9);
}

export interface ErrorRecord {
  system: string;
  corpus: string;
  doc: string;
  kind: 'miss' | 'false-hit' | 'wrong-value';
  type: string;
  start: number;
  end: number;
  text: string;
  /** ±40 characters around the span, the span itself between ⟦ ⟧. */
  context: string;
  goldValue?: string;
  predValue?: string;
  /** A false hit's source: the rule that found it. */
  predSource?: string;
}

export function errorRecord(
  base: { system: string; corpus: string; doc: string; text: string },
  kind: ErrorRecord['kind'],
  span: Span | GoldSpan,
  values: { gold?: string; pred?: string } = {},
): ErrorRecord {
  const { text } = base;
  const before = text.slice(Math.max(0, span.start - 40), span.start);
  const after = text.slice(span.end, span.end + 40);
  const record: ErrorRecord = {
    system: base.system,
    corpus: base.corpus,
    doc: base.doc,
    kind,
    type: span.type,
    start: span.start,
    end: span.end,
    text: text.slice(span.start, span.end),
    context: `${before}⟦${text.slice(span.start, span.end)}⟧${after}`,
  };
  if (values.gold !== undefined) record.goldValue = values.gold;
  if (values.pred !== undefined) record.predValue = values.pred;
  if (kind === 'false-hit' && 'source' in span && span.source !== undefined) record.predSource = span.source;
  return record;
}
