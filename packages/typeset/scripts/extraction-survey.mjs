#!/usr/bin/env node
// Copy-paste survey: each article of a corpus set as the specimen is (A4, Amiri 14 pt, justified),
// then its text extracted with poppler's pdftotext (when installed) and with pdf.js, and scored as
// copy-measure.mjs scores it (two-word phrases found, words in reading order). Measures only;
// nothing here tunes the engine.
// Usage: extraction-survey.mjs [corpus dir ...]   (after the build; default: the ../shared/corpus sets)
//   VERBOSE=1 prints every article's figures.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { layoutParagraph, loadAmiri, renderPdf, toPdfmake } from '../dist/index.js';
import { copyFigures, pdfjsText, pdftotextText } from './copy-measure.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const shared = process.env.WARRAQ_SHARED ?? join(here, '../../../../shared');
const dirs = process.argv.slice(2);
if (dirs.length === 0)
  dirs.push(join(shared, 'corpus/antcorpus-jawharafm'), join(shared, 'corpus/saudinewsnet'));

const stack = loadAmiri();
const width = 595.28 - 2 * 56.69;
const tmp = mkdtempSync(join(tmpdir(), 'warraq-survey-'));
const scores = { pdftotext: { phrases: [], words: [] }, 'pdf.js': { phrases: [], words: [] } };
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
      const file = join(tmp, 'a.pdf');
      writeFileSync(file, pdf);
      const row = [name];
      const extracted = { 'pdf.js': await pdfjsText(pdf), pdftotext: pdftotextText(file) };
      for (const [tool, out] of Object.entries(extracted)) {
        if (out === undefined) continue;
        const f = copyFigures(text, out, tool);
        scores[tool].phrases.push(f.phrases);
        scores[tool].words.push(f.words);
        row.push(`${tool} ${(f.phrases * 100).toFixed(1)} / ${(f.words * 100).toFixed(1)}`);
      }
      if (process.env.VERBOSE) console.log(row.join('  '));
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
const pct = (x) => `${(x * 100).toFixed(1)} %`;
for (const [tool, figures] of Object.entries(scores)) {
  for (const [figure, xs] of Object.entries(figures)) {
    if (xs.length === 0) continue;
    const sorted = [...xs].sort((a, b) => a - b);
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    console.log(
      `${tool} ${figure === 'phrases' ? 'phrases found' : 'words in reading order'}: ${xs.length} articles, ` +
        `mean ${pct(mean)}, median ${pct(sorted[Math.floor(xs.length / 2)])}, min ${pct(sorted[0])}, ` +
        `below 95 %: ${xs.filter((x) => x < 0.95).length}`,
    );
  }
}
