// Part (a): recognition throughput on one core — Newsmark's engine beside compromise and
// chrono-node on the same article texts, in the same process.
import { performance } from 'node:perf_hooks';
import nlp from 'compromise';
import * as chrono from 'chrono-node';
import { Analyzer } from '../../server/src/engine/pipeline';
import type { Article } from './texts';

export interface Throughput {
  system: string;
  what: string;
  bytes: number;
  /** Time and passes of the measured (warm) runs. */
  seconds: number;
  passes: number;
  mbPerSecond: number;
  /** The very first pass, before any warm-up: what a freshly started process sees once. */
  coldMbPerSecond: number;
  /** Untimed passes run between the first pass and the measured ones. */
  warmupPasses: number;
}

/**
 * Throughput as benchmarks usually state it, warm: one first pass timed on its own (reported as
 * the cold figure), then untimed passes until `warmupSeconds` have gone by so the JIT compilers
 * have settled, then passes timed until at least `minSeconds` have been spent. Every system gets
 * the same treatment. A language server runs for hours, so its steady state is what matters for
 * throughput; its start-up is reported by the cold column and by the first LSP samples in (b).
 */
function timed(
  name: string,
  what: string,
  bytes: number,
  minSeconds: number,
  pass: () => void,
  setup: () => void = () => {},
  warmupSeconds = 1.5,
): Throughput {
  const once = (): number => {
    setup();
    const started = performance.now();
    pass();
    return (performance.now() - started) / 1000;
  };
  const cold = once();
  let warmed = cold;
  let warmupPasses = 0;
  while (warmed < warmupSeconds && warmupPasses < 20) {
    warmed += once();
    warmupPasses++;
  }
  let seconds = 0;
  let passes = 0;
  while (passes === 0 || seconds < minSeconds) {
    seconds += once();
    passes++;
  }
  return {
    system: name,
    what,
    bytes,
    seconds,
    passes,
    mbPerSecond: (bytes * passes) / 1e6 / seconds,
    coldMbPerSecond: bytes / 1e6 / cold,
    warmupPasses,
  };
}

/** `unique`: a large document with no paragraph twice (texts.ts), analysed whole by a fresh analyzer. */
export function measureThroughput(
  articles: readonly Article[],
  minSeconds: number,
  unique: string,
): Throughput[] {
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text, 'utf8'), 0);
  const whole = articles.map((a) => a.text).join('\n\n');
  const wholeBytes = Buffer.byteLength(whole, 'utf8');
  // A fresh analyzer per pass: its paragraph cache must not turn later passes into lookups.
  // Each is warmed on an empty text first, so loading the data files is not timed.
  const freshAnalyzer = (): Analyzer => {
    const a = new Analyzer();
    a.analyze('');
    return a;
  };
  let analyzer = freshAnalyzer();
  const engine = timed(
    'newsmark',
    'each article, with its date',
    bytes,
    minSeconds,
    () => {
      for (const a of articles) analyzer.analyze(a.text, { articleDate: a.articleDate });
    },
    () => (analyzer = freshAnalyzer()),
  );
  const engineWhole = timed(
    'newsmark',
    'all articles as one document',
    wholeBytes,
    minSeconds,
    () => analyzer.analyze(whole),
    () => (analyzer = freshAnalyzer()),
  );
  const uniqueBytes = Buffer.byteLength(unique, 'utf8');
  const engineUnique = timed(
    'newsmark',
    `one ${(uniqueBytes / 1e6).toFixed(1)} MB unique document`,
    uniqueBytes,
    minSeconds,
    () => analyzer.analyze(unique),
    () => (analyzer = freshAnalyzer()),
  );
  nlp('Warm up compromise in Ankara.').people();
  const compromise = timed('compromise', 'people+organizations+places', bytes, minSeconds, () => {
    for (const a of articles) {
      const view = nlp(a.text);
      view.people().json({ offset: true });
      view.organizations().json({ offset: true });
      view.places().json({ offset: true });
    }
  });
  const chronoRun = timed('chrono-node', 'chrono.parse (dates)', bytes, minSeconds, () => {
    for (const a of articles) chrono.parse(a.text, new Date(`${a.articleDate ?? '2023-11-08'}T12:00:00`));
  });
  return [engine, engineWhole, engineUnique, compromise, chronoRun];
}
