#!/usr/bin/env node
// The first corpus article set twice on A4 in Amiri 14 pt, justified, 2 cm margins: by this engine
// (pdfmake) and by Chromium (HTML, dir=rtl, text-align: justify, the @fontsource/amiri files,
// printed with `chromium --headless --print-to-pdf`). Page 1 of both, rasterised by pdftoppm, is
// written as one grey PNG: this engine on the LEFT, Chromium on the RIGHT. Also prints pdftotext's
// copy-paste figures for both PDFs (scripts/copy-measure.mjs: phrases found, words in reading
// order, with pdftotext and pdf.js).
// Needs the package built (dist), chromium and poppler-utils (Debian packages). Not part of CI.
// Usage: side-by-side.mjs [article.txt] [out.png] [dpi]
//   defaults: corpus/000_*.txt, packages/typeset/docs/side-by-side.png, 60
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deflateSync } from 'node:zlib';
import { layoutParagraph, loadAmiri, renderPdf, toPdfmake } from '../dist/index.js';
import { decodeGreyPng } from './compare-png.mjs';
import { formatFigures, measurePdf } from './copy-measure.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../../..');
const [argArticle, argOut, argDpi] = process.argv.slice(2);
const article =
  argArticle ??
  join(
    repo,
    'corpus',
    readdirSync(join(repo, 'corpus')).find((f) => /^000_.*\.txt$/.test(f)) ?? 'missing: corpus/000_*.txt',
  );
const out = argOut ?? join(here, '../docs/side-by-side.png');
const dpi = argDpi ?? '60';

const FONT_SIZE = 14; // pt
const MARGIN = 56.69; // 2 cm in pt
const PAGE_WIDTH = 595.28; // A4
const MEASURE = PAGE_WIDTH - 2 * MARGIN;
const PARAGRAPH_GAP = 7; // pt after each paragraph, both sides
const LINE_HEIGHT = 1.1; // the engine's default, as a factor of the font's ascent − descent

const source = readFileSync(article, 'utf8');
const paragraphs = source
  .split(/\r?\n/)
  .map((p) => p.trim())
  .filter((p) => p !== '');
const tmp = mkdtempSync(join(tmpdir(), 'side-by-side-'));

try {
  // 1. this engine
  const stack = loadAmiri();
  const oursPdf = join(tmp, 'ours.pdf');
  const content = paragraphs.map((p) => ({
    ...toPdfmake(layoutParagraph(p, stack, { width: MEASURE, fontSize: FONT_SIZE, lineHeight: LINE_HEIGHT })),
    margin: [0, 0, 0, PARAGRAPH_GAP],
  }));
  writeFileSync(oursPdf, await renderPdf(stack, { pageSize: 'A4', pageMargins: MARGIN, content }));

  // 2. Chromium: the @fontsource CSS with absolute file URLs, and font-display: block so that the
  // print never falls back to another font while Amiri loads
  const fontsource = dirname(createRequire(import.meta.url).resolve('@fontsource/amiri/package.json'));
  const css = ['400.css', '700.css', '400-italic.css', '700-italic.css']
    .map((f) => readFileSync(join(fontsource, f), 'utf8'))
    .join('\n')
    .replaceAll('url(./files/', `url(${pathToFileURL(join(fontsource, 'files')).href}/`)
    .replaceAll('font-display: swap', 'font-display: block');
  // the same line pitch as the engine: pdfmake's line height is (ascent − descent) × size × factor
  const font = stack.families[0].faces.normal.font;
  const lineHeight = ((font.ascent - font.descent) / font.unitsPerEm) * LINE_HEIGHT;
  const escapeHtml = (s) => s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]);
  const html = `<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><style>
${css}
@page { size: A4; margin: 2cm; }
html, body { margin: 0; }
body { font-family: 'Amiri'; font-size: ${FONT_SIZE}pt; line-height: ${lineHeight.toFixed(4)}; text-align: justify; }
p { margin: 0 0 ${PARAGRAPH_GAP}pt; }
</style></head><body>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</body></html>`;
  const htmlFile = join(tmp, 'article.html');
  writeFileSync(htmlFile, html);
  const chromiumPdf = join(tmp, 'chromium.pdf');
  execFileSync(
    'chromium',
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--allow-file-access-from-files',
      '--no-pdf-header-footer',
      '--virtual-time-budget=10000',
      `--user-data-dir=${join(tmp, 'profile')}`,
      `--print-to-pdf=${chromiumPdf}`,
      pathToFileURL(htmlFile).href,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );

  // 3. page 1 of both, grey, side by side (ours left), with a 12 px white gutter
  const page1 = (pdf, name) => {
    const prefix = join(tmp, name);
    execFileSync('pdftoppm', ['-gray', '-png', '-r', dpi, '-f', '1', '-l', '1', '-singlefile', pdf, prefix]);
    return decodeGreyPng(readFileSync(`${prefix}.png`));
  };
  const left = page1(oursPdf, 'ours');
  const right = page1(chromiumPdf, 'chromium');
  const gutter = 12;
  const width = left.width + gutter + right.width;
  const height = Math.max(left.height, right.height);
  const pixels = new Uint8Array(width * height).fill(255);
  for (let y = 0; y < height; y++) {
    if (y < left.height) pixels.set(left.pixels.subarray(y * left.width, (y + 1) * left.width), y * width);
    if (y < right.height)
      pixels.set(
        right.pixels.subarray(y * right.width, (y + 1) * right.width),
        y * width + left.width + gutter,
      );
    // a grey rule in the middle of the gutter
    pixels[y * width + left.width + gutter / 2] = 160;
  }
  writeFileSync(out, encodeGreyPng(width, height, pixels));

  // 4. what a reader copies out of each PDF
  console.log(`wrote ${out} (${width}×${height}): @warraq/typeset left, Chromium right`);
  console.log(`@warraq/typeset\n${formatFigures(await measurePdf(source, oursPdf))}`);
  console.log(`Chromium\n${formatFigures(await measurePdf(source, chromiumPdf))}`);
  const pages = (pdf) => /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1];
  console.log(`pages: @warraq/typeset ${pages(oursPdf)}, Chromium ${pages(chromiumPdf)}`);
  if (process.env.KEEP_PDFS) {
    writeFileSync(join(process.env.KEEP_PDFS, 'ours.pdf'), readFileSync(oursPdf));
    writeFileSync(join(process.env.KEEP_PDFS, 'chromium.pdf'), readFileSync(chromiumPdf));
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

/** An 8-bit greyscale PNG (filter 0 on every row). */
function encodeGreyPng(width, height, pixels) {
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) raw.set(pixels.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function crc32(bytes) {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}
