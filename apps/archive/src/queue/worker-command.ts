import { availableParallelism } from 'node:os';
import { formatDiagnostic } from '@warraq/schema';
import type { Io } from '../io.js';
import { displayUrl, EXIT_QUEUE_UNREACHABLE, QueueUnreachableError } from './connection.js';
import { startQueueWorker } from './queue-worker.js';

export interface WorkerCommandOptions {
  queue: string;
  /** worker threads (default: the number of cores) */
  concurrency?: string | undefined;
  json?: boolean | undefined;
  quiet?: boolean | undefined;
}

const LOG_EVERY = 100;

/** Settles on the first SIGINT or SIGTERM: the worker then finishes the jobs in hand and exits. */
export function stopSignal(): Promise<string> {
  return new Promise((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve(signal));
  });
}

/**
 * `warraq-archive worker --queue redis://HOST:PORT [--concurrency N]`: runs until `stop` settles
 * (a signal) or Redis is lost for good. Exit 0 after a clean stop, 3 when Redis cannot be reached
 * or is lost, 2 for a bad option.
 */
export async function workerCommand(
  options: WorkerCommandOptions,
  io: Io,
  stop: Promise<unknown>,
): Promise<number> {
  const threads = options.concurrency === undefined ? availableParallelism() : Number(options.concurrency);
  if (!Number.isInteger(threads) || threads < 1) {
    io.err(`warraq-archive: --concurrency needs a whole number ≥ 1, not "${options.concurrency}"`);
    return 2;
  }
  const talk = !options.json && !options.quiet;
  const started = performance.now();
  let processed = 0;
  let refused = 0;
  let lastProgress = 0;
  let lastWarning: string | undefined;
  let worker: Awaited<ReturnType<typeof startQueueWorker>>;
  try {
    worker = await startQueueWorker(options.queue, {
      threads,
      onResult: (result) => {
        processed++;
        if (!result.ok) {
          refused++;
          // the coordinator reports refusals; the worker's console shows them too, located
          if (talk) for (const d of result.diagnostics.slice(0, 3)) io.err(formatDiagnostic(d));
        }
        const now = performance.now();
        // in a log (not a terminal): a line every LOG_EVERY articles, so a worker's log shows its pace
        if (talk && !io.progress && processed % LOG_EVERY === 0)
          io.err(
            `warraq-archive worker: ${processed} articles (${refused} refused) · ${(processed / ((now - started) / 1000)).toFixed(1)}/s`,
          );
        if (talk && io.progress && now - lastProgress > 200) {
          lastProgress = now;
          io.progress(
            `${processed.toLocaleString('en')} articles · ${(processed / ((now - started) / 1000)).toFixed(1)}/s`,
          );
        }
      },
      onWarning: (message) => {
        // a Redis outage repeats the same error on every reconnection attempt: say it once
        if (options.quiet || message === lastWarning) return;
        lastWarning = message;
        io.err(`warraq-archive worker: ${message}`);
      },
    });
  } catch (e) {
    if (!(e instanceof QueueUnreachableError)) throw e;
    io.err(`warraq-archive: ${e.message}`);
    return EXIT_QUEUE_UNREACHABLE;
  }
  if (talk)
    io.err(
      `warraq-archive worker: taking jobs from ${worker.queue} at ${displayUrl(options.queue)} on ${threads} thread${threads === 1 ? '' : 's'} (Ctrl-C stops after the jobs in hand)`,
    );
  const outcome = await Promise.race([stop.then(() => undefined), worker.lost]);
  await worker.close(outcome !== undefined);
  if (talk) io.progress?.('');
  const seconds = (performance.now() - started) / 1000;
  if (options.json) io.out(JSON.stringify({ processed, refused, seconds: Number(seconds.toFixed(3)) }));
  else if (talk)
    io.err(
      `warraq-archive worker: ${processed} articles processed (${refused} refused) in ${seconds.toFixed(1)} s`,
    );
  if (outcome === undefined) return 0;
  io.err(`warraq-archive: ${outcome.message}`);
  return EXIT_QUEUE_UNREACHABLE;
}
