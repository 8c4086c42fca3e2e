import { join } from 'node:path';
import type { ParseOptions } from '@warraq/parser';
import { type Diagnostic, formatDiagnostic } from '@warraq/schema';
import type { TeiOptions } from '@warraq/tei';
import type { FontStack } from '@warraq/typeset';
import type { BriefArgs } from './args.js';
import { renderBrief } from './brief.js';
import { fileError, type Io, reason } from './cli.js';
import type { ArchivalChoice } from './definition.js';
import { loadArticleAsArchived, locatedAt } from './load-article.js';
import { writeFileAtomic } from './write-atomic.js';

/** What every PDF of one run shares: its CreationDate, printed date (ISO day) and TEI options. */
export interface RunDates {
  readonly madeAt: Date;
  readonly date: string;
  readonly tei: TeiOptions;
}

/** Read, parse, compose, render and write the brief of one article; the problems that stopped it. */
export async function briefOne(
  input: string,
  args: Extract<BriefArgs, { kind: 'run' }>,
  stack: FontStack,
  io: Io,
  dates: Partial<RunDates> & Pick<ArchivalChoice, 'attachTei'> & { names?: ParseOptions['names'] } = {},
): Promise<Diagnostic[]> {
  io.progress?.update(`${input}: reading`, 0, 1);
  const loaded = loadArticleAsArchived(input, 'ar', dates.names === undefined ? {} : { names: dates.names });
  if (loaded.kind === 'problem') {
    io.progress?.done();
    return loaded.diagnostics;
  }
  const doc = loaded.article.document;
  const located = locatedAt(input);
  for (const d of doc.diagnostics) if (d.severity !== 'info') io.stderr(formatDiagnostic(located(d)));
  if (dates.attachTei === false && args.pdfa === '3b')
    io.stderr(
      formatDiagnostic({
        code: 'BRIEF_NO_TEI',
        severity: 'warning',
        message:
          'the article is over 1 MB, too large to encode its TEI in the memory a large brief is given: this brief carries no TEI',
        file: input,
        line: 1,
        column: 1,
      }),
    );
  const target = args.out ?? join(args.outDir!, `${doc.id}.pdf`);
  try {
    const pdf = await renderBrief(doc, stack, {
      ...dates,
      pdfa: args.pdfa,
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
