import { parentPort, workerData } from 'node:worker_threads';
import { adoptNamesModel, type NamesModelArrays } from '@warraq/parser';
import type { ArticleJob } from './article-job.js';
import { processArticles } from './process-batch.js';
import { forTransfer } from './wire.js';

// A worker thread of `WorkerThreadProcessor`: batches of jobs in, their results out, in the order
// the batches came. The whole job is done here (parse, encode, round trip, profile check), so the
// main thread only commits. The next batch may arrive while one is being checked: batches are
// chained so that replies keep the order the processor expects.
const shared = (workerData as { namesModel?: NamesModelArrays } | null)?.namesModel;
if (shared !== undefined) adoptNamesModel(shared);

let previous: Promise<unknown> = Promise.resolve();
parentPort?.on('message', (batch: ArticleJob[]) => {
  previous = previous.then(async () => {
    const { results, transfer } = forTransfer(await processArticles(batch));
    parentPort?.postMessage(results, transfer);
  });
});
