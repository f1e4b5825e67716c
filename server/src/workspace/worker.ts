// An index worker (worker_threads): analyses the article texts the indexer posts and answers with
// their postings. Bundled as dist/indexWorker.js; the engine's data is loaded once per worker.
import { parentPort, workerData } from 'node:worker_threads';
import { Analyzer } from '../engine/pipeline';
import { prepareEngine } from '../engine/prepare';
import { summarizeText, type AnalysisSettings } from './article';
import type { WorkerAnswer, WorkerJob } from './pool';

const settings = workerData as AnalysisSettings;
prepareEngine();
const analyzer = new Analyzer();

parentPort?.on('message', (job: WorkerJob) => {
  let answer: WorkerAnswer;
  try {
    answer = { id: job.id, summary: summarizeText(analyzer, job.text, settings) };
  } catch (error) {
    answer = { id: job.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort?.postMessage(answer);
});
