// Engine throughput in CPU time, for performance work on a shared, loaded machine (wall time
// there measures the neighbours too). Each pass analyses the seed and every development article,
// with its date, with a fresh Analyzer (its block cache would turn later passes into look-ups);
// the data files are loaded by a warm-up call first. MB = 10^6 bytes of UTF-8, as in `npm run bench`.
//   npm run cpu -- [passes per round = 6] [rounds = 5] [--stages]
// (scripts/build.mjs bundles it as the engine ships, into dist/dev/cpu.js; run from the repository.)
// --stages also times each step of a block on its own (tokenizing, each recognizer, overlap
// resolution) and the document-wide rest (metadata, linking), to show where the time goes.
// --edit [MB = 1] times what one typed character costs on a large document with no repeated
// paragraph (as `npm run bench` builds them): each stage of the re-analysis and the full
// semantic tokens, in CPU ms per edit (needs ../shared/data/train beside the repository).
import { join } from 'node:path';
import { ANALYSIS_STAGES, Analyzer, type AnalysisStage } from '../../server/src/engine/pipeline';
import { buildTokens } from '../../server/src/features/semanticTokens';
import { BenchTexts, loadArticles } from '../bench/texts';
import { ProseStream } from '../bench/prose';
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

/** CPU ms per stage of one edit (insert or delete a character mid-document), over `edits` edits. */
function editStages(root: string, megabytes: number, edits: number): void {
  const articles = loadArticles(root);
  const texts = new BenchTexts(articles, new ProseStream(root, articles));
  let text = texts.document('unique', Math.round(megabytes * 2 ** 20), 0, '2023-11-08');
  const spent = new Map<AnalysisStage | 'tokens', number>();
  let last = cpuSeconds();
  const analyzer = new Analyzer({
    stageDone: (stage) => {
      const now = cpuSeconds();
      spent.set(stage, (spent.get(stage) ?? 0) + now - last);
      last = now;
    },
  });
  buildTokens(text, analyzer.analyze(text));
  spent.clear();
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(text.length / 2) + ((i * 7919) % 2000);
    text = i % 2 === 0 ? `${text.slice(0, at)}x${text.slice(at)}` : text.slice(0, at) + text.slice(at + 1);
    last = cpuSeconds();
    const analysis = analyzer.analyze(text);
    const started = cpuSeconds();
    buildTokens(text, analysis);
    spent.set('tokens', (spent.get('tokens') ?? 0) + cpuSeconds() - started);
  }
  let total = 0;
  for (const ms of spent.values()) total += ms;
  console.log(`one character typed on a ${megabytes} MB unique document, ${edits} edits, CPU ms per edit:`);
  for (const stage of [...ANALYSIS_STAGES, 'tokens'] as const) {
    const ms = ((spent.get(stage) ?? 0) * 1000) / edits;
    console.log(
      `${stage.padEnd(12)} ${ms.toFixed(2).padStart(8)}  ${((100 * (spent.get(stage) ?? 0)) / total).toFixed(0).padStart(3)}%`,
    );
  }
  console.log(`${'all'.padEnd(12)} ${((total * 1000) / edits).toFixed(2).padStart(8)}  100%`);
}

function main(): void {
  if (process.argv.includes('--edit')) {
    const root = findRepoRoot(process.cwd());
    process.env.NEWSMARK_DATA ??= join(root, 'server', 'data');
    const size = Number(process.argv.slice(2).find((a) => /^\d/.test(a)) ?? 1);
    return editStages(root, size, 40);
  }
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
