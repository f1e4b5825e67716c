// Parts (b) and (c): request latency over a real server process (`node dist/server.js --stdio`,
// driven by the test suite's JSON-RPC client) and the server's peak memory with a large document.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  LspClient,
  decodeTokens,
  defaultCapabilities,
  type InitializeResultLike,
} from '../../test/helpers/lspClient';
import { sampleDate, type BenchTexts, type DocumentKind } from './texts';
import { lineOf, lineStarts } from '../../server/src/features/semanticTokens';
import { percentile } from './stats';

export interface Latency {
  size: string;
  operation: string;
  samples: number[];
  /** Requests the server refused or failed, with the first message. */
  failures: number;
  failure?: string;
}

export interface SizePlan {
  label: string;
  size: number;
  kind: DocumentKind;
  samples: number;
  /** Stop taking samples of this size after this long (at least one is always taken). */
  budgetSeconds: number;
}

export interface LspResult {
  latencies: Latency[];
  memory: { vmHwmMB: number; vmRssMB: number; afterSize: string } | null;
  settings: object;
  serverVersion?: string;
}

interface Position {
  line: number;
  character: number;
}

function positionAt(starts: readonly number[], offset: number): Position {
  const line = lineOf(starts, offset);
  return { line, character: offset - starts[line] };
}

/** Kilobytes of the server's peak (VmHWM) and current (VmRSS) resident memory, from /proc. */
export function readMemory(pid: number): { vmHwmMB: number; vmRssMB: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string): number =>
      Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { vmHwmMB: kb('VmHWM') / 1024, vmRssMB: kb('VmRSS') / 1024 };
  } catch {
    return null;
  }
}

async function time<T>(run: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await run();
  return { ms: performance.now() - started, result };
}

/** initialize + initialized; initializationOptions carry the settings so the first analysis uses them. */
async function initialize(client: LspClient, settings: object): Promise<InitializeResultLike> {
  const init = await client.request<InitializeResultLike>('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: defaultCapabilities(),
    initializationOptions: { settings },
    clientInfo: { name: 'newsmark-bench' },
  });
  client.notify('initialized', {});
  return init;
}

export async function measureLsp(
  root: string,
  texts: BenchTexts,
  plan: readonly SizePlan[],
  settings: object,
  log: (line: string) => void,
): Promise<LspResult> {
  const client = new LspClient({ serverPath: join(root, 'dist/server.js'), settings, timeoutMs: 120_000 });
  const latencies: Latency[] = [];
  let memory: LspResult['memory'] = null;
  let dateIndex = 0;
  try {
    const init = await initialize(client, settings);
    const legend = init.capabilities.semanticTokensProvider?.legend;
    if (!legend) throw new Error('the server offers no semantic tokens legend');

    for (const { label, size, kind, samples, budgetSeconds } of plan) {
      const sizeStarted = performance.now();
      log(`  LSP ${label}: ${samples} samples…`);
      const record = (operation: string): Latency => {
        const l: Latency = { size: label, operation, samples: [], failures: 0 };
        latencies.push(l);
        return l;
      };
      const attempt = async (into: Latency, run: () => Promise<unknown>): Promise<unknown> => {
        try {
          const { ms, result } = await time(run);
          into.samples.push(ms);
          return result;
        } catch (err) {
          into.failures++;
          into.failure ??= shortError(err);
          return undefined;
        }
      };
      const open = record('didOpen → semanticTokens/full');
      const full = record('semanticTokens/full');
      const range = record('semanticTokens/range (100 lines)');
      const hover = record('hover');
      const hints = record('inlayHint (100 lines)');
      const symbols = record('documentSymbol');
      const references = record('references');
      const highlights = record('documentHighlight');
      const edit = record('edit → semanticTokens/full');
      const editRange = record('edit → semanticTokens/range');

      for (let s = 0; s < samples; s++) {
        // A new document each sample, with its own header date, so nothing is reused from the last.
        const text = texts.document(kind, size, s, sampleDate(dateIndex++));
        const uri = `file:///bench/${label.replace(/ /g, '-')}-${s}.txt`;
        const starts = lineStarts(text);
        const tokensResult = (await attempt(open, async () => {
          client.open(uri, text, 'plaintext', 1);
          return client.request<{ data: number[] }>('textDocument/semanticTokens/full', {
            textDocument: { uri },
          });
        })) as { data: number[] } | undefined;
        await attempt(full, () =>
          client.request('textDocument/semanticTokens/full', { textDocument: { uri } }),
        );
        const middleLine = Math.floor(starts.length / 2);
        await attempt(range, () =>
          client.request('textDocument/semanticTokens/range', {
            textDocument: { uri },
            range: {
              start: { line: middleLine, character: 0 },
              end: { line: middleLine + 100, character: 0 },
            },
          }),
        );
        // Inlay hints are asked for the visible lines on every scroll and edit.
        await attempt(hints, () =>
          client.request('textDocument/inlayHint', {
            textDocument: { uri },
            range: {
              start: { line: middleLine, character: 0 },
              end: { line: middleLine + 100, character: 0 },
            },
          }),
        );
        // Hover on the mention nearest the middle (a token the server itself reported), else the middle.
        let hoverOffset = Math.floor(text.length / 2);
        if (tokensResult?.data?.length) {
          const decoded = decodeTokens(tokensResult.data, text, legend);
          const near = decoded.find((t) => t.start >= hoverOffset) ?? decoded[decoded.length - 1];
          hoverOffset = near.start + Math.floor(near.length / 2);
        }
        await attempt(hover, () =>
          client.request('textDocument/hover', {
            textDocument: { uri },
            position: positionAt(starts, hoverOffset),
          }),
        );
        await attempt(symbols, () =>
          client.request('textDocument/documentSymbol', { textDocument: { uri } }),
        );
        // Find All References and highlights on the hovered mention: every mention of its entity.
        const position = positionAt(starts, hoverOffset);
        await attempt(references, () =>
          client.request('textDocument/references', {
            textDocument: { uri },
            position,
            context: { includeDeclaration: true },
          }),
        );
        await attempt(highlights, () =>
          client.request('textDocument/documentHighlight', { textDocument: { uri }, position }),
        );
        // One-character edits in the middle: insert, then delete it again, each followed by tokens,
        // first for the whole document, then for 100 lines from the edited one.
        let version = 1;
        const at = positionAt(starts, Math.floor(text.length / 2));
        const after = { line: at.line, character: at.character + 1 };
        const insertThenDelete = [
          { range: { start: at, end: at }, text: 'x' },
          { range: { start: at, end: after }, text: '' },
        ];
        const editedLines = {
          start: { line: at.line, character: 0 },
          end: { line: at.line + 100, character: 0 },
        };
        const tokenRequests: [Latency, string, object][] = [
          [edit, 'textDocument/semanticTokens/full', { textDocument: { uri } }],
          [editRange, 'textDocument/semanticTokens/range', { textDocument: { uri }, range: editedLines }],
        ];
        for (const [into, method, params] of tokenRequests) {
          for (const change of insertThenDelete) {
            await attempt(into, async () => {
              client.change(uri, ++version, [change]);
              return client.request(method, params);
            });
          }
        }
        // The memory with the plan's last (largest) document open.
        if (label === plan[plan.length - 1].label) {
          const mem = readMemory(client.process.pid ?? -1);
          if (mem) memory = { ...mem, afterSize: label };
        }
        client.close(uri);
        if (performance.now() - sizeStarted > budgetSeconds * 1000 && s < samples - 1) {
          log(`  LSP ${label}: time budget of ${budgetSeconds} s used after ${s + 1} samples`);
          break;
        }
      }
    }
  } finally {
    await client.stop();
  }
  return { latencies, memory, settings };
}

/**
 * Memory of a fresh server whose only document is `size` characters of news of `kind`: opened, coloured in
 * its first 100 lines, outlined and hovered, as an editor would. Measured apart from the latency
 * runs, whose peak also holds every earlier document's analysis.
 */
export async function measureOpenMemory(
  root: string,
  texts: BenchTexts,
  kind: DocumentKind,
  size: number,
  settings: object,
): Promise<{ vmHwmMB: number; vmRssMB: number } | null> {
  const client = new LspClient({ serverPath: join(root, 'dist/server.js'), settings, timeoutMs: 120_000 });
  try {
    await initialize(client, settings);
    const uri = 'file:///bench/memory.txt';
    client.open(uri, texts.document(kind, size, 0, sampleDate(0)));
    const range = { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } };
    await client.request('textDocument/semanticTokens/range', { textDocument: { uri }, range });
    await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    await client.request('textDocument/hover', {
      textDocument: { uri },
      position: { line: 2, character: 3 },
    });
    return readMemory(client.process.pid ?? -1);
  } finally {
    await client.stop();
  }
}

export function summarize(l: Latency): { p50: number; p95: number; first: number; n: number } {
  return {
    p50: percentile(l.samples, 50),
    p95: percentile(l.samples, 95),
    first: l.samples[0] ?? NaN,
    n: l.samples.length,
  };
}

/** "-32802 Large document" rather than the server's whole sentence, to keep the table narrow. */
function shortError(err: unknown): string {
  const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
  const m = /failed: (-?\d+) (.*)$/.exec(message);
  const text = m ? `${m[1]} ${m[2]}` : message;
  return text.length > 48 ? `${text.slice(0, 47)}…` : text;
}
