#!/usr/bin/env node
// What a reader gets when copying text out of a PDF, scored against the text that was set.
// Two figures per extractor (poppler's pdftotext, pdf.js with items joined as its text layer
// joins them):
// - phrases found: the share of the source's two-word phrases (neighbouring words of a paragraph,
//   joined by one space, as a reader types them into a search box) found in the extracted text;
// - words in reading order: the longest common subsequence of the extracted text's words over the
//   source's words, as a share of the source's words.
// A word is a run of non-whitespace characters. Only what the extractor itself adds is undone:
// line and page ends become one space, and for pdftotext its own embedding codes U+202A–U+202E
// are removed. Every other character the PDF puts into the text is kept (an invisible mark glued
// to a word makes it a different word), so debris a producer adds is counted against it.
// Usage: copy-measure.mjs <source.txt> <file.pdf> [minimum percent]
//   prints the four figures; with a minimum, exits 1 when any figure is below it (pdftotext
//   figures only when pdftotext is installed).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** The words of each paragraph (line) of a text. */
export function paragraphWords(text) {
  return text
    .split(/\r?\n/)
    .map((line) => line.split(/\s+/u).filter((w) => w !== ''))
    .filter((words) => words.length > 0);
}

/** Undo what an extractor adds: line and page ends (and pdftotext's embedding codes). */
export function asSearched(extracted, extractor) {
  const text = extractor === 'pdftotext' ? extracted.replace(/[\u202a-\u202e]/g, '') : extracted;
  return text.replace(/[\r\n\f]+/g, ' ');
}

/** Share (0–1) of the source's two-word phrases found as typed in the extracted text. */
export function phrasesFound(source, extracted, extractor) {
  const haystack = asSearched(extracted, extractor);
  let total = 0;
  let found = 0;
  for (const words of paragraphWords(source)) {
    for (let i = 0; i + 1 < words.length; i++) {
      total++;
      if (haystack.includes(`${words[i]} ${words[i + 1]}`)) found++;
    }
  }
  return total === 0 ? 1 : found / total;
}

export function lcsLength(a, b) {
  let prev = new Uint32Array(b.length + 1);
  let cur = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++)
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** Share (0–1) of the source's words found in reading order, every character kept. */
export function wordsInReadingOrder(source, extracted, extractor) {
  const src = paragraphWords(source).flat();
  const out = asSearched(extracted, extractor)
    .split(/\s+/u)
    .filter((w) => w !== '');
  return src.length === 0 ? 1 : lcsLength(src, out) / src.length;
}

/**
 * The code points of the extracted text (less the extractor's own additions) that the source does
 * not hold, other than space and line ends: debris a producer adds (marks, joiners, tatweel).
 */
export function foreignCodePoints(source, extracted, extractor) {
  const allowed = new Set(Array.from(source, (c) => c.codePointAt(0)));
  allowed.add(0x20);
  const own = extractor === 'pdftotext' ? extracted.replace(/[\u202a-\u202e\f]/g, '') : extracted;
  const foreign = new Set();
  for (const c of own.replace(/[\r\n]/g, ''))
    if (!allowed.has(c.codePointAt(0))) foreign.add(c.codePointAt(0));
  return [...foreign].sort((a, b) => a - b);
}

/** Both figures for one extraction. */
export function copyFigures(source, extracted, extractor) {
  return {
    phrases: phrasesFound(source, extracted, extractor),
    words: wordsInReadingOrder(source, extracted, extractor),
  };
}

/** pdftotext's text of a PDF file (default mode, UTF-8), or undefined when it is not installed. */
export function pdftotextText(pdfPath) {
  try {
    return execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' });
  } catch (error) {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * pdf.js's text of a PDF as its text layer copies it: items in content-stream order, joined with
 * nothing between them, a line end after each item that ends a line and after each page.
 */
export async function pdfjsText(pdf) {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: Uint8Array.from(pdf), verbosity: 0, useSystemFonts: false }).promise;
  let out = '';
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    for (const item of content.items) if ('str' in item) out += item.str + (item.hasEOL ? '\n' : '');
    out += '\n';
  }
  await doc.destroy();
  return out;
}

const pct = (x) => `${(x * 100).toFixed(1)} %`;

/** The four figures for a PDF file against its source text; pdftotext's are absent without it. */
export async function measurePdf(source, pdfPath) {
  const result = { 'pdf.js': copyFigures(source, await pdfjsText(readFileSync(pdfPath)), 'pdf.js') };
  const poppler = pdftotextText(pdfPath);
  if (poppler !== undefined) result.pdftotext = copyFigures(source, poppler, 'pdftotext');
  return result;
}

export function formatFigures(figures) {
  return Object.entries(figures)
    .map(([tool, f]) => `${tool}: phrases found ${pct(f.phrases)}, words in reading order ${pct(f.words)}`)
    .join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [sourceFile, pdfFile, min] = process.argv.slice(2);
  if (sourceFile === undefined || pdfFile === undefined) {
    console.error('usage: copy-measure.mjs <source.txt> <file.pdf> [minimum percent]');
    process.exit(2);
  }
  const figures = await measurePdf(readFileSync(sourceFile, 'utf8'), pdfFile);
  console.log(formatFigures(figures));
  if (figures.pdftotext === undefined) console.log('pdftotext: not installed (Debian poppler-utils)');
  if (min !== undefined) {
    const low = Object.values(figures).some(
      (f) => f.phrases * 100 < Number(min) || f.words * 100 < Number(min),
    );
    if (low) process.exit(1);
  }
}
