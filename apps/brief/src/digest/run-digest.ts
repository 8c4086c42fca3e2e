import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Diagnostic } from '@warraq/schema';
import { formatDiagnostic, type WarraqDocument } from '@warraq/schema';
import { type FontStack, renderPdf } from '@warraq/typeset';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { madeAt } from '../archival/made-at.js';
import type { BriefArgs } from '../args.js';
import type { RunDates } from '../brief-one.js';
import type { Io } from '../cli.js';
import { writeFileAtomic } from '../write-atomic.js';
import { articleAnchor, composeDigest, type DigestOptions } from './compose-digest.js';
import { gatherArticles } from './gather.js';
import { nameIndex } from './index-of-names.js';

/**
 * A full garbage collection before each layout: parsing's leftovers, then the first layout's
 * content and pdfmake's structures for it, are garbage by then, but V8 would rather grow the heap
 * than collect them while the next layout allocates as much again, so the peak would hold both
 * (measured on the 200 shared articles: 699–713 MB max RSS without, 573 MB with one collection). (`--expose-gc` set at run
 * time makes `gc` available to new contexts; the flag changes nothing else.)
 */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (() => void) | undefined;
  gc?.();
}

/** Thrown from pdfmake's page-break hook once every anchor's page is known: the first layout stops before drawing. */
class PagesKnown extends Error {}

/**
 * Where each anchor of a digest falls, from pdfmake's own layout: its page-break hook sees every
 * laid-out node with its pages, in document order; the index heading is the last anchor, so the
 * layout is stopped there and nothing is drawn.
 */
async function anchorPages(stack: FontStack, definition: TDocumentDefinitions): Promise<Map<string, number>> {
  const pages = new Map<string, number>();
  const hooked: TDocumentDefinitions = {
    ...definition,
    pageBreakBefore: (node) => {
      const id = (node as { id?: string }).id;
      if (id !== undefined && node.pageNumbers[0] !== undefined) pages.set(id, node.pageNumbers[0]);
      if (id === 'index') throw new PagesKnown();
      return false;
    },
  };
  try {
    await renderPdf(stack, hooked);
  } catch (e) {
    if (!(e instanceof PagesKnown)) throw e;
  }
  return pages;
}

/** A digest PDF of documents: composed twice, the second time with the pages the first layout found. */
export async function renderDigest(
  docs: readonly WarraqDocument[],
  stack: FontStack,
  options: DigestOptions & { onStage?: (stage: string) => void } = {},
): Promise<Uint8Array> {
  const index = nameIndex(docs, articleAnchor);
  // one CreationDate for both layouts
  const fixed = { ...options, madeAt: options.madeAt ?? madeAt(process.env) };
  collectGarbage(); // what parsing 200 articles left behind
  options.onStage?.('first layout (finding pages)');
  const pages = await anchorPages(
    stack,
    composeDigest(docs, stack, index, () => undefined, fixed),
  );
  collectGarbage();
  options.onStage?.('setting the pages');
  return renderPdf(
    stack,
    composeDigest(docs, stack, index, (a) => pages.get(a), fixed),
    fixed.madeAt,
  );
}

/** warraq-brief --digest: gather, compose, write atomically; exit 1 when an input was bad or nothing could be read. */
export async function runDigest(
  args: Extract<BriefArgs, { kind: 'digest' }>,
  stack: FontStack,
  io: Io,
  dates: Partial<RunDates> = {},
): Promise<number> {
  const gathered = gatherArticles(args.inputs, 'ar', (n, file) =>
    io.progress?.update(`reading ${file}`, n, n),
  );
  io.progress?.done();
  const errors: Diagnostic[] = gathered.diagnostics.filter((d) => d.severity === 'error');
  for (const d of gathered.diagnostics) io.stderr(formatDiagnostic(d));
  const docs = gathered.articles.map((a) => a.document);
  if (docs.length === 0) {
    io.stderr('warraq-brief: no article could be read: no digest written');
    return 1;
  }
  let stage = '';
  const pdf = await renderDigest(docs, stack, {
    ...dates,
    pdfa: args.pdfa,
    ...(args.kashida !== undefined ? { kashida: args.kashida } : {}),
    onStage: (s) => {
      stage = s;
      io.progress?.update(stage, 0, docs.length);
    },
    onArticle: (done, total) => io.progress?.update(stage, done, total),
  });
  io.progress?.done();
  try {
    writeFileAtomic(args.out, pdf);
  } catch (e) {
    io.stderr(
      `${args.out}:1:1: error BRIEF_WRITE: cannot write the digest: ${e instanceof Error ? e.message : String(e)}`,
    );
    return 1;
  }
  io.stdout(`${docs.length} article${docs.length === 1 ? '' : 's'} → ${args.out}`);
  return errors.length > 0 ? 1 : 0;
}
