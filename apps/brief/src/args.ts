import { PDFA_LEVELS, type PdfaLevel } from './archival/archival.js';

/** Parsed command line of warraq-brief. */
export type BriefArgs =
  | { kind: 'help' }
  | { kind: 'run'; inputs: string[]; out?: string; outDir?: string; pdfa: PdfaLevel }
  | { kind: 'error'; message: string };

export const USAGE = `usage: warraq-brief <article.txt>... (--out <brief.pdf> | --out-dir <dir>) [--pdfa 3b|1b]

Typesets a right-to-left PDF brief (A4, Amiri 14 pt) of each Arabic news article. Each article's
metadata is read from the .meta.yaml file beside it (corpus/x.txt → corpus/x.meta.yaml).

  --out <file>      where to write the brief (one input only)
  --out-dir <dir>   write each brief as <dir>/<document id>.pdf
  --pdfa <level>    3b (default): PDF/A-3b with the article's TEI inside as its source file;
                    1b: PDF/A-1b without the TEI (PDF/A-1 allows no attached files)
  -h, --help        show this help

Exit status: 0 when every brief was written, 1 when an input was bad (messages name the file,
line and column), 2 for a usage error. A PDF's creation date is the time it was made, or
SOURCE_DATE_EPOCH (seconds since 1970) when set, for byte-identical output.`;

export function parseArgs(argv: readonly string[]): BriefArgs {
  const inputs: string[] = [];
  let out: string | undefined;
  let outDir: string | undefined;
  let pdfa: PdfaLevel = '3b';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h' || arg === '--help') return { kind: 'help' };
    if (arg === '--pdfa') {
      const value = argv[++i];
      const level = PDFA_LEVELS.find((l) => l === value);
      if (level === undefined) return { kind: 'error', message: `--pdfa takes ${PDFA_LEVELS.join(' or ')}` };
      pdfa = level;
    } else if (arg === '--out' || arg === '--out-dir') {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--'))
        return { kind: 'error', message: `${arg} needs a path` };
      if (arg === '--out') out = value;
      else outDir = value;
    } else if (arg.startsWith('-')) return { kind: 'error', message: `unknown option ${arg}` };
    else inputs.push(arg);
  }
  if (inputs.length === 0) return { kind: 'error', message: 'no article given' };
  if (out !== undefined && outDir !== undefined)
    return { kind: 'error', message: 'give --out or --out-dir, not both' };
  if (out === undefined && outDir === undefined)
    return { kind: 'error', message: 'give --out <file> or --out-dir <dir>' };
  if (out !== undefined && inputs.length > 1)
    return { kind: 'error', message: '--out takes one article; use --out-dir for several' };
  return {
    kind: 'run',
    inputs,
    pdfa,
    ...(out !== undefined ? { out } : {}),
    ...(outDir !== undefined ? { outDir } : {}),
  };
}
