import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';
import { type ArticleJob, type ArticleResult, jobKey, processArticle } from '../src/job/article-job.js';
import type { ArticleProcessor, OnResult } from '../src/job/processor.js';
import { BatchingPool } from '../src/queue/batching-pool.js';
import {
  connectRedis,
  displayUrl,
  EXIT_QUEUE_UNREACHABLE,
  QueueUnreachableError,
  redisOptionsFromUrl,
  settleWithin,
} from '../src/queue/connection.js';
import {
  fromPayload,
  isArticleResult,
  queueFailure,
  queueJobId,
  queueName,
  resultForJob,
  toPayload,
} from '../src/queue/payload.js';
import { capture, sidecarCorpus, tempDir } from './corpora.js';
import { corpusJobs } from './corpus-jobs.js';

const [seedJob] = corpusJobs(1) as [ArticleJob];
const job = (overrides: Partial<ArticleJob> = {}): ArticleJob => ({ ...seedJob, ...overrides });

/** A port nothing listens on: taken from the system, then released. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('queue job ids', () => {
  it('are the article’s jobKey: the same article at another position is the same job', () => {
    expect(queueJobId(job())).toBe(jobKey(job()));
    expect(queueJobId(job({ seq: 7 }))).toBe(queueJobId(job({ seq: 0 })));
    expect(queueJobId(job({ bytes: new TextEncoder().encode('نص آخر') }))).not.toBe(queueJobId(job()));
    expect(queueJobId(job({ tei: { date: '2024-01-03' } }))).not.toBe(queueJobId(job()));
    expect(queueJobId(job())).toMatch(/^[0-9a-f]{64}$/); // no ':' (BullMQ's key separator)
  });

  it('name the queue after the code that makes the TEI, so other code never takes these jobs', () => {
    expect(queueName('warraq 0.1.0 aaaa')).not.toBe(queueName('warraq 0.1.0 bbbb'));
    expect(queueName()).toMatch(/^warraq-archive-[0-9a-f]{16}$/);
  });
});

describe('what travels through Redis', () => {
  it('a job survives JSON (as Redis stores it) with the same key and the same result', () => {
    const original = job({ seq: 3 });
    const travelled = fromPayload(JSON.parse(JSON.stringify(toPayload(original))));
    expect(Buffer.from(travelled.bytes).equals(Buffer.from(original.bytes))).toBe(true);
    expect(jobKey(travelled)).toBe(jobKey(original));
    const there = JSON.parse(JSON.stringify(processArticle(travelled))) as ArticleResult;
    const here = processArticle(original);
    expect(there.ok && here.ok && there.tei === here.tei).toBe(true);
    expect(isArticleResult(there)).toBe(true);
  });

  it('a result made for another build’s job takes this build’s position', () => {
    const result = processArticle(job({ seq: 0 }));
    expect(resultForJob(result, job({ seq: 41 })).seq).toBe(41);
  });

  it('a job that failed on every attempt becomes a located refusal of the article', () => {
    const failure = queueFailure(job({ seq: 5 }), 'job stalled more than allowable limit');
    expect(failure).toMatchObject({ ok: false, seq: 5, source: 'a01.txt' });
    expect(failure.diagnostics).toEqual([
      expect.objectContaining({
        code: 'QUEUE_JOB_FAILED',
        severity: 'error',
        file: 'a01.txt',
        line: 1,
        column: 1,
        message: expect.stringContaining('job stalled more than allowable limit'),
      }),
    ]);
    expect(isArticleResult({ foo: 1 })).toBe(false);
    expect(isArticleResult(null)).toBe(false);
  });
});

describe('--queue URLs', () => {
  it('give host, port, credentials, database and TLS', () => {
    expect(redisOptionsFromUrl('redis://10.0.0.5:6380')).toMatchObject({ host: '10.0.0.5', port: 6380 });
    expect(redisOptionsFromUrl('redis://localhost')).toMatchObject({ host: 'localhost', port: 6379 });
    expect(redisOptionsFromUrl('rediss://warraq:s%40cret@queue.example:6390/2')).toMatchObject({
      host: 'queue.example',
      port: 6390,
      username: 'warraq',
      password: 's@cret',
      db: 2,
      tls: {},
    });
    expect(redisOptionsFromUrl('redis://[::1]:7000')).toMatchObject({ host: '::1', port: 7000 });
    expect(() => redisOptionsFromUrl('127.0.0.1:6379')).toThrow(/redis:\/\//);
    expect(() => redisOptionsFromUrl('http://x')).toThrow(/redis:\/\//);
    expect(() => redisOptionsFromUrl('redis://x/zero')).toThrow(/database number/);
  });

  it('are printed without their password', () => {
    expect(displayUrl('redis://:hunter2@h:1')).toBe('redis://:***@h:1');
    expect(displayUrl('redis://h:1')).toBe('redis://h:1');
  });
});

describe('when Redis cannot be reached', () => {
  it('says where and why, at once, instead of retrying forever', async () => {
    const url = `redis://127.0.0.1:${await freePort()}`;
    const error = await connectRedis(url).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QueueUnreachableError);
    expect((error as Error).message).toMatch(new RegExp(`cannot reach Redis at ${url} \\(.*ECONNREFUSED`));
  });

  it('closing does not wait forever for a Redis that is gone', async () => {
    const never = new Promise(() => {});
    await expect(settleWithin(never, 20)).resolves.toBeUndefined();
    // a close that fails (the connection is already gone) is a close
    await expect(
      settleWithin(Promise.reject(new Error('Connection is closed')), 20),
    ).resolves.toBeUndefined();
  });

  it('build --queue and worker exit with code 3 and that message', async () => {
    const url = `redis://127.0.0.1:${await freePort()}`;
    const corpus = sidecarCorpus(join(tempDir('queue-down'), 'corpus'), 1);
    const build = capture();
    const out = join(tempDir('queue-down-out'), 'out');
    expect(await main(['build', corpus, '--out', out, '--queue', url], build)).toBe(EXIT_QUEUE_UNREACHABLE);
    expect(build.lines.err.join('\n')).toContain(`cannot reach Redis at ${url}`);
    const worker = capture();
    expect(await main(['worker', '--queue', url], worker)).toBe(EXIT_QUEUE_UNREACHABLE);
    expect(worker.lines.err.join('\n')).toContain(`cannot reach Redis at ${url}`);
  });

  it('worker without --queue, or with a bad --concurrency, is a usage error', async () => {
    const io = capture();
    expect(await main(['worker'], io)).toBe(2);
    expect(io.lines.err[0]).toContain('worker needs --queue');
    expect(await main(['worker', '--queue', 'redis://127.0.0.1:1', '--concurrency', '0'], io)).toBe(2);
  });
});

/** Records the batches it is given; answers each job with a result naming the job's source. */
class RecordingProcessor implements ArticleProcessor {
  readonly batches: string[][] = [];
  constructor(private readonly crash = false) {}
  async run(jobs: AsyncIterable<ArticleJob>, onResult: OnResult): Promise<void> {
    const batch: ArticleJob[] = [];
    for await (const j of jobs) batch.push(j);
    this.batches.push(batch.map((j) => j.source));
    if (this.crash) throw new Error('thread died');
    for (const j of [...batch].reverse())
      await onResult({ ok: false, seq: j.seq, source: j.source, diagnostics: [], millis: 0 });
  }
  async close(): Promise<void> {}
}

describe('a worker gathers single jobs into batches', () => {
  it('of the batch size, then what is left after a short wait, each result back to its job', async () => {
    const made: RecordingProcessor[] = [];
    const pool = new BatchingPool(
      () => made[made.push(new RecordingProcessor()) - 1] as ArticleProcessor,
      1,
      3,
      5,
    );
    // positions from two builds collide (both 0): the pool must still answer each job with its own result
    const jobs = ['a', 'b', 'c', 'd', 'e'].map((source, i) => job({ source, seq: i % 2 === 0 ? 0 : i }));
    const results = await Promise.all(jobs.map((j) => pool.process(j)));
    expect(results.map((r) => [r.source, r.seq])).toEqual(jobs.map((j) => [j.source, j.seq]));
    expect(made[0]?.batches).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e'],
    ]);
    await pool.close();
    await expect(pool.process(job())).rejects.toThrow(/shutting down/);
  });

  it('fails the jobs of a batch whose processor died (BullMQ retries them) and replaces the processor', async () => {
    let made = 0;
    const pool = new BatchingPool(() => new RecordingProcessor(made++ === 0), 1, 2, 5);
    await expect(
      Promise.all([pool.process(job({ source: 'x' })), pool.process(job({ source: 'y' }))]),
    ).rejects.toThrow('thread died');
    expect((await pool.process(job({ source: 'z' }))).source).toBe('z');
    expect(made).toBe(2);
    await pool.close();
  });
});
