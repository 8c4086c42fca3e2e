import type { ArticleJob, ArticleResult } from '../job/article-job.js';
import { PROFILE_BATCH } from '../job/process-batch.js';
import type { ArticleProcessor } from '../job/processor.js';

interface Waiting {
  job: ArticleJob;
  resolve: (result: ArticleResult) => void;
  reject: (error: unknown) => void;
}

async function* listOf<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

/**
 * A queue worker receives articles one job at a time, but the profile check is paid per batch
 * (`processArticles`): this pool gathers single jobs into batches of up to `batchSize` (or what
 * has arrived after `waitMs`) and runs each batch on an idle processor of its own, so the thread
 * talking to Redis stays free to renew the jobs' locks. Each job's promise settles with its result.
 */
export class BatchingPool {
  private readonly waiting: Waiting[] = [];
  private readonly idle: ArticleProcessor[];
  private readonly all = new Set<ArticleProcessor>();
  private timer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly makeProcessor: () => ArticleProcessor,
    size: number,
    private readonly batchSize = PROFILE_BATCH,
    private readonly waitMs = 25,
  ) {
    this.idle = Array.from({ length: size }, () => this.newProcessor());
  }

  private newProcessor(): ArticleProcessor {
    const processor = this.makeProcessor();
    this.all.add(processor);
    return processor;
  }

  process(job: ArticleJob): Promise<ArticleResult> {
    if (this.closed) return Promise.reject(new Error('the worker is shutting down'));
    return new Promise((resolve, reject) => {
      this.waiting.push({ job, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    while (this.idle.length > 0 && this.waiting.length >= this.batchSize) void this.dispatch();
    if (this.waiting.length === 0 || this.idle.length === 0 || this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.waiting.length > 0 && this.idle.length > 0) void this.dispatch();
      this.schedule();
    }, this.waitMs);
  }

  private async dispatch(): Promise<void> {
    const processor = this.idle.pop() as ArticleProcessor;
    const batch = this.waiting.splice(0, this.batchSize);
    // jobs from different builds may share a position: number them afresh for the batch
    const unanswered = new Map(batch.map((w, i) => [i, w]));
    let healthy = true;
    try {
      await processor.run(listOf(batch.map((w, i) => ({ ...w.job, seq: i }))), (result) => {
        const w = unanswered.get(result.seq);
        unanswered.delete(result.seq);
        w?.resolve({ ...result, seq: w.job.seq });
      });
    } catch (e) {
      // the thread died: its jobs go back to the queue (BullMQ retries them), the thread is replaced
      healthy = false;
      for (const w of unanswered.values()) w.reject(e);
      unanswered.clear();
    }
    for (const w of unanswered.values()) w.reject(new Error('the processor returned no result for the job'));
    if (healthy) this.idle.push(processor);
    else {
      this.all.delete(processor);
      void processor.close();
      if (!this.closed) this.idle.push(this.newProcessor());
    }
    this.schedule();
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    for (const w of this.waiting.splice(0)) w.reject(new Error('the worker is shutting down'));
    await Promise.all([...this.all].map((p) => p.close()));
  }
}
