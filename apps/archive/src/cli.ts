import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { dateFromSourceDateEpoch, type TeiOptions } from '@warraq/tei';
import { build } from './build.js';
import { type Io, processIo } from './io.js';
import { WorkerThreadProcessor } from './job/worker-threads.js';
import type { QueueProcessor } from './queue/queue-processor.js';
import { EXIT_QUEUE_UNREACHABLE, QueueUnreachableError } from './queue/unreachable.js';
import { printBuildSummary } from './report/build-summary.js';
import { progressReporter } from './report/progress.js';
import { validate } from './validate.js';

const VERSION = `warraq-archive ${(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version}`;

export const HELP = `warraq-archive: a validated TEI P5 archive of Arabic news articles

Usage:
  warraq-archive build <corpus-dir> --out <dir> [options]
      Reads *.txt articles with .meta.yaml sidecars, or a folder with manifest.jsonl (and an
      optional rights.json: the corpus's rights statement), or a folder of such folders. Writes
      <out>/<id>.xml per article, <out>/corpus.xml (teiCorpus) and <out>/manifest.json (SHA-256
      of each source, its decoded text and each TEI file). Files are staged, then published by
      renames; unchanged articles come from a cache in <out>/.warraq and are not rewritten.
      --language <bcp47>  language of manifest entries that state none (default: ar)
      --publisher <name>  the archive publishing the TEI (also the bag's Source-Organization)
      --jobs <n>          worker threads (default: the number of cores); same bytes for every n
      --keep-going        archive every good article, list the refused ones, exit 1
      --bag               write the archive as a BagIt bag (RFC 8493): tag files + data/
      --queue <url>       process the articles on the workers of a Redis queue
                          (redis://HOST:PORT) instead of this machine's threads; same bytes
      SOURCE_DATE_EPOCH, if set, dates the TEI files; otherwise they carry the day they are made.
  warraq-archive validate <dir>
      Checks an archive against its manifest (missing, extra and changed files, counts), every TEI
      against Warraq's profile (RELAX NG, no Java), pointers, and fixity of the text for every
      source encoding; a bag's own manifests too. An interrupted build is reported as incomplete.
  warraq-archive worker --queue redis://HOST:PORT [--concurrency <n>]
      Takes article jobs from the queue until Ctrl-C or SIGTERM (it finishes the jobs in hand);
      run any number, on any number of hosts. --concurrency: threads (default: the cores).
  All three: --json (a machine-readable summary on stdout), --quiet (errors only).
  warraq-archive --version | --help

Exit codes: 0 success, 1 invalid input or output (or refused articles), 2 usage error,
3 the queue's Redis cannot be reached (or was lost).
`;

const OPTIONS = {
  out: { type: 'string' },
  language: { type: 'string' },
  publisher: { type: 'string' },
  jobs: { type: 'string' },
  'keep-going': { type: 'boolean' },
  bag: { type: 'boolean' },
  json: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
  queue: { type: 'string' },
  concurrency: { type: 'string' },
} as const;

function usage(io: Io, message: string): number {
  io.err(`warraq-archive: ${message}\n\n${HELP}`);
  return 2;
}

export async function main(
  argv: string[],
  io: Io = processIo,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  let parsed: ReturnType<
    typeof parseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true }>
  >;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    return usage(io, (e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.version) {
    io.out(VERSION);
    return 0;
  }
  const [command, target, ...rest] = positionals;
  if (values.help || command === undefined) {
    (values.help ? io.out : io.err)(HELP);
    return values.help ? 0 : 2;
  }
  if (command === 'worker') {
    if (target !== undefined) return usage(io, 'worker takes no path');
    if (values.queue === undefined) return usage(io, 'worker needs --queue redis://HOST:PORT');
    const { stopSignal, workerCommand } = await import('./queue/worker-command.js');
    return workerCommand({ ...values, queue: values.queue }, io, stopSignal());
  }
  if (command !== 'build' && command !== 'validate') return usage(io, `unknown command "${command}"`);
  if (rest.length > 0 || target === undefined) return usage(io, `${command} takes exactly one path`);
  if (command === 'validate')
    return validate(target, io, { json: values.json === true, quiet: values.quiet === true });
  if (values.out === undefined) return usage(io, 'build needs --out <dir>');
  const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1)
    return usage(io, `--jobs needs a whole number ≥ 1, not "${values.jobs}"`);
  const tei: TeiOptions = {};
  const date = dateFromSourceDateEpoch(env.SOURCE_DATE_EPOCH);
  if (date !== undefined) tei.date = date;
  if (values.publisher !== undefined) tei.publisher = values.publisher;
  // even one job runs in a worker thread: its heap is capped (see WorkerThreadProcessor), the
  // main thread's is not, and it creeps up over thousands of articles (340 MB at 10,000)
  let processor: WorkerThreadProcessor | QueueProcessor;
  try {
    processor =
      values.queue !== undefined
        ? await (await import('./queue/queue-processor.js')).QueueProcessor.connect(values.queue, {
            onWarning: (m) => io.err(`warraq-archive: ${m}`),
          })
        : new WorkerThreadProcessor(jobs);
  } catch (e) {
    if (!(e instanceof QueueUnreachableError)) throw e;
    io.err(`warraq-archive: ${e.message}`);
    return EXIT_QUEUE_UNREACHABLE;
  }
  const progress = io.progress && !values.json && !values.quiet ? io.progress : undefined;
  try {
    const report = await build(
      {
        corpusDir: target,
        outDir: values.out,
        language: values.language ?? 'ar',
        tei,
        madeOn: new Date().toISOString().slice(0, 10),
        keepGoing: values['keep-going'] === true,
        bag: values.bag === true,
      },
      processor,
      progress ? progressReporter(progress) : undefined,
    );
    progress?.('');
    return printBuildSummary(
      report,
      {
        outDir: values.out,
        keepGoing: values['keep-going'] === true,
        json: values.json === true,
        quiet: values.quiet === true,
        version: VERSION,
      },
      io,
    );
  } catch (e) {
    progress?.('');
    if (e instanceof QueueUnreachableError) {
      io.err(`warraq-archive: ${e.message}; nothing published (run the build again to resume)`);
      return EXIT_QUEUE_UNREACHABLE;
    }
    io.err(`warraq-archive: could not write the archive: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  } finally {
    await processor.close();
  }
}
