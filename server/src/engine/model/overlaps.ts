// Overlap resolution: the engine's output is flat, like the gold it is measured against.
// Precedence: higher priority first; at equal priority the longer span; then the earlier one.
// Conflicts are local, so candidates are cut into clusters of mutually reaching spans and each
// cluster is settled on its own: linear in the number of candidates for news text.
import type { Candidate } from './candidate';

function better(a: Candidate, b: Candidate): number {
  return b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start;
}

function settle(cluster: Candidate[], out: Candidate[]): void {
  if (cluster.length === 1) {
    out.push(cluster[0]);
    return;
  }
  const taken: Candidate[] = [];
  for (const c of [...cluster].sort(better)) {
    if (taken.every((t) => t.end <= c.start || t.start >= c.end)) taken.push(c);
  }
  taken.sort((a, b) => a.start - b.start);
  out.push(...taken);
}

export function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const sorted = candidates.filter((c) => c.end > c.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Candidate[] = [];
  let cluster: Candidate[] = [];
  let reach = -1;
  for (const c of sorted) {
    if (cluster.length > 0 && c.start >= reach) {
      settle(cluster, out);
      cluster = [];
    }
    cluster.push(c);
    reach = Math.max(reach, c.end);
  }
  if (cluster.length > 0) settle(cluster, out);
  return out;
}
