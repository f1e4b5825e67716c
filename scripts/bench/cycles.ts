// Part (d): memory over many open → edit → close cycles, in process, through the server's own
// document state (OpenDocuments) and token building: what a server does when a user opens large
// files one after another all day. Memory must stay flat: every cache is bounded and a closed
// document leaves nothing behind. The heap is read after a full garbage collection, so the figures
// say what is kept, not what is waiting to be collected.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { performance } from 'node:perf_hooks';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { OpenDocuments } from '../../server/src/documents';
import { DEFAULT_SETTINGS } from '../../server/src/settings';
import { buildTokens, TokenResults } from '../../server/src/features/semanticTokens';

export interface CycleSample {
  /** Cycles done when the sample was taken. */
  cycles: number;
  rssMB: number;
  heapUsedMB: number;
  /** Mean wall time of one cycle since the previous sample (for orientation; never asserted). */
  cycleMs: number;
}

/** A full collection: with --expose-gc the global one, else the same function got from V8. */
export function collectGarbage(): void {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing) return existing();
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

function sample(cycles: number, cycleMs: number): CycleSample {
  collectGarbage();
  const m = process.memoryUsage();
  return { cycles, rssMB: m.rss / 2 ** 20, heapUsedMB: m.heapUsed / 2 ** 20, cycleMs };
}

/**
 * Runs `count` cycles over `documents` (taken in turn, each opened under a new uri): open and
 * full tokens, a one-character edit at a place that moves every cycle and full tokens again (a
 * delta against the last), close. Samples memory before the first cycle and every `every` cycles.
 */
export function measureCycles(documents: readonly string[], count: number, every: number): CycleSample[] {
  const open = new Map<string, TextDocument>();
  const state = new OpenDocuments(open, { error: () => {}, status: () => {} });
  state.setSettings({ ...DEFAULT_SETTINGS, analyzePlainText: 'always', maxDocumentSize: 20_000_000 });
  const tokens = new TokenResults();
  const samples = [sample(0, 0)];
  let started = performance.now();
  for (let c = 0; c < count; c++) {
    const text = documents[c % documents.length];
    const uri = `file:///cycles/${c}.txt`;
    let doc = TextDocument.create(uri, 'plaintext', 1, text);
    open.set(uri, doc);
    const first = state.get(doc).analysis;
    if (!first) throw new Error(`cycle ${c}: the document was not analysed`);
    const served = tokens.full(uri, 1, buildTokens(text, first));
    const at = doc.positionAt(Math.floor((text.length * ((c * 7919) % 1000)) / 1000));
    doc = TextDocument.update(doc, [{ range: { start: at, end: at }, text: 'x' }], 2);
    open.set(uri, doc);
    const edited = state.get(doc).analysis;
    if (!edited) throw new Error(`cycle ${c}: the edited document was not analysed`);
    tokens.delta(uri, 2, served.resultId as string, buildTokens(doc.getText(), edited));
    open.delete(uri);
    state.forget(uri);
    tokens.forget(uri);
    if ((c + 1) % every === 0 || c + 1 === count) {
      const ms = (performance.now() - started) / (c + 1 - samples[samples.length - 1].cycles);
      samples.push(sample(c + 1, ms));
      started = performance.now();
    }
  }
  return samples;
}

/** Growth of the heap kept after GC from the sample at `from` cycles to the last (1.00 = flat). */
export function heapGrowth(samples: readonly CycleSample[], from: number): number {
  const base = samples.find((s) => s.cycles >= from) ?? samples[0];
  return samples[samples.length - 1].heapUsedMB / base.heapUsedMB;
}
