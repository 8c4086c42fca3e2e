import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Diagnostic } from '@warraq/schema';
import type { BriefArgs } from './args.js';
import type { RunDates } from './brief-one.js';
import { fileError, type Io } from './cli.js';

/**
 * Articles past this size are briefed in a worker thread with a capped heap. Parsing 5 MB of text
 * peaks at ~400 MB in a free heap (V8 grows it rather than collect); capped, the same work fits in
 * ~300 MB because most of that peak is garbage. The main thread stays small, so the whole process
 * is bounded (measured in the README).
 */
export const LARGE_INPUT_BYTES = 1_000_000;
/** The worker's old-generation cap, MB. */
export const WORKER_HEAP_MB = 300;

export function isLarge(input: string): boolean {
  try {
    return statSync(input).size > LARGE_INPUT_BYTES;
  } catch {
    return false; // the ordinary path reports a missing file
  }
}

/** What the worker posts back: lines for stdout/stderr, progress, and at the end the problems. */
export type WorkerMessage =
  | { kind: 'stdout' | 'stderr'; line: string }
  | { kind: 'progress'; label: string; done: number; total: number }
  | { kind: 'done'; problems: Diagnostic[] };

export function briefInWorker(
  input: string,
  args: Extract<BriefArgs, { kind: 'run' }>,
  io: Io,
  dates: Partial<RunDates> = {},
): Promise<Diagnostic[]> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./large-worker.js', import.meta.url), {
      workerData: { input, args, dates },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    let settled = false;
    const settle = (problems: Diagnostic[]) => {
      if (settled) return;
      settled = true;
      io.progress?.done();
      resolve(problems);
    };
    worker.on('message', (m: WorkerMessage) => {
      if (m.kind === 'progress') io.progress?.update(m.label, m.done, m.total);
      else if (m.kind === 'done') settle(m.problems);
      else if (m.kind === 'stdout') io.stdout(m.line);
      else io.stderr(m.line);
    });
    worker.on('error', (e: Error & { code?: string }) =>
      settle([
        fileError(
          e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'BRIEF_TOO_LARGE' : 'BRIEF_FAILED',
          input,
          e.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? `the article is too large to brief in ${WORKER_HEAP_MB} MB of memory: nothing written`
            : `the brief failed: ${e.message}`,
        ),
      ]),
    );
    worker.on('exit', (code) =>
      settle(
        code === 0 ? [] : [fileError('BRIEF_FAILED', input, `the brief's worker stopped (exit ${code})`)],
      ),
    );
  });
}
