import { dateFromSourceDateEpoch, type TeiOptions } from '@warraq/tei';
import { build } from './build.js';
import { type Io, processIo } from './io.js';
import { validate } from './validate.js';

export const HELP = `warraq-archive: a validated TEI P5 archive of Arabic news articles

Usage:
  warraq-archive build <corpus-dir> --out <dir> [--language <bcp47>] [--publisher <name>]
      Reads *.txt articles with .meta.yaml sidecars, or a folder with manifest.jsonl, or a
      folder of such folders. Writes <out>/<id>.xml per article, <out>/corpus.xml (teiCorpus)
      and <out>/manifest.json (sha256 of each source and TEI file). Everything is validated
      before anything is written; on an error nothing is written and the exit code is 1.
      --language: language of manifest entries that state none (default: ar).
      SOURCE_DATE_EPOCH, if set, dates the TEI files; otherwise dates come from the metadata.
  warraq-archive validate <file|dir>
      Checks .xml files against Warraq's TEI profile (RELAX NG, no Java), pointer integrity
      (every #ref resolves, every xml:id unique) and fixity (the text against its SHA-256).
  warraq-archive --help
`;

interface Parsed {
  positional: string[];
  flags: Map<string, string>;
  help: boolean;
}

const VALUE_FLAGS = new Set(['--out', '--language', '--publisher']);

function parseArgs(argv: readonly string[]): Parsed | string {
  const out: Parsed = { positional: [], flags: new Map(), help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--help' || a === '-h') out.help = true;
    else if (VALUE_FLAGS.has(a)) {
      const v = argv[++i];
      if (v === undefined) return `${a} needs a value`;
      out.flags.set(a, v);
    } else if (a.startsWith('-')) return `unknown option ${a}`;
    else out.positional.push(a);
  }
  return out;
}

export async function main(
  argv: string[],
  io: Io = processIo,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.err(`warraq-archive: ${args}\n\n${HELP}`);
    return 2;
  }
  const [command, target, ...rest] = args.positional;
  if (args.help || command === undefined) {
    (args.help ? io.out : io.err)(HELP);
    return args.help ? 0 : 2;
  }
  if (rest.length > 0 || target === undefined) {
    io.err(`warraq-archive: ${command} takes exactly one path\n\n${HELP}`);
    return 2;
  }
  if (command === 'validate') return validate(target, io);
  if (command === 'build') {
    const outDir = args.flags.get('--out');
    if (outDir === undefined) {
      io.err(`warraq-archive: build needs --out <dir>\n\n${HELP}`);
      return 2;
    }
    const tei: TeiOptions = {};
    const date = dateFromSourceDateEpoch(env.SOURCE_DATE_EPOCH);
    if (date !== undefined) tei.date = date;
    const publisher = args.flags.get('--publisher');
    if (publisher !== undefined) tei.publisher = publisher;
    try {
      return await build(
        { corpusDir: target, outDir, language: args.flags.get('--language') ?? 'ar', tei },
        io,
      );
    } catch (e) {
      io.err(`warraq-archive: could not write the archive: ${e instanceof Error ? e.message : String(e)}`);
      return 1;
    }
  }
  io.err(`warraq-archive: unknown command "${command}"\n\n${HELP}`);
  return 2;
}
