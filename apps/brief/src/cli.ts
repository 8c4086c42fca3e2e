import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArticleWithSidecar } from '@warraq/parser';
import { type Diagnostic, formatDiagnostic } from '@warraq/schema';
import { loadAmiri } from '@warraq/typeset';
import { madeAt } from './archival/made-at.js';
import { parseArgs, USAGE } from './args.js';
import { archiveTeiOptions, type BriefOptions, renderBrief } from './brief.js';
import { writeFileAtomic } from './write-atomic.js';

interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

const processIo: Io = {
  stdout: (s) => process.stdout.write(`${s}\n`),
  stderr: (s) => process.stderr.write(`${s}\n`),
};

/** The warraq-brief command. Returns the exit status; never throws for bad input. */
export async function main(
  argv: string[],
  io: Io = processIo,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const args = parseArgs(argv);
  if (args.kind === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  if (args.kind === 'error') {
    io.stderr(`warraq-brief: ${args.message}\n\n${USAGE}`);
    return 2;
  }
  let options: BriefOptions;
  try {
    // one date for every brief of the run, and the TEI encoded as warraq-archive encodes it
    options = { pdfa: args.pdfa, madeAt: madeAt(env), tei: archiveTeiOptions(env) };
  } catch (e) {
    io.stderr(`warraq-brief: ${reason(e)}`);
    return 2;
  }
  const stack = loadAmiri();
  let failed = 0;
  for (const input of args.inputs) {
    const problems = await briefOne(input, args.out, args.outDir, { stack, options }, io);
    if (problems.length > 0) {
      failed++;
      for (const d of problems) io.stderr(formatDiagnostic(d));
    }
  }
  return failed > 0 ? 1 : 0;
}

async function briefOne(
  input: string,
  out: string | undefined,
  outDir: string | undefined,
  how: { stack: ReturnType<typeof loadAmiri>; options: BriefOptions },
  io: Io,
): Promise<Diagnostic[]> {
  const sidecarPath = `${input.replace(/\.txt$/i, '')}.meta.yaml`;
  let bytes: Uint8Array;
  let sidecar: string;
  try {
    bytes = readFileSync(input);
  } catch (e) {
    return [fileError('BRIEF_READ', input, `cannot read the article: ${reason(e)}`)];
  }
  try {
    sidecar = readFileSync(sidecarPath, 'utf8');
  } catch (e) {
    return [fileError('BRIEF_NO_METADATA', sidecarPath, `cannot read the article's metadata: ${reason(e)}`)];
  }
  // the document records its source file by name, as warraq-archive parses it (the embedded TEI
  // must be the archive's bytes); messages name the path given
  const name = basename(input);
  const located = (d: Diagnostic): Diagnostic => (d.file === name ? { ...d, file: input } : d);
  const outcome = parseArticleWithSidecar(
    { fileName: name, bytes },
    { fileName: sidecarPath, text: sidecar },
  );
  if (!outcome.ok) return outcome.diagnostics.map(located);
  const doc = outcome.document;
  for (const d of doc.diagnostics) if (d.severity !== 'info') io.stderr(formatDiagnostic(located(d)));
  const target = out ?? join(outDir!, `${doc.id}.pdf`);
  try {
    writeFileAtomic(target, await renderBrief(doc, how.stack, how.options));
  } catch (e) {
    return [fileError('BRIEF_WRITE', target, `cannot write the brief: ${reason(e)}`)];
  }
  io.stdout(`${input} → ${target}`);
  return [];
}

function fileError(code: string, file: string, message: string): Diagnostic {
  return { code, severity: 'error', message, file, line: 1, column: 1 };
}

function reason(e: unknown): string {
  return e instanceof Error ? e.message.replace(/^[A-Z]+: /, '') : String(e);
}
