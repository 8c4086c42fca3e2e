import { createRequire } from 'node:module';
import { type Diagnostic, formatDiagnostic } from '@warraq/schema';
import { type FontStack, loadAmiri } from '@warraq/typeset';
import { type BriefArgs, parseArgs, USAGE } from './args.js';
import { briefOne } from './brief-one.js';
import { runDigest } from './digest/run-digest.js';
import { briefInWorker, isLarge } from './large-input.js';
import { type Progress, terminalProgress } from './progress.js';

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
export async function main(argv: string[], io: Io = processIo): Promise<number> {
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
    case 'digest':
      return runDigest(args, loadAmiri(), io);
    case 'run':
      return runBriefs(args, loadAmiri(), io);
  }
}

async function runBriefs(
  args: Extract<BriefArgs, { kind: 'run' }>,
  stack: FontStack,
  io: Io,
): Promise<number> {
  let failed = 0;
  for (const input of args.inputs) {
    const problems = isLarge(input)
      ? await briefInWorker(input, args, io)
      : await briefOne(input, args, stack, io);
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
