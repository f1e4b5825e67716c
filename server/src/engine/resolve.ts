// Overlap resolution: the engine's output is flat, like the gold it is measured against.
// Precedence: higher priority first; at equal priority the longer span; then the earlier one.
import type { Candidate } from './candidate';

export function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const order = [...candidates].sort(
    (a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const taken: Candidate[] = [];
  // Accepted spans kept sorted by start so each overlap test is a binary search.
  for (const c of order) {
    if (c.end <= c.start) continue;
    let lo = 0;
    let hi = taken.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (taken[mid].start < c.start) lo = mid + 1;
      else hi = mid;
    }
    const before = taken[lo - 1];
    const after = taken[lo];
    if ((before && before.end > c.start) || (after && after.start < c.end)) continue;
    taken.splice(lo, 0, c);
  }
  return taken;
}
