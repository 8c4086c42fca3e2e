import { createRequire } from 'node:module';
import { type Diagnostic, formatDiagnostic } from '@warraq/schema';
import {
  type FontStack,
  type HarfBuzzModule,
  loadAmiri,
  saveFaceCaches,
  useFaceCache,
  useHarfBuzz,
} from '@warraq/typeset';
import { madeAt } from './archival/made-at.js';
import { archiveTeiOptions } from './archival/tei-attachment.js';
import { type BriefArgs, parseArgs, USAGE } from './args.js';
import { briefOne, type RunDates } from './brief-one.js';
import { briefInWorker, isLarge } from './large-input.js';
import { type Progress, terminalProgress } from './progress.js';
import { shapingCacheDir } from './shaping-cache-dir.js';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** progress on a terminal; none by default for an injected Io */
  progress?: Progress;
}

const processIo: Io = {
  stdout: (s) => process.stdout.write(`${s}\n`),
  stderr: (s) => process.stderr.write(`${s}\n`),
  progress: terminalProgress(),
};

const VERSION = (createRequire(import.meta.url)('../package.json') as { version: string }).version;

/** The warraq-brief command. Returns the exit status; never throws for bad input. */
export async function main(
  argv: string[],
  io: Io = processIo,
  env: NodeJS.ProcessEnv = process.env,
  /** harfbuzzjs as the launcher imported it (the bundle, compiled by vm.Script, cannot import()) */
  harfBuzz?: HarfBuzzModule,
): Promise<number> {
  const args = parseArgs(argv);
  switch (args.kind) {
    case 'help':
      io.stdout(USAGE);
      return 0;
    case 'version':
      io.stdout(`warraq-brief ${VERSION}`);
      return 0;
    case 'error':
      io.stderr(`warraq-brief: ${args.message}\n\n${USAGE}`);
      return 2;
  }
  let dates: RunDates;
  try {
    dates = runDates(env);
  } catch (e) {
    io.stderr(`warraq-brief: ${reason(e)}`);
    return 2;
  }
  useFaceCache(shapingCacheDir(env));
  // HarfBuzz shapes the words the face cache does not hold (same runs as fontkit, a fraction of
  // the time); should it fail to load, fontkit shapes them, giving the same PDF, only slower
  await useHarfBuzz(harfBuzz).catch((e: unknown) =>
    io.stderr(
      `warraq-brief: note: HarfBuzz did not load (${reason(e)}); shaping with fontkit, same PDF, slower\n`,
    ),
  );
  try {
    if (args.kind !== 'digest') return await runBriefs(args, loadAmiri(), io, dates);
    // the digest's modules are loaded only for a digest: a brief's start-up does not pay for them
    const { runDigest } = await import('./digest/run-digest.js');
    return await runDigest(args, loadAmiri(), io, dates);
  } finally {
    saveFaceCaches();
  }
}

/**
 * One date for every PDF of the run (CreationDate and the printed date: SOURCE_DATE_EPOCH, else
 * now), and the TEI encoded as warraq-archive encodes it. Throws on a malformed SOURCE_DATE_EPOCH.
 */
function runDates(env: NodeJS.ProcessEnv): RunDates {
  const made = madeAt(env);
  return { madeAt: made, date: made.toISOString().slice(0, 10), tei: archiveTeiOptions(env) };
}

async function runBriefs(
  args: Extract<BriefArgs, { kind: 'run' }>,
  stack: FontStack,
  io: Io,
  dates: RunDates,
): Promise<number> {
  let failed = 0;
  for (const input of args.inputs) {
    const problems = isLarge(input)
      ? await briefInWorker(input, args, io, dates)
      : await briefOne(input, args, stack, io, dates);
    if (problems.length > 0) {
      failed++;
      for (const d of problems) io.stderr(formatDiagnostic(d));
    }
  }
  return failed > 0 ? 1 : 0;
}

export function fileError(code: string, file: string, message: string): Diagnostic {
  return { code, severity: 'error', message, file, line: 1, column: 1 };
}

export function reason(e: unknown): string {
  return e instanceof Error ? e.message.replace(/^[A-Z]+: /, '') : String(e);
}
