// Engine throughput in CPU time, for performance work on a shared, loaded machine (wall time
// there measures the neighbours too). Each pass analyses the seed and every development article,
// with its date, with a fresh Analyzer (its block cache would turn later passes into look-ups);
// the data files are loaded by a warm-up call first. MB = 10^6 bytes of UTF-8, as in `npm run bench`.
//   npm run cpu -- [passes per round = 6] [rounds = 5] [--stages]
// (scripts/build.mjs bundles it as the engine ships, into dist/dev/cpu.js; run from the repository.)
// --stages also times each step of a block on its own (tokenizing, each recognizer, overlap
// resolution) and the document-wide rest (metadata, linking), to show where the time goes.
import { join } from 'node:path';
import { Analyzer } from '../../server/src/engine/pipeline';
import { splitBlocks } from '../../server/src/engine/text/blocks';
import { tokenize } from '../../server/src/engine/text/tokens';
import { loadLexicon } from '../../server/src/engine/data/lexicon';
import { RECOGNIZERS } from '../../server/src/engine/recognizers';
import { blockContext } from '../../server/src/engine/recognizers/context';
import { resolveOverlaps } from '../../server/src/engine/model/overlaps';
import type { Candidate } from '../../server/src/engine/model/candidate';
import { findRepoRoot, loadDev, loadSeed, type EvalDoc } from '../eval/corpus';

function cpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

/** CPU milliseconds per pass of `run`, the best of `rounds` rounds of `passes` passes. */
function best(run: () => void, passes: number, rounds: number): number {
  run();
  let min = Infinity;
  for (let r = 0; r < rounds; r++) {
    const started = cpuSeconds();
    for (let p = 0; p < passes; p++) run();
    min = Math.min(min, ((cpuSeconds() - started) * 1000) / passes);
  }
  return min;
}

/** `fresh` is main's pass (every article, a fresh Analyzer): the 100% the stages are shares of. */
function stages(docs: readonly EvalDoc[], fresh: () => void, passes: number, rounds: number): void {
  const lexicon = loadLexicon();
  const blocks = docs.flatMap((d) => splitBlocks(d.text).map((b) => ({ text: b.text, date: d.articleDate })));
  const tokenized = blocks.map((b) => tokenize(b.text));
  const rows: [string, number][] = [];
  rows.push(['tokenize', best(() => blocks.forEach((b) => tokenize(b.text)), passes, rounds)]);
  // Each recognizer sees what the ones before it found, as in recognizeBlock.
  const before = blocks.map((): Candidate[] => []);
  RECOGNIZERS.forEach((recognize, k) => {
    const ctx = (i: number) =>
      blockContext({
        text: blocks[i].text,
        tokenized: tokenized[i],
        articleDate: blocks[i].date,
        lexicon,
      });
    rows.push([
      `recognizer ${k + 1} (${recognize.name || 'anonymous'})`,
      best(() => blocks.forEach((_, i) => recognize(ctx(i), before[i])), passes, rounds),
    ]);
    blocks.forEach((_, i) => before[i].push(...recognize(ctx(i), before[i])));
  });
  rows.push([
    'resolveOverlaps (blocks)',
    best(() => before.forEach((found) => resolveOverlaps(found)), passes, rounds),
  ]);
  // With every block cached, an analysis is the document-wide rest: metadata, splitting, linking.
  const cached = new Analyzer();
  const all = (): void => docs.forEach((d) => cached.analyze(d.text, { articleDate: d.articleDate }));
  rows.push(['analyze, blocks cached', best(all, passes, rounds)]);
  const freshMs = best(fresh, passes, rounds);
  for (const [name, ms] of rows)
    console.log(
      `${name.padEnd(36)} ${ms.toFixed(2).padStart(7)} ms/pass  ${((100 * ms) / freshMs).toFixed(0).padStart(3)}%`,
    );
  console.log(`${'analyze, fresh (all of it)'.padEnd(36)} ${freshMs.toFixed(2).padStart(7)} ms/pass  100%`);
}

function main(): void {
  const args = process.argv.slice(2).filter((a) => a !== '--stages');
  const passes = Number(args[0] ?? 6);
  const rounds = Number(args[1] ?? 5);
  const root = findRepoRoot(process.cwd());
  process.env.NEWSMARK_DATA ??= join(root, 'server', 'data');
  const docs = [...loadSeed(root), ...loadDev(root)];
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text, 'utf8'), 0);
  const pass = (): void => {
    const analyzer = new Analyzer();
    for (const d of docs) analyzer.analyze(d.text, { articleDate: d.articleDate });
  };
  pass(); // loads the lexicon and lets the JIT compile the hot paths
  const rates: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const started = cpuSeconds();
    for (let p = 0; p < passes; p++) pass();
    rates.push((bytes * passes) / 1e6 / (cpuSeconds() - started));
  }
  rates.sort((a, b) => a - b);
  const median = rates[Math.floor(rates.length / 2)];
  if (process.argv.includes('--stages')) stages(docs, pass, passes, rounds);
  console.log(
    `${docs.length} docs, ${(bytes / 1e3).toFixed(0)} KB; ${rounds} rounds × ${passes} passes: ` +
      `median ${median.toFixed(2)} MB/s CPU (min ${rates[0].toFixed(2)}, max ${rates[rates.length - 1].toFixed(2)})`,
  );
}

main();
