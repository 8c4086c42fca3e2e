// Amiri parsed anew, and the first article rendered with it: for tests of what a process keeps
// between runs (face caches, shapers), which must not find runs an earlier render left in memory.
import {
  type FontStack,
  faceFromBytes,
  family,
  layoutParagraph,
  loadAmiri,
  renderPdf,
  toPdfmake,
} from '../src/index.js';
import { firstArticle, paragraphsOf } from './fixtures.js';

/** Amiri parsed anew: faces whose runs no process-level map holds yet (as in a new process). */
export function freshStack(): FontStack {
  const again = (face: { file: string; bytes: Uint8Array }) => faceFromBytes(face.file, face.bytes);
  return {
    families: loadAmiri().families.map((f) =>
      family(f.name, {
        normal: again(f.faces.normal),
        bold: again(f.faces.bold),
        italics: again(f.faces.italics),
        bolditalics: again(f.faces.bolditalics),
      }),
    ),
  };
}

/** The first article's paragraphs set with `stack`, as a PDF. */
export async function renderFirstArticle(stack: FontStack): Promise<Buffer> {
  const content = paragraphsOf(firstArticle()).map((p) =>
    toPdfmake(layoutParagraph(p, stack, { width: 483, fontSize: 14 })),
  );
  return Buffer.from(await renderPdf(stack, { pageSize: 'A4', pageMargins: 56, content }));
}
