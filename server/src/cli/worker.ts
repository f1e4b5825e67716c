// --jobs N: the files are analysed by N worker threads, each with its own engine, and the main
// thread prints their results in input order (run.ts makes them plain data). The worker is the
// CLI's own bundle started again (workerData says so), so nothing else needs to ship.
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { Analyzer } from '../engine/pipeline';
import type { CliOptions } from './args';
import { ExportWriter } from './export';
import type { InputFile } from './files';
import { processFile, type FileResult, type RunContext } from './run';

export interface WorkerSetup {
  newsmarkWorker: true;
  options: CliOptions;
  lexicon: RunContext['lexicon'];
  color: boolean;
  withHeaders: boolean;
  /** Every input, for the export writer's check that no input is written over. */
  files: InputFile[];
}

/** Whether this thread is a worker started by runInWorkers. */
export function isCliWorker(): boolean {
  return parentPort !== null && (workerData as WorkerSetup | undefined)?.newsmarkWorker === true;
}

/** The worker's loop: a file in, its result out, until the main thread ends it. */
export function serveAsWorker(): void {
  const setup = workerData as WorkerSetup;
  const { options } = setup;
  const ctx: RunContext = {
    options,
    analyzer: new Analyzer(),
    lexicon: setup.lexicon,
    color: setup.color,
    withHeaders: setup.withHeaders,
    writer:
      options.command === 'export' && options.exportFormat !== undefined
        ? new ExportWriter(options.exportFormat, options.out, setup.files, { prepare: false })
        : undefined,
    types: options.types ? new Set(options.types) : undefined,
  };
  parentPort?.on('message', (job: { index: number; item: InputFile }) =>
    parentPort?.postMessage({ index: job.index, result: processFile(job.item, ctx) }),
  );
}

/**
 * Processes `items` on `jobs` workers, handing each result to `done` in input order, as soon as
 * every earlier one has been handed on.
 */
export async function runInWorkers(
  items: readonly InputFile[],
  jobs: number,
  setup: Omit<WorkerSetup, 'newsmarkWorker'>,
  done: (result: FileResult, item: InputFile) => void,
): Promise<void> {
  const results: (FileResult | undefined)[] = new Array(items.length);
  let next = 0;
  let flushed = 0;
  const workers = Array.from(
    { length: Math.min(jobs, items.length) },
    () => new Worker(__filename, { workerData: { ...setup, newsmarkWorker: true } }),
  );
  await new Promise<void>((resolve, reject) => {
    if (items.length === 0) resolve();
    const give = (worker: Worker): void => {
      if (next < items.length) worker.postMessage({ index: next, item: items[next++] });
    };
    for (const worker of workers) {
      worker.on('message', ({ index, result }: { index: number; result: FileResult }) => {
        results[index] = result;
        while (flushed < items.length && results[flushed] !== undefined) {
          done(results[flushed] as FileResult, items[flushed]);
          results[flushed] = undefined;
          flushed++;
        }
        if (flushed === items.length) resolve();
        else give(worker);
      });
      worker.on('error', reject);
      give(worker);
    }
  });
  await Promise.all(workers.map((w) => w.terminate()));
}
