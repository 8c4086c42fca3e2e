// Benchmark: the first corpus article as an A4 page set in Amiri 14 pt, warm and in-process,
// against Typst (typst-ts-node-compiler) in the same run, plus the first document including font
// loading. Run: npm run bench -w @warraq/typeset
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { allFacesForBench, layoutParagraph, loadAmiri, renderPdf, toPdfmake } from './engine.js';

const repo = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const text = readFileSync(join(repo, 'corpus/000_b7c19ba4b4690b72.txt'), 'utf8');
const paragraphs = text.split('\n').filter((p) => p.trim() !== '');
const MARGIN = 56.69; // 2 cm
const MEASURE = 595.28 - 2 * MARGIN;
const RUNS = 20;
/** runs before timing: the word caches fill over the first few documents */
const WARMUP = 5;

async function ours(): Promise<{ pdf: Uint8Array; layoutMs: number }> {
  const stack = loadAmiri();
  const t0 = performance.now();
  const content = paragraphs.map((p) =>
    toPdfmake(layoutParagraph(p, stack, { width: MEASURE, fontSize: 14 })),
  );
  const layoutMs = performance.now() - t0;
  const pdf = await renderPdf(stack, { pageSize: 'A4', pageMargins: MARGIN, content });
  return { pdf, layoutMs };
}

function typstSource(): string {
  const escapeTypst = (s: string) => s.replace(/[\\#*_$@<>[\]`=~/-]/g, (c) => `\\${c}`);
  return [
    '#set page(paper: "a4", margin: 2cm)',
    '#set text(font: "Amiri", size: 14pt, lang: "ar", dir: rtl)',
    '#set par(justify: true)',
    '',
    ...paragraphs.map((p) => `${escapeTypst(p)}\n`),
  ].join('\n');
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const cold0 = performance.now();
const first = await ours();
const coldMs = performance.now() - cold0;

for (let i = 0; i < WARMUP; i++) await ours();
const oursMs: number[] = [];
const oursCpuMs: number[] = [];
const layoutMs: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const t = performance.now();
  const cpu = process.cpuUsage();
  const r = await ours();
  oursMs.push(performance.now() - t);
  const used = process.cpuUsage(cpu);
  oursCpuMs.push((used.user + used.system) / 1000);
  layoutMs.push(r.layoutMs);
}

const compiler = NodeCompiler.create({
  fontArgs: [{ fontBlobs: allFacesForBench().map((b) => Buffer.from(b)) }],
});
const source = typstSource();
const typstOnce = (): Buffer => compiler.pdf({ mainFileContent: source });
const typstCold0 = performance.now();
const typstPdf = typstOnce();
const typstColdMs = performance.now() - typstCold0;
for (let i = 0; i < WARMUP; i++) typstOnce();
const typstMs: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const t = performance.now();
  typstOnce();
  typstMs.push(performance.now() - t);
}

const o = median(oursMs);
const ty = median(typstMs);
console.log(`first corpus article, A4, Amiri 14 pt, median of ${RUNS} warm runs (node ${process.version})`);
console.log(
  `  @warraq/typeset + pdfmake: ${o.toFixed(1)} ms (layout ${median(layoutMs).toFixed(1)} ms, pdfmake/pdfkit ${(o - median(layoutMs)).toFixed(1)} ms), ${first.pdf.length} bytes`,
);
console.log(
  `  (CPU time of one run: ${median(oursCpuMs).toFixed(1)} ms; load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores)`,
);
console.log(`  Typst (typst-ts-node-compiler): ${ty.toFixed(1)} ms, ${typstPdf.length} bytes`);
console.log(`  ratio: ${(o / ty).toFixed(1)}× Typst`);
console.log(
  `  first document incl. font loading: ${coldMs.toFixed(0)} ms (Typst first compile: ${typstColdMs.toFixed(0)} ms)`,
);
console.log(`  target ≤ 100 ms warm: ${o <= 100 ? 'met' : 'NOT met'}`);
