import { PDFA_LEVELS, type PdfaLevel } from './archival/archival.js';

/** Parsed command line of warraq-brief. */
export type BriefArgs =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'run'; inputs: string[]; out?: string; outDir?: string; kashida?: boolean; pdfa: PdfaLevel }
  | { kind: 'digest'; inputs: string[]; out: string; kashida?: boolean; pdfa: PdfaLevel }
  | { kind: 'error'; message: string };

export const USAGE = `usage: warraq-brief <article.txt>... (--out <brief.pdf> | --out-dir <dir>) [--pdfa 3b|1b]
       warraq-brief --digest <articles or folders>... --out <digest.pdf>

Typesets a right-to-left PDF brief (A4, Amiri 14 pt) of each Arabic news article: masthead, title,
source, the key facts, then the article. Each article's metadata is read from the .meta.yaml file
beside it (corpus/x.txt → corpus/x.meta.yaml). A brief is PDF/A-3b with the article's TEI inside
(the bytes warraq-archive writes) as its source file.

With --digest, sets many articles as one document: a cover, a linked table of contents, one
section per article, an index of people, organisations and places, and a bookmark per article;
every article's TEI is inside. A folder is read as warraq-archive reads it: *.txt with .meta.yaml,
a manifest.jsonl corpus, or a folder of such corpora.

  --out <file>       where to write the brief (one input only) or the digest
  --out-dir <dir>    write each brief as <dir>/<document id>.pdf
  --digest           one digest of every article given
  --kashida          lengthen words with tatweel on justified lines (Naskh kashida)
  --no-kashida       justify with spaces only (the default)
  --pdfa <level>     3b (default): PDF/A-3b with the TEI inside as the source file;
                     1b: PDF/A-1b without the TEI (PDF/A-1 allows no attached files)
  -h, --help         show this help
  -V, --version      print the version

Exit status: 0 when every brief was written, 1 when an input was bad (messages name the file,
line and column), 2 for a usage error. A PDF's creation date (and the date it prints) is the
time it was made, or SOURCE_DATE_EPOCH (seconds since 1970) when set, for byte-identical output.`;

export function parseArgs(argv: readonly string[]): BriefArgs {
  const inputs: string[] = [];
  let out: string | undefined;
  let outDir: string | undefined;
  let digest = false;
  let kashida: boolean | undefined;
  let pdfa: PdfaLevel = '3b';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h' || arg === '--help') return { kind: 'help' };
    if (arg === '-V' || arg === '--version') return { kind: 'version' };
    if (arg === '--digest') digest = true;
    else if (arg === '--kashida' || arg === '--no-kashida') kashida = arg === '--kashida';
    else if (arg === '--pdfa') {
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
  const options = { pdfa, ...(kashida === undefined ? {} : { kashida }) };
  if (inputs.length === 0)
    return { kind: 'error', message: digest ? 'no article or folder given' : 'no article given' };
  if (digest) {
    if (outDir !== undefined)
      return { kind: 'error', message: 'a digest is one file: give --out <file>, not --out-dir' };
    if (out === undefined) return { kind: 'error', message: 'give --out <digest.pdf>' };
    return { kind: 'digest', inputs, out, ...options };
  }
  if (out !== undefined && outDir !== undefined)
    return { kind: 'error', message: 'give --out or --out-dir, not both' };
  if (out === undefined && outDir === undefined)
    return { kind: 'error', message: 'give --out <file> or --out-dir <dir>' };
  if (out !== undefined && inputs.length > 1)
    return { kind: 'error', message: '--out takes one article; use --out-dir for several, or --digest' };
  return {
    kind: 'run',
    inputs,
    ...(out !== undefined ? { out } : {}),
    ...(outDir !== undefined ? { outDir } : {}),
    ...options,
  };
}
