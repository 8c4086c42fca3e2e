// The engine as the benchmark uses it (source, not dist, so it measures the code in the tree).
import { allFaces } from '../src/fonts/font-stack.js';
import { loadAmiri } from '../src/index.js';

export { layoutParagraph, loadAmiri, renderPdf, toPdfmake } from '../src/index.js';

/** The sfnt bytes of every Amiri face, for Typst. */
export function allFacesForBench(): Uint8Array[] {
  return allFaces(loadAmiri())
    .filter((f) => !f.file.includes('~'))
    .map((f) => f.bytes);
}
