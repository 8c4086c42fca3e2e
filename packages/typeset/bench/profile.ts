import { layoutParagraph, loadAmiri, paragraphs, renderPdf, toPdfmake } from './engine.js';

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
