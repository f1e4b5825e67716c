// The index's analysis workers: a fixed number of worker threads (worker.ts), each given one
// article at a time, so a folder of thousands of articles is analysed off the thread that answers
// the editor. Without the worker bundle (the server run from its sources), articles are analysed
// on this thread, one per turn of the event loop, so requests still get in between.
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { Analyzer } from '../engine/pipeline';
import { summarizeText, type AnalysisSettings } from './article';
import type { ArticleSummary } from './keys';

export interface WorkerJob {
  id: number;
  text: string;
}

export type WorkerAnswer = { id: number; summary: ArticleSummary } | { id: number; error: string };

interface Job {
  id: number;
  text: string;
  resolve: (summary: ArticleSummary) => void;
  reject: (error: Error) => void;
}

export class AnalysisPool {
  private readonly idle: Worker[] = [];
  private readonly all: Worker[] = [];
  private readonly queue: Job[] = [];
  /** The job each busy worker is on. */
  private readonly running = new Map<Worker, Job>();
  private nextId = 1;
  private inline: Analyzer | undefined;
  private inlineBusy = false;

  constructor(
    size: number,
    workerPath: string,
    private readonly settings: AnalysisSettings,
    log: (line: string) => void,
  ) {
    if (!existsSync(workerPath)) {
      log(`Newsmark index: no worker bundle at ${workerPath}; analysing on the server's thread.`);
      this.inline = new Analyzer();
      return;
    }
    for (let i = 0; i < size; i++) {
      const worker = new Worker(workerPath, { workerData: settings });
      worker.on('message', (answer: WorkerAnswer) => this.answered(worker, answer));
      worker.on('error', (error) => {
        log(`Newsmark index: a worker failed: ${error.message}`);
        this.running.get(worker)?.reject(error);
        this.running.delete(worker);
      });
      // A worker is never waited for at exit: the server may end while it works.
      worker.unref();
      this.all.push(worker);
      this.idle.push(worker);
    }
  }

  /** The postings of one article text. */
  analyze(text: string): Promise<ArticleSummary> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, text, resolve, reject });
      this.pump();
    });
  }

  /** Drops the jobs not started yet (their promises reject). */
  clearQueue(): void {
    for (const job of this.queue.splice(0)) job.reject(new Error('cancelled'));
  }

  async close(): Promise<void> {
    this.clearQueue();
    await Promise.all(this.all.map((w) => w.terminate()));
  }

  private pump(): void {
    if (this.inline) {
      const analyzer = this.inline;
      if (this.inlineBusy || this.queue.length === 0) return;
      const job = this.queue.shift() as Job;
      this.inlineBusy = true;
      setImmediate(() => {
        try {
          job.resolve(summarizeText(analyzer, job.text, this.settings));
        } catch (error) {
          job.reject(error instanceof Error ? error : new Error(String(error)));
        }
        this.inlineBusy = false;
        this.pump();
      });
      return;
    }
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop() as Worker;
      const job = this.queue.shift() as Job;
      this.running.set(worker, job);
      worker.postMessage({ id: job.id, text: job.text } satisfies WorkerJob);
    }
  }

  private answered(worker: Worker, answer: WorkerAnswer): void {
    const job = this.running.get(worker);
    this.running.delete(worker);
    this.idle.push(worker);
    if (job?.id === answer.id) {
      if ('summary' in answer) job.resolve(answer.summary);
      else job.reject(new Error(answer.error));
    }
    this.pump();
  }
}
