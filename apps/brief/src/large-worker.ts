// The worker thread of large-input.ts: one brief, its output relayed to the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import { loadAmiri } from '@warraq/typeset';
import type { BriefArgs } from './args.js';
import { briefOne, type RunDates } from './brief-one.js';
import type { WorkerMessage } from './large-input.js';

const { input, args, dates } = workerData as {
  input: string;
  args: Extract<BriefArgs, { kind: 'run' }>;
  dates: Partial<RunDates>;
};
const post = (m: WorkerMessage) => parentPort!.postMessage(m);
const problems = await briefOne(
  input,
  args,
  loadAmiri(),
  {
    stdout: (line) => post({ kind: 'stdout', line }),
    stderr: (line) => post({ kind: 'stderr', line }),
    progress: {
      update: (label, done, total) => post({ kind: 'progress', label, done, total }),
      done: () => {},
    },
  },
  // the trained name model's features over megabytes of text do not fit the capped heap: names
  // come from the lexicon recogniser here (measured: 5 MB parses in ~250 MB with it, runs out at 300 MB with the model)
  { ...dates, attachTei: false, names: 'lexicon' },
);
post({ kind: 'done', problems });
