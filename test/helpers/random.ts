// A seeded pseudo-random source for tests that try many generated inputs: a fixed seed gives the
// same inputs on every run, so a failure reproduces. A linear congruential generator (the
// Numerical Recipes constants) is plenty for picking test pieces; it is not for anything else.

/** Returns a function giving numbers in [0, 1), the same sequence for the same seed. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
