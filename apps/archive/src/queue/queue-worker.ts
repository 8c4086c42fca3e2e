import { hostname } from 'node:os';
import { type Job, Worker } from 'bullmq';
import type { ArticleJob, ArticleResult } from '../job/article-job.js';
import { PROFILE_BATCH } from '../job/process-batch.js';
import type { ArticleProcessor } from '../job/processor.js';
import { withStringXml } from '../job/wire.js';
import { WorkerThreadProcessor } from '../job/worker-threads.js';
import { BatchingPool } from './batching-pool.js';
import { type ConnectOptions, connectRedis, type QueueUnreachableError, settleWithin } from './connection.js';
import { fromPayload, type JobPayload, QUEUE_PREFIX, queueName } from './payload.js';

/** How long a job stays locked to a silent worker, and how often workers look for such jobs (ms). */
export const LOCK_DURATION_MS = 15_000;
export const STALLED_INTERVAL_MS = 10_000;

export interface QueueWorkerOptions extends ConnectOptions {
  /** worker threads doing the parsing; the thread talking to Redis only moves jobs */
  threads: number;
  /** told of every article processed (a refused article is a result, not a failure) */
  onResult?: (result: ArticleResult, job: ArticleJob) => void;
  /** told of queue trouble the worker survives (a lost lock, a failed attempt) */
  onWarning?: (message: string) => void;
  /** for tests: processors other than worker threads */
  makeProcessor?: () => ArticleProcessor;
}

export interface RunningWorker {
  readonly queue: string;
  /** settles if Redis is lost for good */
  readonly lost: Promise<QueueUnreachableError>;
  /** stops taking jobs, finishes those in hand (unless `force`: Redis is gone), disconnects */
  close(force?: boolean): Promise<void>;
}

/**
 * `warraq-archive worker`: takes article jobs from the queue, processes them in batches on worker
 * threads, and returns each ArticleResult as the job's value. An article refused for its content
 * is a completed job (the coordinator reports it); only a crash fails an attempt, which BullMQ
 * retries with backoff, on this worker or another. A worker killed mid-job stops renewing its
 * locks, and after LOCK_DURATION_MS another worker's stalled-job check puts the job back.
 */
export async function startQueueWorker(url: string, options: QueueWorkerOptions): Promise<RunningWorker> {
  const { client, lost } = await connectRedis(url, options);
  const makeProcessor = options.makeProcessor ?? (() => new WorkerThreadProcessor(1));
  const pool = new BatchingPool(makeProcessor, options.threads);
  const name = queueName();
  const worker = new Worker<JobPayload, ArticleResult>(
    name,
    async (job: Job<JobPayload, ArticleResult>) => {
      const article = fromPayload(job.data);
      const result = await pool.process(article);
      options.onResult?.(result, article);
      return withStringXml(result);
    },
    {
      connection: client,
      prefix: QUEUE_PREFIX,
      name: `${hostname()}:${process.pid}`,
      // enough jobs in hand to fill a batch per thread and gather the next one meanwhile
      concurrency: options.threads * PROFILE_BATCH * 2,
      lockDuration: LOCK_DURATION_MS,
      stalledInterval: STALLED_INTERVAL_MS,
      maxStalledCount: 2,
    },
  );
  worker.on('error', (e) => options.onWarning?.(`queue: ${e.message}`));
  worker.on('stalled', (id) =>
    options.onWarning?.(
      `job ${id.slice(0, 12)}… stalled (its worker stopped renewing the lock): back in the queue`,
    ),
  );
  worker.on('failed', (job, e) => {
    if (job !== undefined)
      options.onWarning?.(`${job.data.job.fileName}: attempt ${job.attemptsMade} failed: ${e.message}`);
  });
  await worker.waitUntilReady();
  let closing: Promise<void> | undefined;
  return {
    queue: name,
    lost,
    close(force = false) {
      closing ??= (async () => {
        // a clean stop waits for the jobs in hand; a forced one (Redis gone) cannot wait for Redis
        if (force) await settleWithin(worker.close(true), 2000);
        else await worker.close();
        await pool.close();
        client.disconnect();
      })();
      return closing;
    },
  };
}
