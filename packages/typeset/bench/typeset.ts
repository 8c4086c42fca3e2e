import { availableParallelism, loadavg } from 'node:os';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { allFacesForBench, layoutParagraph, loadAmiri, paragraphs, renderPdf, toPdfmake } from './engine.js';

const MARGIN = 56.69; // 2 cm
const MEASURE = 595.28 - 2 * MARGIN;
const RUNS = 30;
/** runs before timing: the word caches fill over the first few documents */
const WARMUP = 10;

/** The article with `run` appended to every paragraph (undefined: the article as it is). */
function article(run: number | undefined): string[] {
  return run === undefined ? paragraphs : paragraphs.map((p) => `${p} ${run}`);
}

interface Timed {
  pdf: Uint8Array;
  fontsMs: number;
  layoutMs: number;
  renderMs: number;
}

async function ours(paras: string[]): Promise<Timed> {
  const t0 = performance.now();
  const stack = loadAmiri();
  const t1 = performance.now();
  const content = paras.map((p) => toPdfmake(layoutParagraph(p, stack, { width: MEASURE, fontSize: 14 })));
  const t2 = performance.now();
  const pdf = await renderPdf(stack, { pageSize: 'A4', pageMargins: MARGIN, content });
  return { pdf, fontsMs: t1 - t0, layoutMs: t2 - t1, renderMs: performance.now() - t2 };
}

function typstSource(paras: string[]): string {
  const escapeTypst = (s: string) => s.replace(/[\\#*_$@<>[\]`=~/-]/g, (c) => `\\${c}`);
  return [
    '#set page(paper: "a4", margin: 2cm)',
    '#set text(font: "Amiri", size: 14pt, lang: "ar", dir: rtl)',
    '#set par(justify: true)',
    '',
    ...paras.map((p) => `${escapeTypst(p)}\n`),
  ].join('\n');
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const first = await ours(article(undefined));
const coldMs = first.fontsMs + first.layoutMs + first.renderMs;

interface OursFigures {
  total: number;
  layout: number;
  cpu: number;
}
async function timeOurs(varied: boolean): Promise<OursFigures> {
  for (let i = 0; i < WARMUP; i++) await ours(article(varied ? -1 - i : undefined));
  const total: number[] = [];
  const cpu: number[] = [];
  const layout: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const paras = article(varied ? i : undefined);
    const t = performance.now();
    const c = process.cpuUsage();
    const r = await ours(paras);
    total.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
    layout.push(r.layoutMs);
  }
  return { total: median(total), layout: median(layout), cpu: median(cpu) };
}
const oursSame = await timeOurs(false);
const oursVaried = await timeOurs(true);

const compiler = NodeCompiler.create({
  fontArgs: [{ fontBlobs: allFacesForBench().map((b) => Buffer.from(b)) }],
});
const typstOnce = (source: string): Buffer => compiler.pdf({ mainFileContent: source });
const typstCold0 = performance.now();
const typstPdf = typstOnce(typstSource(article(undefined)));
const typstColdMs = performance.now() - typstCold0;
function timeTypst(varied: boolean): number {
  for (let i = 0; i < WARMUP; i++) typstOnce(typstSource(article(varied ? -1 - i : undefined)));
  const xs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const source = typstSource(article(varied ? i : undefined));
    const t = performance.now();
    typstOnce(source);
    xs.push(performance.now() - t);
  }
  return median(xs);
}
const typstSame = timeTypst(false);
const typstVaried = timeTypst(true);

const f = (ms: number) => ms.toFixed(1);
console.log(`first corpus article, A4, Amiri 14 pt, median of ${RUNS} warm runs (node ${process.version})`);
console.log(
  `  @warraq/typeset + pdfmake, varied text: ${f(oursVaried.total)} ms (layout ${f(oursVaried.layout)} ms, pdfmake/pdfkit ${f(oursVaried.total - oursVaried.layout)} ms; CPU ${f(oursVaried.cpu)} ms)`,
);
console.log(
  `  @warraq/typeset + pdfmake, same text:   ${f(oursSame.total)} ms (layout ${f(oursSame.layout)} ms, pdfmake/pdfkit ${f(oursSame.total - oursSame.layout)} ms; CPU ${f(oursSame.cpu)} ms), ${first.pdf.length} bytes`,
);
console.log(`  Typst (typst-ts-node-compiler), varied text: ${f(typstVaried)} ms`);
console.log(`  Typst, same text (memoised: mostly cache hits): ${f(typstSame)} ms, ${typstPdf.length} bytes`);
console.log(
  `  ratio, varied text: ${(oursVaried.total / typstVaried).toFixed(1)}× Typst (same text: ${(oursSame.total / typstSame).toFixed(1)}×)`,
);
console.log(
  `  first document incl. font loading: ${coldMs.toFixed(0)} ms (fonts ${first.fontsMs.toFixed(0)} ms, layout ${first.layoutMs.toFixed(0)} ms, pdfmake/pdfkit ${first.renderMs.toFixed(0)} ms); Typst first compile: ${typstColdMs.toFixed(0)} ms`,
);
console.log(`  load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`);
console.log(`  target ≤ 100 ms warm: ${oursVaried.total <= 100 ? 'met' : 'NOT met'}`);
