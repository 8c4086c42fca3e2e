import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ArticleJob, ArticleResult } from './article-job.js';
import { PROFILE_BATCH } from './process-batch.js';
import { type ArticleProcessor, batches, type OnResult } from './processor.js';

/** The compiled worker script; from the sources (tests), the built one in dist. */
function workerScript(): URL {
  const beside = new URL('./worker-thread.js', import.meta.url);
  if (existsSync(fileURLToPath(beside))) return beside;
  return new URL('../../dist/job/worker-thread.js', import.meta.url);
}

/**
 * `--jobs N`: N worker threads, each given one batch at a time. Batches are handed out as workers
 * free up, so at most N batches are in flight and memory stays bounded; results are passed on
 * as they arrive (the build puts them back in corpus order).
 */
export class WorkerThreadProcessor implements ArticleProcessor {
  private readonly workers: Worker[];

  constructor(threads: number) {
    this.workers = Array.from({ length: threads }, () => new Worker(workerScript()));
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
    const drive = async (worker: Worker) => {
      for (;;) {
        const { value, done } = await nextBatch();
        if (done) return;
        const results = await ask(worker, value);
        for (const r of results) await onResult(r);
      }
    };
    await Promise.all(this.workers.map(drive));
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
    };
    const onMessage = (results: ArticleResult[]) => {
      cleanup();
      resolve(results);
    };
    const onError = (e: Error) => {
      cleanup();
      reject(e);
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.postMessage(batch);
  });
}
