// Checks that work grows linearly with input size without asserting any absolute time, which
// depends on the machine: the time for the largest input over the time for the smallest is
// compared with the size ratio. Each time is the fastest of several runs, so a pause caused by
// another process or the garbage collector does not count; a linear function on sizes 5, 10 and
// 20 MB gives a ratio near 4, a quadratic one near 16.
import { performance } from 'node:perf_hooks';

/** The fastest of `runs` timed calls of `work`, in milliseconds. */
export function fastestMs(work: () => unknown, runs: number): number {
  return fastestEach([work], runs)[0];
}

/**
 * The fastest of `runs` timed calls of each of `works`, in milliseconds. The calls take turns, so
 * a busy spell of the machine slows every input alike rather than only the one it fell on.
 */
function fastestEach(works: (() => unknown)[], runs: number): number[] {
  const best = works.map(() => Infinity);
  for (let run = 0; run < runs; run++) {
    works.forEach((work, i) => {
      const started = performance.now();
      work();
      best[i] = Math.min(best[i], performance.now() - started);
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

/** Fails unless `work` on the 20 MB input takes less than 6 times as long as on the 5 MB one. */
export function assertLinearOnHugeLines<T>(inputs: T[], work: (input: T) => unknown): void {
  const growth = measureGrowth(inputs, work, 6);
  const labels = LINE_SIZES_MB.map((mb) => `${mb} MB`);
  if (!(growth.ratio < 6))
    throw new Error(`time 20 MB / 5 MB is not below 6: ${describeGrowth(labels, growth)}`);
}
