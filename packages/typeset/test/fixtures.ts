// Shared test helpers: the corpus texts the acceptance tests measure, and the reference reordering.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { repoRoot, sharedPath } from '../../../test-support/shared-data.js';

export const firstArticlePath = join(repoRoot, 'corpus/000_b7c19ba4b4690b72.txt');

export function firstArticle(): string {
  return readFileSync(firstArticlePath, 'utf8');
}

export function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** The first paragraph of each article in ../shared/corpus (empty when ../shared is absent). */
export function sharedFirstParagraphs(): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  for (const dir of ['saudinewsnet', 'antcorpus-jawharafm']) {
    let files: string[];
    try {
      files = readdirSync(sharedPath('corpus', dir));
    } catch {
      continue;
    }
    for (const f of files.filter((x) => x.endsWith('.txt')).sort()) {
      const first = paragraphsOf(readFileSync(sharedPath('corpus', dir, f), 'utf8'))[0];
      if (first !== undefined) out.push({ file: `${dir}/${f}`, text: first });
    }
  }
  return out;
}

/**
 * Reference for UAX #9 L2, written independently of the engine: from the highest level down to
 * the lowest odd level, reverse every maximal run at that level or higher.
 */
export function referenceVisualOrder(levels: ArrayLike<number>, start: number, end: number): number[] {
  const idx: number[] = [];
  const lv: number[] = [];
  for (let i = start; i < end; i++) {
    idx.push(i);
    lv.push(levels[i]!);
  }
  const max = Math.max(0, ...lv);
  const minOdd = Math.min(...lv.filter((l) => l % 2 === 1), max + 1);
  for (let level = max; level >= minOdd && level > 0; level--) {
    for (let i = 0; i < idx.length; ) {
      if (lv[i]! >= level) {
        let j = i;
        while (j < idx.length && lv[j]! >= level) j++;
        idx.splice(i, j - i, ...idx.slice(i, j).reverse());
        lv.splice(i, j - i, ...lv.slice(i, j).reverse());
        i = j;
      } else i++;
    }
  }
  return idx;
}

/** Text of a PDF as pdf.js gives it: items in content-stream order, a newline at each end of line. */
export async function pdfjsText(pdf: Uint8Array, separator = ''): Promise<string> {
  const doc = await getDocument({ data: pdf.slice(), verbosity: 0, useSystemFonts: false }).promise;
  let out = '';
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const content = await page.getTextContent();
    for (const item of content.items) {
      if (!('str' in item)) continue;
      out += item.str + (item.hasEOL ? '\n' : separator);
    }
    out += '\n';
  }
  await doc.destroy();
  return out;
}
