import { Queue, QueueEvents } from 'bullmq';
import type { Redis } from 'ioredis';
import type { ArticleJob, ArticleResult } from '../job/article-job.js';
import type { ArticleProcessor, OnResult } from '../job/processor.js';
import {
  type ConnectOptions,
  connectRedis,
  displayUrl,
  type QueueUnreachableError,
  settleWithin,
} from './connection.js';
import {
  isArticleResult,
  type JobPayload,
  QUEUE_PREFIX,
  queueFailure,
  queueJobId,
  queueName,
  resultForJob,
  toPayload,
} from './payload.js';

export interface QueueProcessorOptions extends ConnectOptions {
  /** jobs enqueued and not yet answered, at most: bounds the coordinator's memory and Redis' */
  window?: number;
  /** with no answer for this long, ask Redis for the state of every job in hand (ms) */
  sweepMs?: number;
  /** told when nothing moves and no worker listens on the queue */
  onWarning?: (message: string) => void;
}

const JOB_OPTIONS = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 2000 },
  // the coordinator removes a job once its result is handed on; one whose coordinator died is kept
  // ten minutes for a restarted coordinator to take
  removeOnComplete: { age: 600 },
  removeOnFail: { age: 24 * 3600 },
} as const;

/**
 * Events kept in the queue's stream (BullMQ's default is 10,000). A completed event carries the
 * result (~30 KB), so this bounds Redis' memory; a coordinator that falls further behind than this
 * reads the results from the jobs themselves (the sweep).
 */
const EVENTS_KEPT = 2000;

/**
 * The build's `ArticleProcessor` on a BullMQ queue: one job per article, its id the article's
 * jobKey, so an article already in the queue (enqueued by this coordinator before a restart, or by
 * another) is not processed again — its result is taken from Redis. Results arrive through the queue's
 * event stream; a periodic sweep catches any the stream dropped. A job that failed on every
 * attempt becomes a refused article (QUEUE_JOB_FAILED); one left failed by an earlier run is retried.
 */
export class QueueProcessor implements ArticleProcessor {
  private constructor(
    private readonly url: string,
    private readonly client: Redis,
    private readonly lost: Promise<QueueUnreachableError>,
    private readonly queue: Queue<JobPayload, ArticleResult>,
    private readonly options: QueueProcessorOptions,
  ) {}

  /** Connects, or throws QueueUnreachableError with the address and the reason. */
  static async connect(url: string, options: QueueProcessorOptions = {}): Promise<QueueProcessor> {
    const { client, lost } = await connectRedis(url, options);
    const queue = new Queue<JobPayload, ArticleResult>(queueName(), {
      connection: client,
      prefix: QUEUE_PREFIX,
      streams: { events: { maxLen: EVENTS_KEPT } },
    });
    // connection errors surface through `lost`; unheard, BullMQ would print each retry's error
    queue.on('error', () => {});
    return new QueueProcessor(url, client, lost, queue, options);
  }

  async run(jobs: AsyncIterable<ArticleJob>, onResult: OnResult): Promise<void> {
    const name = queueName();
    // read events from the stream's current end, so none between now and the first add is missed
    const [last] = await this.client.xrevrange(`${QUEUE_PREFIX}:${name}:events`, '+', '-', 'COUNT', 1);
    const events = new QueueEvents(name, {
      connection: this.client,
      prefix: QUEUE_PREFIX,
      lastEventId: last?.[0] ?? '0',
    });
    const pending = new Map<string, ArticleJob>();
    // answered but not yet taken by onResult: counted in the window too, or a slow commit would let
    // answers pile up in memory
    let handing = 0;
    const inHand = () => pending.size + handing;
    let delivered: Promise<void> = Promise.resolve();
    let failure: ((e: unknown) => void) | undefined;
    const failed = new Promise<never>((_, reject) => {
      failure = reject;
    });
    failed.catch(() => {}); // awaited below; a late failure after the run must not crash the process
    const started = Date.now();
    let wake: () => void = () => {};
    let lastAnswer = Date.now();
    const answer = (id: string, make: (job: ArticleJob) => ArticleResult) => {
      const job = pending.get(id);
      if (job === undefined) return;
      pending.delete(id);
      handing++;
      lastAnswer = Date.now();
      delivered = delivered.then(async () => {
        await onResult(make(job));
        handing--;
        wake();
        // handed on (the build caches it once committed): Redis need not hold it any longer
        await this.queue.remove(id).catch(() => {});
      });
      delivered.catch(failure);
      wake();
    };
    const completed = (id: string, value: unknown) =>
      answer(id, (job) =>
        isArticleResult(value)
          ? resultForJob(value, job)
          : queueFailure(job, 'the worker returned something that is not an article result'),
      );
    const enqueue = async (id: string, job: ArticleJob) => {
      await this.queue.add('article', toPayload(job), { ...JOB_OPTIONS, jobId: id });
    };
    // a job already in Redis: take its result; retry it if an earlier run left it failed; re-add it
    // if gone. The state is read first: a job read while active and completed just after would
    // look completed with no result yet.
    const check = async (id: string) => {
      const job = pending.get(id);
      if (job === undefined) return;
      const state = await this.queue.getJobState(id);
      if (state !== 'completed' && state !== 'failed') {
        if (state === 'unknown' && pending.has(id)) await enqueue(id, job);
        return;
      }
      const stored = await this.queue.getJob(id);
      if (!pending.has(id)) return;
      if (stored === undefined) await enqueue(id, job);
      else if (state === 'completed') completed(id, stored.returnvalue);
      else if ((stored.finishedOn ?? 0) < started)
        await stored.retry('failed').catch(() => {}); // another coordinator may have retried it first
      else answer(id, (j) => queueFailure(j, stored.failedReason));
    };
    events.on('completed', ({ jobId, returnvalue }) => completed(jobId, returnvalue));
    events.on('failed', ({ jobId, failedReason }) => answer(jobId, (job) => queueFailure(job, failedReason)));
    events.on('duplicated', ({ jobId }) => {
      if (pending.has(jobId)) check(jobId).catch(failure);
    });
    // a dropped connection is retried (a Redis restart is survived); one lost for good ends the run via `lost`
    events.on('error', () => {});

    const sweepMs = this.options.sweepMs ?? 5000;
    let warned = false;
    let sweeping = false;
    const sweeper = setInterval(async () => {
      if (sweeping || pending.size === 0 || Date.now() - lastAnswer < sweepMs) return;
      sweeping = true;
      try {
        for (const id of [...pending.keys()]) await check(id);
        if (!warned && Date.now() - lastAnswer >= 2 * sweepMs && (await this.queue.getWorkersCount()) === 0) {
          warned = true;
          this.options.onWarning?.(
            `no worker is taking jobs from queue ${name} at ${displayUrl(this.url)}: start "warraq-archive worker --queue ${displayUrl(this.url)}" (workers built from other code listen on another queue)`,
          );
        }
      } catch (e) {
        failure?.(e);
      } finally {
        sweeping = false;
      }
    }, sweepMs);
    const until = (condition: () => boolean) =>
      Promise.race([
        this.lost.then((e) => Promise.reject(e)),
        failed,
        new Promise<void>((resolve) => {
          wake = () => {
            if (condition()) resolve();
          };
          wake();
        }),
      ]);
    try {
      await Promise.race([events.waitUntilReady(), this.lost.then((e) => Promise.reject(e))]);
      const window = this.options.window ?? 512;
      for await (const job of jobs) {
        if (inHand() >= window) await until(() => inHand() < window);
        const id = queueJobId(job);
        if (pending.has(id)) throw new Error(`${job.fileName}: two articles with the same job key`);
        pending.set(id, job);
        await enqueue(id, job);
      }
      await until(() => inHand() === 0);
      await Promise.race([delivered, failed]);
    } catch (e) {
      // a command refused because Redis is gone: say so as the connection does
      throw await Promise.race([this.lost, new Promise((resolve) => setTimeout(resolve, 200, e))]);
    } finally {
      clearInterval(sweeper);
      await settleWithin(events.close(), 2000);
    }
  }

  async close(): Promise<void> {
    await settleWithin(this.queue.close(), 2000);
    this.client.disconnect();
  }
}
