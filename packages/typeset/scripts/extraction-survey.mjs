#!/usr/bin/env node
// Copy-paste survey: each article of a corpus set as the specimen is (A4, Amiri 14 pt, justified),
// then its text extracted with poppler's pdftotext (when installed) and with pdf.js, and scored as
// words in reading order (words-in-order.mjs). Measures only; nothing here tunes the engine.
// Usage: extraction-survey.mjs [corpus dir ...]   (after the build; default: ../shared/corpus sets)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { layoutParagraph, loadAmiri, renderPdf, toPdfmake } from '../dist/index.js';
import { wordsInOrder } from './words-in-order.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const shared = process.env.WARRAQ_SHARED ?? join(here, '../../../../shared');
const dirs = process.argv.slice(2);
if (dirs.length === 0)
  dirs.push(join(shared, 'corpus/antcorpus-jawharafm'), join(shared, 'corpus/saudinewsnet'));

const hasPdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

async function pdfjsText(pdf) {
  const doc = await getDocument({ data: pdf.slice(), verbosity: 0, useSystemFonts: false }).promise;
  let out = '';
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    for (const item of content.items) if ('str' in item) out += item.str + (item.hasEOL ? '\n' : '');
    out += '\n';
  }
  await doc.destroy();
  return out;
}

const stack = loadAmiri();
const width = 595.28 - 2 * 56.69;
const tmp = mkdtempSync(join(tmpdir(), 'warraq-survey-'));
const scores = { pdftotext: [], 'pdf.js': [] };
try {
  for (const dir of dirs) {
    for (const name of readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()) {
      const text = readFileSync(join(dir, name), 'utf8');
      const paragraphs = text.split(/\r?\n/).filter((p) => p.trim() !== '');
      if (paragraphs.length === 0) continue;
      const content = paragraphs.map((p) => toPdfmake(layoutParagraph(p, stack, { width, fontSize: 14 })));
      const pdf = await renderPdf(stack, { pageSize: 'A4', pageMargins: 56.69, content });
      const row = [name];
      if (hasPdftotext) {
        writeFileSync(join(tmp, 'a.pdf'), pdf);
        execFileSync('pdftotext', [join(tmp, 'a.pdf'), join(tmp, 'a.txt')]);
        const share = wordsInOrder(text, readFileSync(join(tmp, 'a.txt'), 'utf8'));
        scores.pdftotext.push(share);
        row.push(`pdftotext ${(share * 100).toFixed(1)}`);
      }
      const share = wordsInOrder(text, await pdfjsText(pdf));
      scores['pdf.js'].push(share);
      row.push(`pdf.js ${(share * 100).toFixed(1)}`);
      if (process.env.VERBOSE) console.log(row.join('  '));
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
for (const [tool, xs] of Object.entries(scores)) {
  if (xs.length === 0) continue;
  const sorted = [...xs].sort((a, b) => a - b);
  const pct = (x) => `${(x * 100).toFixed(1)} %`;
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  console.log(
    `${tool}: ${xs.length} articles, mean ${pct(mean)}, median ${pct(sorted[Math.floor(xs.length / 2)])}, ` +
      `min ${pct(sorted[0])}, below 95 %: ${xs.filter((x) => x < 0.95).length}`,
  );
}
