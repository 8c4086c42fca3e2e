import { join } from 'node:path';
import { loadArticle } from '@warraq/parser/corpus';
import { type Diagnostic, formatDiagnostic } from '@warraq/schema';
import type { FontStack } from '@warraq/typeset';
import type { BriefArgs } from './args.js';
import { renderBrief } from './brief.js';
import { fileError, type Io, reason } from './cli.js';
import { writeFileAtomic } from './write-atomic.js';

/** Read, parse, compose, render and write the brief of one article; the problems that stopped it. */
export async function briefOne(
  input: string,
  args: Extract<BriefArgs, { kind: 'run' }>,
  stack: FontStack,
  io: Io,
): Promise<Diagnostic[]> {
  io.progress?.update(`${input}: reading`, 0, 1);
  const loaded = loadArticle(input, 'ar');
  if (loaded.kind === 'problem') {
    io.progress?.done();
    return loaded.diagnostics;
  }
  const doc = loaded.article.document;
  for (const d of doc.diagnostics) if (d.severity !== 'info') io.stderr(formatDiagnostic(d));
  const target = args.out ?? join(args.outDir!, `${doc.id}.pdf`);
  try {
    const pdf = await renderBrief(doc, stack, {
      ...(args.kashida !== undefined ? { kashida: args.kashida } : {}),
      // after the last paragraph, pdfmake places and draws the pages (no progress of its own)
      onProgress: (done, total) =>
        io.progress?.update(
          `${input}: ${done < total ? 'laying out paragraphs' : 'setting the pages'}`,
          done,
          total,
        ),
    });
    io.progress?.update(`${input}: writing`, 1, 1);
    writeFileAtomic(target, pdf);
  } catch (e) {
    return [fileError('BRIEF_WRITE', target, `cannot write the brief: ${reason(e)}`)];
  } finally {
    io.progress?.done();
  }
  io.stdout(`${input} → ${target}`);
  return [];
}
