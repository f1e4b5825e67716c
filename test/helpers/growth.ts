// Checks that work grows linearly with input size without asserting any absolute time, which
// depends on the machine: the time for the largest input over the time for the smallest is
// compared with the size ratio. Each time is the fastest of several runs, so a pause caused by
// another process or the garbage collector does not count.
//
// On 5 and 20 MB inputs a linear function measures a ratio of 4 to 7, not 4: a 5 MB string stays
// in the processor's cache between passes, a 20 MB one does not. A quadratic one measures about
// 15 (the old block splitting: 14.9). So the limit is 8.

/**
 * The fastest of `runs` timed calls of each of `works`, in milliseconds of this process's CPU time
 * (not wall time, which also counts the spells other processes hold the cores). The calls take
 * turns, so a busy spell of the machine slows every input alike rather than only the one it fell on.
 */
function fastestEach(works: (() => unknown)[], runs: number): number[] {
  const best = works.map(() => Infinity);
  for (let run = 0; run < runs; run++) {
    works.forEach((work, i) => {
      const started = process.cpuUsage();
      work();
      const used = process.cpuUsage(started);
      best[i] = Math.min(best[i], (used.user + used.system) / 1000);
    });
  }
  return best;
}

export interface Growth {
  /** Fastest time per input, in the order of the inputs. */
  times: number[];
  /** Time of the last (largest) input over the time of the first (smallest). */
  ratio: number;
}

/**
 * Times `work` on each input (the fastest of `runs`). If the ratio is not below `limit`, measures
 * again, up to `attempts` times, and returns the best attempt: a machine busy with other work
 * can spoil one attempt, while a super-linear function misses the limit on every one.
 */
export function measureGrowth<T>(
  inputs: T[],
  work: (input: T) => unknown,
  limit: number,
  { runs = 7, attempts = 4 } = {},
): Growth {
  let best: Growth | undefined;
  for (let attempt = 0; attempt < attempts; attempt++) {
    const times = fastestEach(
      inputs.map((input) => () => work(input)),
      runs,
    );
    const growth = { times, ratio: times[times.length - 1] / Math.max(times[0], 0.001) };
    if (!best || growth.ratio < best.ratio) best = growth;
    if (best.ratio < limit) break;
  }
  return best as Growth;
}

/** Describes a measurement for an assertion message. */
export function describeGrowth(labels: string[], growth: Growth): string {
  const parts = labels.map((label, i) => `${label}: ${growth.times[i].toFixed(1)} ms`);
  return `${parts.join(', ')}; ratio ${growth.ratio.toFixed(2)}`;
}

/** Huge single lines, with spaces between words and without any, as the growth tests use them. */
export const LINE_KINDS = [
  { kind: 'with spaces', unit: 'word ' },
  { kind: 'without spaces', unit: 'w' },
] as const;

const LINE_SIZES_MB = [5, 10, 20];

/** `unit` repeated into lines of 5, 10 and 20 MB (characters). */
export function hugeLines(unit: string): string[] {
  return LINE_SIZES_MB.map((mb) => unit.repeat(Math.ceil((mb * 1_000_000) / unit.length)));
}

/** The most the 20 MB input may take over the 5 MB one (see the top of this file). */
const HUGE_LINE_LIMIT = 8;

/** Fails unless `work` on the 20 MB input takes less than 8 times as long as on the 5 MB one. */
export function assertLinearOnHugeLines<T>(inputs: T[], work: (input: T) => unknown): void {
  const growth = measureGrowth(inputs, work, HUGE_LINE_LIMIT);
  const labels = LINE_SIZES_MB.map((mb) => `${mb} MB`);
  if (!(growth.ratio < HUGE_LINE_LIMIT))
    throw new Error(`time 20 MB / 5 MB is not below ${HUGE_LINE_LIMIT}: ${describeGrowth(labels, growth)}`);
}
