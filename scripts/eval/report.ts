// Turns scored counts into the printed table, the targets check and the error records.
import type { Counts, GoldSpan, Span } from './score';
import { scores } from './score';
import { formatTable as formatPlainTable } from '../bench/stats';

/** The project's targets, on the development data (MEANTIME + GUM), exact-match F1. */
export const TARGETS: { type: string; metric: 'f1' | 'valueAccuracy'; min: number }[] = [
  { type: 'person', metric: 'f1', min: 0.88 },
  { type: 'organization', metric: 'f1', min: 0.75 },
  { type: 'place', metric: 'f1', min: 0.85 },
  { type: 'date', metric: 'f1', min: 0.85 },
  { type: 'date', metric: 'valueAccuracy', min: 0.9 },
];

export interface Row {
  corpus: string;
  system: string;
  type: string;
  counts: Counts;
}

const fmt = (x: number): string => (Number.isNaN(x) ? '   -' : x.toFixed(3));

export function targetMark(row: Row): string {
  if (row.corpus !== 'dev') return '';
  const s = scores(row.counts);
  return TARGETS.filter((t) => t.type === row.type)
    .map((t) => {
      const value = s[t.metric];
      const ok = !Number.isNaN(value) && value >= t.min;
      return `${t.metric === 'f1' ? 'F1' : 'val'}≥${t.min.toFixed(2)} ${ok ? 'PASS' : 'FAIL'}`;
    })
    .join(', ');
}

export function formatTable(rows: readonly Row[]): string {
  const header = [
    'corpus',
    'system',
    'type',
    'gold',
    'pred',
    'P',
    'R',
    'F1',
    'F1~ovl',
    'val.acc',
    'target (dev)',
  ];
  // An empty line (null) before each new corpus/system group.
  const body = rows.flatMap((row, i) => {
    const s = scores(row.counts);
    const cells = [
      row.corpus,
      row.system,
      row.type,
      String(row.counts.gold),
      String(row.counts.pred),
      fmt(s.precision),
      fmt(s.recall),
      fmt(s.f1),
      fmt(s.overlapF1),
      row.type === 'date' || row.type === 'all' ? fmt(s.valueAccuracy) : '',
      targetMark(row),
    ];
    const previous = rows[i - 1];
    const newGroup = previous && (previous.corpus !== row.corpus || previous.system !== row.system);
    return newGroup ? [null, cells] : [cells];
  });
  // Columns gold … val.acc are numbers, aligned right.
  return formatPlainTable(header, body, 3, 10);
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
  return record;
}
