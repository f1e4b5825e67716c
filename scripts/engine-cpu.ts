// Engine throughput in CPU time, for performance work on a shared, loaded machine (wall time
// there measures the neighbours too). Each pass analyses the seed and every development article,
// with its date, with a fresh Analyzer (its block cache would turn later passes into look-ups);
// the data files are loaded by a warm-up call first. MB = 10^6 bytes of UTF-8, as in `npm run bench`.
//   npx esbuild scripts/engine-cpu.ts --bundle --platform=node --outfile=/tmp/cpu.js
//   node /tmp/cpu.js [passes per round = 6] [rounds = 5]
import { join } from 'node:path';
import { Analyzer } from '../server/src/engine/analyze';
import { findRepoRoot, loadDev, loadSeed } from './eval/corpus';

function cpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

function main(): void {
  const passes = Number(process.argv[2] ?? 6);
  const rounds = Number(process.argv[3] ?? 5);
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
  console.log(
    `${docs.length} docs, ${(bytes / 1e3).toFixed(0)} KB; ${rounds} rounds × ${passes} passes: ` +
      `median ${median.toFixed(2)} MB/s CPU (min ${rates[0].toFixed(2)}, max ${rates[rates.length - 1].toFixed(2)})`,
  );
}

main();
