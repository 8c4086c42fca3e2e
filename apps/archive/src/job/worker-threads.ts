import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { shareDefaultNamesModel } from '@warraq/parser';
import type { ArticleJob, ArticleResult } from './article-job.js';
import { PROFILE_BATCH, processArticles } from './process-batch.js';
import { type ArticleProcessor, batches, type OnResult } from './processor.js';

/** The compiled worker script; from the sources (tests), the built one in dist. */
function workerScript(): URL {
  const beside = new URL('./worker-thread.js', import.meta.url);
  if (existsSync(fileURLToPath(beside))) return beside;
  return new URL('../../dist/job/worker-thread.js', import.meta.url);
}

/**
 * Heap limits of each worker. V8 grows a heap lazily when much garbage is made (every TEI is a
 * large string), so without caps each thread's memory creeps up over thousands of articles though
 * little of it is live. A batch that needs more is redone in the main thread. Too tight a cap
 * costs time and does not save memory: near it V8 collects the old generation again and again and
 * throws away compiled code, regular expressions included (the date patterns, compiled again:
 * 1,500 articles in one worker, 2,296 regexp compilations with 96 MB, 1,309 with 128 MB, ~550
 * uncapped; `node --trace-regexp-tier-up`). 2,000 articles, interleaved runs: --jobs 1
 * 46-49 s with 96 MB, 33-37 s with 128 MB; --jobs 2 28-31 s against 23-27 s; peak RSS 187-193 and
 * 261-284 MB against 182-196 and 257-265 MB. The command's launcher line sets
 * --max-semi-space-size=4, which V8 applies over the young generation given here.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 16 };

/**
 * Batches handed to a worker before its first result is back: while it processes one, the next
 * waits in its queue, so it never idles while the main thread commits and sends.
 */
const BATCHES_IN_FLIGHT = 2;

/** One worker thread and the replies it owes, in the order the batches were sent (it answers in order). */
class WorkerChannel {
  // the names model is decoded once, into SharedArrayBuffers, and every worker uses that copy
  private readonly worker = new Worker(workerScript(), {
    resourceLimits: WORKER_LIMITS,
    workerData: { namesModel: shareDefaultNamesModel() },
  });
  private readonly waiting: { resolve: (r: ArticleResult[]) => void; reject: (e: Error) => void }[] = [];
  private failure: Error | undefined;

  constructor() {
    this.worker.on('message', (results: ArticleResult[]) => this.waiting.shift()?.resolve(results));
    this.worker.on('error', (e) => this.fail(e));
    this.worker.on('exit', (code) => this.fail(new Error(`the worker thread exited (code ${code})`)));
  }

  private fail(e: Error): void {
    this.failure ??= e;
    for (const w of this.waiting.splice(0)) w.reject(e);
  }

  process(batch: ArticleJob[]): Promise<ArticleResult[]> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.worker.postMessage(batch);
    });
  }

  async terminate(): Promise<void> {
    this.worker.removeAllListeners('exit');
    await this.worker.terminate();
  }
}

/**
 * `--jobs N`: N worker threads, each doing whole jobs (the profile check included) and holding at
 * most BATCHES_IN_FLIGHT batches, so memory stays bounded; results are passed on as they arrive
 * (the build puts them back in corpus order).
 */
export class WorkerThreadProcessor implements ArticleProcessor {
  private channels: WorkerChannel[] = [];

  /** Threads start with the first run: a build that finds nothing to do starts none. */
  constructor(private readonly threads: number) {}

  private start(): void {
    if (this.channels.length === 0)
      this.channels = Array.from({ length: this.threads }, () => new WorkerChannel());
  }

  async run(jobs: AsyncIterable<ArticleJob>, onResult: OnResult): Promise<void> {
    this.start();
    const source = batches(jobs, PROFILE_BATCH)[Symbol.asyncIterator]();
    // pulling from the async generator is serialised: two lanes must not call next() at once
    let pulling: Promise<unknown> = Promise.resolve();
    const nextBatch = () => {
      const next = pulling.then(() => source.next());
      pulling = next;
      return next;
    };
    const lane = async (slot: number) => {
      for (;;) {
        const { value, done } = await nextBatch();
        if (done) return;
        const channel = this.channels[slot] as WorkerChannel;
        let results: ArticleResult[];
        try {
          results = await channel.process(value);
        } catch {
          // the worker died (out of memory on a huge article): a fresh one for the next batches
          // (once, whichever lane notices first), and this batch in the main thread, whose heap
          // is not capped
          if (this.channels[slot] === channel) {
            this.channels[slot] = new WorkerChannel();
            await channel.terminate();
          }
          results = await processArticles(value);
        }
        for (const r of results) await onResult(r);
      }
    };
    const lanes = this.channels.flatMap((_, slot) => Array.from({ length: BATCHES_IN_FLIGHT }, () => slot));
    await Promise.all(lanes.map(lane));
  }

  /**
   * Ends the threads: the build's last check of corpus.xml starts libxml2 in a thread of its own,
   * and with the workers' heaps still there that moment was the build's peak of memory.
   */
  async release(): Promise<void> {
    const ending = this.channels;
    this.channels = [];
    await Promise.all(ending.map((c) => c.terminate()));
  }

  async close(): Promise<void> {
    await this.release();
  }
}
