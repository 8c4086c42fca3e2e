import { parentPort } from 'node:worker_threads';
import type { ArticleJob } from './article-job.js';
import { processArticles } from './process-batch.js';

// A worker thread of `WorkerThreadProcessor`: a batch of jobs in, their results out.
parentPort?.on('message', async (batch: ArticleJob[]) => {
  parentPort?.postMessage(await processArticles(batch));
});
