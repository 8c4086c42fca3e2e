// Profile helper: N warm documents of the first corpus article, for `node --cpu-prof`.
// Run: node --import tsx --cpu-prof --cpu-prof-dir=/tmp/prof bench/profile.ts [runs]
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { layoutParagraph, loadAmiri, renderPdf, toPdfmake } from './engine.js';

/** the repository root: the first folder up from here that holds corpus/ */
function findRepo(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'corpus'))) return dir;
    if (dirname(dir) === dir) throw new Error('corpus/ not found above the bench');
  }
}
const repo = findRepo();
const text = readFileSync(join(repo, 'corpus/000_b7c19ba4b4690b72.txt'), 'utf8');
const paragraphs = text.split('\n').filter((p) => p.trim() !== '');
const MARGIN = 56.69;
const MEASURE = 595.28 - 2 * MARGIN;
const runs = Number(process.argv[2] ?? 50);

async function one(): Promise<Uint8Array> {
  const stack = loadAmiri();
  const content = paragraphs.map((p) =>
    toPdfmake(layoutParagraph(p, stack, { width: MEASURE, fontSize: 14 })),
  );
  return renderPdf(stack, { pageSize: 'A4', pageMargins: MARGIN, content });
}

const t0 = performance.now();
await one();
console.log(`first ${(performance.now() - t0).toFixed(0)} ms`);
const t1 = performance.now();
for (let i = 0; i < runs; i++) await one();
console.log(`${runs} warm: ${((performance.now() - t1) / runs).toFixed(1)} ms each`);
