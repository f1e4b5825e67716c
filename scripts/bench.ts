// `npm run bench`: (a) engine throughput beside compromise and chrono-node on the same news text,
// (b) LSP latency over a real server process on 5 KB – 10 MB documents, (c) the server's peak
// memory with the 10 MB document open, (d) memory over 2,000 open/edit/close cycles of 1 MB
// documents. Large documents come in two kinds (bench/texts.ts): `repeated`, the articles cycled,
// and `unique`, with no paragraph twice; the targets are judged on the unique ones. Prints tables
// with the targets and writes bench-results/bench.json. It reports; it asserts nothing (exit 0
// unless it cannot run). `npm run bench -- --only=d` runs only the parts named (a, b, c, d).

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { findRepoRoot } from './eval/corpus';
import { BenchTexts, loadArticles, sampleDate } from './bench/texts';
import { ProseStream } from './bench/prose';
import { heapGrowth, measureCycles, type CycleSample } from './bench/cycles';
import { measureThroughput, type Throughput } from './bench/throughput';
import { measureLsp, measureOpenMemory, summarize, type LspResult, type SizePlan } from './bench/lsp';
import { formatTable, ms, percentile } from './bench/stats';
import { measureProviders, p50, type ProviderTiming } from './bench/providers';

const KB = 1024;
const MB = 1024 * 1024;
/** Sample counts and time budgets keep the whole run under about three minutes on a shared 2-core machine. */
const PLAN: SizePlan[] = [
  { label: '5 KB', size: 5 * KB, kind: 'repeated', samples: 30, budgetSeconds: 15 },
  { label: '100 KB', size: 100 * KB, kind: 'repeated', samples: 15, budgetSeconds: 20 },
  { label: '1 MB repeated', size: MB, kind: 'repeated', samples: 5, budgetSeconds: 30 },
  { label: '1 MB unique', size: MB, kind: 'unique', samples: 5, budgetSeconds: 30 },
  { label: '10 MB repeated', size: 10 * MB, kind: 'repeated', samples: 2, budgetSeconds: 50 },
  { label: '10 MB unique', size: 10 * MB, kind: 'unique', samples: 2, budgetSeconds: 60 },
];
/** The same large sizes with the server's default settings, where big documents are windowed. */
const DEFAULT_PLAN: SizePlan[] = [
  { label: '1 MB repeated', size: MB, kind: 'repeated', samples: 3, budgetSeconds: 15 },
  { label: '1 MB unique', size: MB, kind: 'unique', samples: 3, budgetSeconds: 15 },
  { label: '10 MB unique', size: 10 * MB, kind: 'unique', samples: 1, budgetSeconds: 20 },
];
/** Part (d): cycles of 1 MB unique documents, taken in turn from this many, memory read this often. */
const CYCLES = { count: 2000, documents: 4, every: 200, size: MB };
/** Full analysis at every size: raises the server's size limit (default 500,000 characters). */
const FULL_SETTINGS = { analyzePlainText: 'always', maxDocumentSize: 20_000_000 };
const DEFAULT_SETTINGS = { analyzePlainText: 'always' };

interface LatencyTarget {
  size: string;
  operation: string;
  maxMs: number;
}
/** Targets of large documents are judged on the unique kind (the repeated one flatters them). */
const LATENCY_TARGETS: LatencyTarget[] = [
  { size: '5 KB', operation: 'didOpen → semanticTokens/full', maxMs: 10 },
  { size: '100 KB', operation: 'hover', maxMs: 5 },
  { size: '100 KB', operation: 'documentSymbol', maxMs: 5 },
  { size: '1 MB unique', operation: 'edit → semanticTokens/full', maxMs: 50 },
  { size: '10 MB unique', operation: 'didOpen → semanticTokens/full', maxMs: 3000 },
];
const ENGINE_TARGET_MBS = 5;
/** Peak memory of a fresh server with the 10 MB document: analysed whole, and windowed (default limit). */
const RSS_TARGET_MB = 300;
const RSS_WINDOWED_TARGET_MB = 200;
/** Part (d) passes when the heap kept after the first interval grows by less than this ratio. */
const CYCLE_GROWTH_LIMIT = 1.1;

const mark = (ok: boolean): string => (ok ? 'PASS' : 'FAIL');

async function main(): Promise<void> {
  const started = Date.now();
  const root = findRepoRoot();
  const log = (line: string): void => void process.stderr.write(`${line}\n`);
  const only = /^--only=(.+)$/.exec(process.argv.slice(2).find((a) => a.startsWith('--only=')) ?? '')?.[1];
  const runs = (part: string): boolean => only === undefined || only.split(',').includes(part);
  // --cycles=N: fewer cycles in (d), for a quick look (the table then says how many were run).
  const cycleCount = Number(
    /^--cycles=(\d+)$/.exec(process.argv.find((a) => a.startsWith('--cycles=')) ?? '')?.[1] ?? CYCLES.count,
  );
  const articles = loadArticles(root);
  const texts = new BenchTexts(articles, new ProseStream(root, articles));
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(`Newsmark bench — node ${process.version}, ${cpu}, ${articles.length} articles (seed + dev)`);
  console.log(
    `load average at the start: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')} (${cpus().length} cores)`,
  );
  console.log('Large documents, two kinds:');
  for (const line of texts.describe()) console.log(`  ${line}`);
  console.log('');

  let throughput: Throughput[] | undefined;
  if (runs('a')) {
    log('(a) throughput…');
    throughput = measureThroughput(articles, 2, texts.document('unique', MB, 0, '2023-11-08'));
    printThroughput(throughput);
  }

  const server = join(root, 'dist/server.js');
  let full: LspResult | undefined;
  let windowed: LspResult | undefined;
  let fresh: Record<string, unknown> | undefined;
  let providers: ProviderTiming[] | undefined;
  if (!existsSync(server)) {
    console.log(`\n(b) and (c) not run: ${server} does not exist (run npm run build).`);
  } else if (runs('b') || runs('c')) {
    if (runs('b')) {
      log('(b) LSP latency, full analysis at every size…');
      full = await measureLsp(root, texts, PLAN, FULL_SETTINGS, log);
      log('(b) LSP latency, default settings (large documents windowed)…');
      windowed = await measureLsp(root, texts, DEFAULT_PLAN, DEFAULT_SETTINGS, log);
      printLatency(
        `(b) LSP latency in ms over node dist/server.js --stdio, full analysis (settings ${JSON.stringify(FULL_SETTINGS)})`,
        full,
        true,
      );
      printLatency(
        `(b′) The same with the default size limit (${JSON.stringify(DEFAULT_SETTINGS)}): above 500,000 characters` +
          `\n     full tokens are refused (the editor asks for ranges) and only windows are analysed`,
        windowed,
        false,
      );
      log('(b″) provider time in process…');
      providers = measureProviders(texts, [
        { label: '100 KB', size: 100 * KB, kind: 'repeated' },
        { label: '1 MB repeated', size: MB, kind: 'repeated' },
        { label: '1 MB unique', size: MB, kind: 'unique' },
      ]);
      printProviders(providers);
    }
    if (runs('c')) {
      log('(c) Server memory, a fresh server with only the 10 MB document open…');
      const tenMB = 10 * MB;
      const rows: MemoryRow[] = [
        {
          name: 'fresh, only the 10 MB unique document, default limit',
          mem: await measureOpenMemory(root, texts, 'unique', tenMB, DEFAULT_SETTINGS),
          target: RSS_WINDOWED_TARGET_MB,
        },
        {
          name: 'fresh, only the 10 MB repeated document, full analysis',
          mem: await measureOpenMemory(root, texts, 'repeated', tenMB, FULL_SETTINGS),
        },
        {
          name: 'fresh, only the 10 MB unique document, full analysis',
          mem: await measureOpenMemory(root, texts, 'unique', tenMB, FULL_SETTINGS),
          target: RSS_TARGET_MB,
        },
      ];
      // After the latency runs the server has also read every earlier sample (each closed again):
      // its paragraph cache and the heap's high-water mark stay, so those rows are for reference.
      if (windowed) rows.push({ name: 'after all latency runs, default limit', mem: windowed.memory });
      if (full) rows.push({ name: 'after all latency runs, full analysis', mem: full.memory });
      fresh = Object.fromEntries(rows.map((r) => [r.name, r.mem]));
      printMemory(rows);
    }
  }

  let cycles: CycleSample[] | undefined;
  if (runs('d')) {
    log(`(d) ${cycleCount} open/edit/close cycles of 1 MB unique documents…`);
    const documents = Array.from({ length: CYCLES.documents }, (_, i) =>
      texts.document('unique', CYCLES.size, i, sampleDate(700 + i)),
    );
    cycles = measureCycles(documents, cycleCount, CYCLES.every);
    printCycles(cycles, cycleCount);
  }

  const seconds = (Date.now() - started) / 1000;
  console.log(
    `\nNotes: each LSP sample opens a new document with its own header date, so the server's paragraph` +
      `\ncache cannot reuse an earlier sample; within a repeated document the ~170 KB of articles repeat and` +
      `\nrepeated paragraphs are recognised once, within a unique one no paragraph repeats. "first" is the` +
      `\nfirst sample. Latency targets are checked on p50, as the targets are stated (p95 is printed beside).` +
      `\nLoad average at the end: ${loadavg()
        .map((l) => l.toFixed(2))
        .join(', ')}. Total bench time ${seconds.toFixed(0)} s.`,
  );
  const outDir = join(root, 'bench-results');
  mkdirSync(outDir, { recursive: true });
  const serialize = (r: LspResult | undefined): unknown =>
    r && {
      settings: r.settings,
      memory: r.memory,
      latencies: r.latencies.map((l) => ({ ...l, ...summarize(l) })),
    };
  writeFileSync(
    join(outDir, only === undefined ? 'bench.json' : `bench-${only.replace(/,/g, '')}.json`),
    JSON.stringify(
      {
        generated: new Date().toISOString(),
        node: process.version,
        cpu,
        loadAverage: loadavg(),
        seconds,
        documents: texts.describe(),
        throughput: throughput ?? null,
        targets: {
          latency: LATENCY_TARGETS,
          engineMBps: ENGINE_TARGET_MBS,
          rssMB: RSS_TARGET_MB,
          windowedRssMB: RSS_WINDOWED_TARGET_MB,
          cycleHeapGrowth: CYCLE_GROWTH_LIMIT,
        },
        lsp: { full: serialize(full), defaultSettings: serialize(windowed) },
        memoryFresh10MB: fresh ?? null,
        providersInProcess:
          providers?.map((t) => ({ ...t, p50: p50(t), p95: percentile(t.samples, 95) })) ?? null,
        cycles: cycles ?? null,
      },
      null,
      2,
    ) + '\n',
  );
  console.log(
    `Wrote bench-results/${only === undefined ? 'bench.json' : `bench-${only.replace(/,/g, '')}.json`}.`,
  );
}

function printThroughput(throughput: Throughput[]): void {
  const engine = throughput[0];
  console.log('(a) Recognition throughput, one core, same texts, same process (MB = 10^6 bytes of UTF-8)');
  console.log(
    '    warm: after one cold pass and untimed warm-up passes (~1.5 s), the same for every system;',
  );
  console.log('    cold: the very first pass of a fresh process (JIT compilation and lazy indexes included)');
  console.log(
    formatTable(
      ['system', 'input', 'MB/s warm', 'cold', 'passes', 'engine ÷ system', 'target (warm)'],
      throughput.map((t, i) => [
        t.system,
        t.what,
        t.mbPerSecond.toFixed(2),
        t.coldMbPerSecond.toFixed(2),
        `${t.passes} (+${t.warmupPasses})`,
        i === 0 ? '1.00' : (engine.mbPerSecond / t.mbPerSecond).toFixed(2),
        t.system === 'newsmark'
          ? `≥ ${ENGINE_TARGET_MBS} MB/s ${mark(t.mbPerSecond >= ENGINE_TARGET_MBS)}`
          : '',
      ]),
      2,
    ),
  );
}

function printProviders(providers: ProviderTiming[]): void {
  console.log(
    '\n(b″) Server-side time in ms: the providers the server calls, in process, on its cached analysis (no transport)',
  );
  console.log(
    formatTable(
      ['size', 'operation', 'n', 'p50', 'p95', 'target (p50)'],
      providers.map((t) => {
        const target = LATENCY_TARGETS.find((l) => l.size === t.size && t.operation.startsWith(l.operation));
        return [
          t.size,
          t.operation,
          String(t.samples.length),
          ms(p50(t)),
          ms(percentile(t.samples, 95)),
          target ? `< ${target.maxMs} ms ${mark(p50(t) < target.maxMs)}` : '',
        ];
      }),
      2,
    ),
  );
}

interface MemoryRow {
  name: string;
  mem: { vmHwmMB: number; vmRssMB: number } | null;
  /** Judged against this many MB of peak RSS; none: for reference. */
  target?: number;
}

function printMemory(rows: MemoryRow[]): void {
  console.log('\n(c) Server memory with the 10 MB document open (/proc/<pid>/status)');
  console.log(
    formatTable(
      ['server', 'peak RSS (VmHWM)', 'RSS now (VmRSS)', 'target'],
      rows.map(({ name, mem, target }) => [
        name,
        mem ? `${mem.vmHwmMB.toFixed(0)} MB` : 'n/a',
        mem ? `${mem.vmRssMB.toFixed(0)} MB` : 'n/a',
        !mem ? '' : target !== undefined ? `< ${target} MB ${mark(mem.vmHwmMB < target)}` : '(reference)',
      ]),
      1,
    ),
  );
}

function printCycles(samples: CycleSample[], count: number): void {
  console.log(
    `\n(d) Memory over ${count} cycles in process (OpenDocuments + tokens, as the server): open a 1 MB` +
      `\n    unique document (${CYCLES.documents} taken in turn) → full tokens, one character typed → tokens (delta), close.` +
      `\n    RSS and heap read after a full garbage collection every ${CYCLES.every} cycles`,
  );
  console.log(
    formatTable(
      ['cycles', 'RSS MB', 'heap used MB', 'ms/cycle (since last row)'],
      samples.map((s) => [
        String(s.cycles),
        s.rssMB.toFixed(0),
        s.heapUsedMB.toFixed(1),
        s.cycles === 0 ? '' : s.cycleMs.toFixed(0),
      ]),
      0,
    ),
  );
  const growth = heapGrowth(samples, CYCLES.every);
  console.log(
    `heap kept from cycle ${CYCLES.every} to ${count}: × ${growth.toFixed(3)} ` +
      `(target < × ${CYCLE_GROWTH_LIMIT} ${mark(growth < CYCLE_GROWTH_LIMIT)})`,
  );
}

function printLatency(title: string, result: LspResult, withTargets: boolean): void {
  console.log(`\n${title}`);
  const rows = result.latencies.map((l) => {
    const s = summarize(l);
    const target = withTargets
      ? LATENCY_TARGETS.find((t) => t.size === l.size && t.operation === l.operation)
      : undefined;
    return [
      l.size,
      l.operation,
      String(s.n),
      ms(s.first),
      ms(s.p50),
      ms(s.p95),
      l.failures > 0 ? `${l.failures} failed: ${l.failure}` : '',
      target ? `< ${target.maxMs} ms ${mark(s.n > 0 && l.failures === 0 && s.p50 < target.maxMs)}` : '',
    ];
  });
  console.log(
    formatTable(['size', 'operation', 'n', 'first', 'p50', 'p95', 'failures', 'target (p50)'], rows, 2),
  );
}

main().catch((err: unknown) => {
  console.error(`npm run bench: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  process.exitCode = 1;
});
