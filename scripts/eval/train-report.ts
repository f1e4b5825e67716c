// The train check's table: one line per set and system, each type's exact and relaxed F1 side by
// side, because its sets' span conventions differ from ours and from each other's.
import { formatTable as formatPlainTable } from '../bench/stats';
import type { Row } from './report';
import { scores } from './score';

const TYPES = ['person', 'organization', 'place', 'date', 'all'];

/** "0.812/0.903": exact F1, then relaxed (overlap) F1; '' for a type not scored. */
export function exactRelaxed(row: Row | undefined): string {
  if (!row) return '';
  const s = scores(row.counts);
  return `${s.f1.toFixed(3)}/${s.overlapF1.toFixed(3)}`;
}

/** Rows come grouped by part (a set, then the overall), in system order; `records` counts a part's records. */
export function formatTrainCheck(rows: readonly Row[], records: (part: string) => number): string {
  const parts = [...new Set(rows.map((r) => r.part))];
  const body: (string[] | null)[] = [];
  for (const part of parts) {
    const inPart = rows.filter((r) => r.part === part);
    if (body.length > 0) body.push(null);
    for (const system of [...new Set(inPart.map((r) => r.system))]) {
      const cell = (type: string): Row | undefined =>
        inPart.find((r) => r.system === system && r.type === type);
      const main = cell('all') ?? cell('date') ?? cell('person');
      const n = records(part);
      const date = cell('date');
      const valueAccuracy = date ? scores(date.counts).valueAccuracy : NaN;
      body.push([
        part,
        system,
        n > 0 ? String(n) : '',
        String(main?.counts.gold ?? ''),
        ...TYPES.map((t) => exactRelaxed(cell(t))),
        Number.isNaN(valueAccuracy) ? '' : valueAccuracy.toFixed(3),
      ]);
    }
  }
  return formatPlainTable(
    ['set', 'system', 'records', 'gold', ...TYPES, 'val.acc'],
    body,
    2,
    TYPES.length + 5,
  );
}
