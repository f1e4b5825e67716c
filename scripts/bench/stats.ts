// Small numeric and formatting helpers for the benchmark (the table also for the eval report).

/** Nearest-rank percentile (p in 0..100) of the samples; NaN when there are none. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1];
}

/**
 * A plain-text table: columns as wide as their widest cell, columns [rightFrom, rightTo) aligned
 * right (numbers), the rest left. A null row prints as an empty line between groups of rows.
 */
export function formatTable(
  header: string[],
  rows: (string[] | null)[],
  rightFrom = 1,
  rightTo = header.length,
): string {
  const cellRows = rows.filter((r): r is string[] => r !== null);
  const widths = header.map((h, i) => Math.max(h.length, ...cellRows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[] | null): string =>
    cells === null
      ? ''
      : cells
          .map((c, i) =>
            i >= rightFrom && i < rightTo ? (c ?? '').padStart(widths[i]) : (c ?? '').padEnd(widths[i]),
          )
          .join('  ')
          .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export const ms = (x: number): string => (Number.isNaN(x) ? '-' : x < 10 ? x.toFixed(2) : x.toFixed(1));
