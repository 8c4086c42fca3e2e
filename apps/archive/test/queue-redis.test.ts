import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';
import type { ArticleJob, ArticleResult } from '../src/job/article-job.js';
import { processArticles } from '../src/job/process-batch.js';
import { type ArticleProcessor, InProcessProcessor } from '../src/job/processor.js';
import { redisOptionsFromUrl } from '../src/queue/connection.js';
import { QUEUE_PREFIX, queueName } from '../src/queue/payload.js';
import { QueueProcessor } from '../src/queue/queue-processor.js';
import { type RunningWorker, startQueueWorker } from '../src/queue/queue-worker.js';
import { capture, SDE, sidecarCorpus, snapshot, tempDir } from './corpora.js';
import { corpusJobs } from './corpus-jobs.js';

const url = process.env.WARRAQ_REDIS_URL;

// a01–a03 are processed; a04 crashes the worker's processor on every attempt
const articles = corpusJobs(4);
const job = (seq: number, source: string): ArticleJob => ({
  ...(articles.find((a) => a.source === `${source}.txt`) as ArticleJob),
  seq,
});

async function* each<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

/** Runs `jobs` through a coordinator on the queue; results in corpus order. */
async function throughQueue(jobs: readonly ArticleJob[]): Promise<ArticleResult[]> {
  const coordinator = await QueueProcessor.connect(url as string, { sweepMs: 500 });
  const results: ArticleResult[] = [];
  try {
    await coordinator.run(each(jobs), (r) => {
      results.push(r);
    });
  } finally {
    await coordinator.close();
  }
  return results.sort((a, b) => a.seq - b.seq);
}

/** An in-process processor that throws (a crash, not a bad article) for the sources given. */
class CrashingFor implements ArticleProcessor {
  private readonly inner = new InProcessProcessor();
  constructor(private readonly sources: ReadonlySet<string>) {}
  async run(jobs: AsyncIterable<ArticleJob>, onResult: Parameters<ArticleProcessor['run']>[1]) {
    const list: ArticleJob[] = [];
    for await (const j of jobs) list.push(j);
    if (list.some((j) => this.sources.has(j.source))) throw new Error('simulated crash');
    await this.inner.run(each(list), onResult);
  }
  async close() {}
}

describe.skipIf(url === undefined)('on a real Redis queue (needs WARRAQ_REDIS_URL: .ci/run sets it)', () => {
  let worker: RunningWorker | undefined;
  const processed: string[] = [];
  let connection: Redis;
  let queue: Queue;

  beforeAll(async () => {
    // a clean queue: job ids are content keys, so results of an earlier run would be reused
    connection = new Redis({ ...redisOptionsFromUrl(url as string), maxRetriesPerRequest: null });
    queue = new Queue(queueName(), { connection, prefix: QUEUE_PREFIX });
    await queue.obliterate({ force: true });
  });
  afterAll(async () => {
    await worker?.close();
    await queue?.close();
    connection?.disconnect();
  });
  const startWorker = async () => {
    worker ??= await startQueueWorker(url as string, {
      threads: 1,
      makeProcessor: () => new CrashingFor(new Set(['a04.txt'])),
      onResult: (_, j) => processed.push(j.source),
    });
  };

  it('a coordinator says when no worker listens; restarted after a crash, it takes the results from Redis: nothing is processed twice', async () => {
    const jobs = ['a01', 'a02', 'a03'].map((s, i) => job(i, s));
    // the first coordinator enqueues every article, warns that no worker listens, then dies
    const warnings: string[] = [];
    let warned: () => void = () => {};
    const warning = new Promise<void>((resolve) => {
      warned = resolve;
    });
    async function* thenCrash() {
      yield* jobs;
      await warning;
      throw new Error('coordinator killed');
    }
    const first = await QueueProcessor.connect(url as string, {
      sweepMs: 100,
      onWarning: (m) => {
        warnings.push(m);
        warned();
      },
    });
    await expect(first.run(thenCrash(), () => {})).rejects.toThrow('coordinator killed');
    await first.close();
    expect(warnings).toEqual([
      expect.stringContaining('no worker is taking jobs from queue warraq-archive-'),
    ]);
    await startWorker();
    for (let i = 0; i < 300 && (await queue.getCompletedCount()) < 3; i++)
      await new Promise((r) => setTimeout(r, 100));
    expect(processed.sort()).toEqual(['a01.txt', 'a02.txt', 'a03.txt']);
    // the restarted coordinator lists the corpus in another order: same jobs, its own positions
    const again = await throughQueue([job(0, 'a03'), job(1, 'a01'), job(2, 'a02')]);
    expect(processed).toHaveLength(3);
    expect(again.map((r) => [r.seq, r.source])).toEqual([
      [0, 'a03.txt'],
      [1, 'a01.txt'],
      [2, 'a02.txt'],
    ]);
    const local = await processArticles([job(0, 'a03'), job(1, 'a01'), job(2, 'a02')]);
    expect(again.map((r) => (r.ok ? r.tei : r.diagnostics))).toEqual(
      local.map((r) => (r.ok ? r.tei : r.diagnostics)),
    );
    // handed on, the results leave Redis
    expect(await queue.getCompletedCount()).toBe(0);
  });

  it('a job that crashes on every attempt becomes a refusal of that article, after its retries', async () => {
    await startWorker();
    const [result] = await throughQueue([job(0, 'a04')]);
    expect(result).toMatchObject({ ok: false, seq: 0, source: 'a04.txt' });
    expect(result?.diagnostics[0]).toMatchObject({ code: 'QUEUE_JOB_FAILED', file: 'a04.txt' });
    expect(result?.diagnostics[0]?.message).toContain('simulated crash');
  }, 30_000);

  it('build --queue writes the same bytes as a local build', async () => {
    await startWorker();
    const corpus = sidecarCorpus(join(tempDir('queue-build'), 'corpus'), 3);
    const local = join(tempDir('queue-local'), 'out');
    const queued = join(tempDir('queue-queued'), 'out');
    expect(await main(['build', corpus, '--out', local, '--jobs', '1'], capture(), SDE)).toBe(0);
    const io = capture();
    expect(await main(['build', corpus, '--out', queued, '--queue', url as string, '--json'], io, SDE)).toBe(
      0,
    );
    expect(snapshot(queued)).toEqual(snapshot(local));
    expect(JSON.parse(io.lines.out.join('\n'))).toMatchObject({ state: 'published', articles: 3 });
  });
});
