import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ArticleJob, ArticleResult } from './article-job.js';
import { checkAgainstProfile, PROFILE_BATCH, processArticles } from './process-batch.js';
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
 * little of it is live. A batch that needs more is redone in the main thread. 32 + 8 MB was tried
 * before the parser loaded the trained name model; with the model it thrashes the collector and
 * sends batches to the main thread: the 142 SaudiNewsNet articles, --jobs 1, took 22.6 s and
 * 325 MB with 32 + 8 MB, 5.0 s and 265 MB with these (same bytes).
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 16 };

const spawnWorker = () => new Worker(workerScript(), { resourceLimits: WORKER_LIMITS });

/**
 * `--jobs N`: N worker threads, each given one batch at a time. Batches are handed out as workers
 * free up, so at most N batches are in flight and memory stays bounded; results are passed on
 * as they arrive (the build puts them back in corpus order).
 */
export class WorkerThreadProcessor implements ArticleProcessor {
  private readonly workers: Worker[];

  constructor(threads: number) {
    this.workers = Array.from({ length: threads }, spawnWorker);
  }

  async run(jobs: AsyncIterable<ArticleJob>, onResult: OnResult): Promise<void> {
    const source = batches(jobs, PROFILE_BATCH)[Symbol.asyncIterator]();
    // pulling from the async generator is serialised: two workers must not call next() at once
    let pulling: Promise<unknown> = Promise.resolve();
    const nextBatch = () => {
      const next = pulling.then(() => source.next());
      pulling = next;
      return next;
    };
    // one validator run at a time: each is a WebAssembly libxml2 in a thread of its own, and
    // running one per worker would double the memory for little gain
    let validating: Promise<unknown> = Promise.resolve();
    const check = (results: ArticleResult[]) => {
      const next = validating.then(() => checkAgainstProfile(results));
      validating = next.catch(() => {});
      return next;
    };
    const drive = async (slot: number) => {
      for (;;) {
        const { value, done } = await nextBatch();
        if (done) return;
        let results: ArticleResult[];
        try {
          results = await check(await ask(this.workers[slot] as Worker, value));
        } catch {
          // the worker died (out of memory on a huge article): a fresh one for the next batches,
          // and this batch in the main thread, whose heap is not capped
          await this.workers[slot]?.terminate();
          this.workers[slot] = spawnWorker();
          results = await processArticles(value);
        }
        for (const r of results) await onResult(r);
      }
    };
    await Promise.all(this.workers.map((_, slot) => drive(slot)));
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

function ask(worker: Worker, batch: ArticleJob[]): Promise<ArticleResult[]> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const onMessage = (results: ArticleResult[]) => {
      cleanup();
      resolve(results);
    };
    const onError = (e: Error) => {
      cleanup();
      reject(e);
    };
    const onExit = (code: number) => onError(new Error(`the worker thread exited (code ${code})`));
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(batch);
  });
}
