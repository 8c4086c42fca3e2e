import { parentPort } from 'node:worker_threads';
import { type ArticleJob, processArticle } from './article-job.js';

// A worker thread of `WorkerThreadProcessor`: a batch of jobs in, their results out. The profile
// check is left to the main thread, which runs one validator at a time for all workers.
parentPort?.on('message', (batch: ArticleJob[]) => {
  parentPort?.postMessage(batch.map(processArticle));
});
