// The engine as the benchmark uses it (source, not dist, so it measures the code in the tree),
// and the article it sets.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allFaces } from '../src/fonts/font-stack.js';
import { loadAmiri } from '../src/index.js';

export { layoutParagraph, loadAmiri, renderPdf, toPdfmake } from '../src/index.js';

/** The sfnt bytes of every Amiri face, for Typst. */
export function allFacesForBench(): Uint8Array[] {
  return allFaces(loadAmiri()).map((f) => f.bytes);
}

/** the repository root: the first folder up from here that holds corpus/ */
function findRepo(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'corpus'))) return dir;
    if (dirname(dir) === dir) throw new Error('corpus/ not found above the bench');
  }
}

/** The paragraphs of the first corpus article. */
export const paragraphs = readFileSync(join(findRepo(), 'corpus/000_b7c19ba4b4690b72.txt'), 'utf8')
  .split('\n')
  .filter((p) => p.trim() !== '');
