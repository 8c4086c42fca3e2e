#!/usr/bin/env node
// Render the specimen the golden pages are made from: the first corpus article through the engine
// alone (A4, Amiri 14 pt, justified), so the goldens change only when typesetting changes, never
// when the parser recognises more. Usage: specimen.mjs <article.txt> <out.pdf> (after the build)
import { readFileSync, writeFileSync } from 'node:fs';
import { heading, layoutParagraph, loadAmiri, pageFurniture, renderPdf, toPdfmake } from '../dist/index.js';

const [input, output] = process.argv.slice(2);
if (input === undefined || output === undefined) {
  console.error('usage: specimen.mjs <article.txt> <out.pdf>');
  process.exit(2);
}
const stack = loadAmiri();
const margin = 56.69;
const width = 595.28 - 2 * margin;
const paragraphs = readFileSync(input, 'utf8')
  .split(/\r?\n/)
  .filter((p) => p.trim() !== '');
const content = [
  heading(stack, 'عيّنة تنضيد: Amiri 14 (وراق)', { width, fontSize: 14, level: 1 }),
  ...paragraphs.map((p) => ({
    ...toPdfmake(layoutParagraph(p, stack, { width, fontSize: 14 })),
    margin: [0, 0, 0, 7],
  })),
];
const furniture = pageFurniture(stack, {
  pageWidth: 595.28,
  margins: [margin, margin],
  fontSize: 10,
  digits: 'arabic-indic',
  footer: (page, pages) => `صفحة ${page} من ${pages}`,
});
writeFileSync(output, await renderPdf(stack, { pageSize: 'A4', pageMargins: margin, content, ...furniture }));
