import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../../test-support/shared-data.js';
import { copyFigures, foreignCodePoints } from '../scripts/copy-measure.mjs';
import { layoutParagraph, loadAmiri, renderPdf, toPdfmake } from '../src/index.js';
import { paragraphsOf, pdfjsText } from './fixtures.js';

const sets = ['saudinewsnet', 'antcorpus-jawharafm'].map((d) => sharedPath('corpus', d));
const hasShared = (() => {
  try {
    return sets.every((d) => readdirSync(d).some((f) => f.endsWith('.txt')));
  } catch {
    return false;
  }
})();

describe.skipIf(!hasShared)(
  'copy-paste over the 200 shared articles, pdf.js (needs ../shared/corpus: put the shared data beside the clone or set WARRAQ_SHARED)',
  () => {
    it('finds ≥ 95 % of phrases and words in reading order on average, and nothing but the source’s own characters', async () => {
      const stack = loadAmiri();
      const phrases: number[] = [];
      const words: number[] = [];
      const debris: string[] = [];
      for (const dir of sets) {
        for (const name of readdirSync(dir)
          .filter((f) => f.endsWith('.txt'))
          .sort()) {
          const text = readFileSync(join(dir, name), 'utf8');
          const content = paragraphsOf(text).map((p) =>
            toPdfmake(layoutParagraph(p, stack, { width: 483, fontSize: 14 })),
          );
          if (content.length === 0) continue;
          const extracted = await pdfjsText(
            await renderPdf(stack, { pageSize: 'A4', pageMargins: 56, content }),
            '',
          );
          const figures = copyFigures(text, extracted, 'pdf.js');
          phrases.push(figures.phrases);
          words.push(figures.words);
          const foreign = foreignCodePoints(text, extracted, 'pdf.js');
          if (foreign.length > 0) debris.push(`${name}: ${foreign.map((c) => c.toString(16)).join(' ')}`);
        }
      }
      const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
      expect(phrases.length).toBe(200);
      expect(mean(phrases)).toBeGreaterThanOrEqual(0.95);
      expect(mean(words)).toBeGreaterThanOrEqual(0.95);
      expect(debris).toEqual([]);
    }, 900_000);
  },
);
