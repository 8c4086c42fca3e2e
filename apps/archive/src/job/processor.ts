import type { ArticleJob, ArticleResult } from './article-job.js';
import { PROFILE_BATCH, processArticles } from './process-batch.js';

export type OnResult = (result: ArticleResult) => Promise<void> | void;

/**
 * Turns jobs into results, anywhere: in this thread, in worker threads, or on other hosts through
 * a queue. Results may arrive in any order (each carries its `seq`); `run` resolves once every
 * job's result has been passed to `onResult` and every `onResult` has settled. A processor should
 * not pull far ahead of `onResult` (the build relies on that to keep memory bounded).
 */
export interface ArticleProcessor {
  run(jobs: AsyncIterable<ArticleJob>, onResult: OnResult): Promise<void>;
  /**
   * Lets go of what the processor holds between runs (worker threads and their heaps); the next
   * run takes them again. The build calls it once every article is in, before its last check.
   */
  release?(): Promise<void>;
  close(): Promise<void>;
}

/** Groups jobs into batches of `size` (the last may be smaller). */
export async function* batches<T>(items: AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for await (const item of items) {
    batch.push(item);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** `--jobs 1`: everything in this thread, one batch at a time. */
export class InProcessProcessor implements ArticleProcessor {
  async run(jobs: AsyncIterable<ArticleJob>, onResult: OnResult): Promise<void> {
    for await (const batch of batches(jobs, PROFILE_BATCH))
      for (const result of await processArticles(batch)) await onResult(result);
  }

  async close(): Promise<void> {}
}
