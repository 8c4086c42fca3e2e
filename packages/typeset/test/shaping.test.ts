import { describe, expect, it } from 'vitest';
import { hasShared, needsShared } from '../../../test-support/shared-data.js';
import { type FontStack, layoutParagraph, loadAmiri, shapeRun, type TextSpan } from '../src/index.js';
import { firstArticle, paragraphsOf, sharedFirstParagraphs } from './fixtures.js';
import { hbShape } from './harfbuzz.js';
import { getMirroredCharacter } from './mirror.js';

const stack = loadAmiri();

function faceOf(s: FontStack, familyName: string, bold: boolean, italics: boolean) {
  const name = familyName.replace(/~(mirrored|kashida)$/, '');
  const fam = s.families.find((f) => f.name === name)!;
  return fam.faces[bold ? (italics ? 'bolditalics' : 'bold') : italics ? 'italics' : 'normal'];
}

/** Shape every piece the engine draws for `texts` and count differences from HarfBuzz. */
function compare(texts: (string | TextSpan[])[], kashida = false): { runs: number; mismatches: string[] } {
  let runs = 0;
  const mismatches: string[] = [];
  for (const text of texts) {
    const p = layoutParagraph(text, stack, { width: 483, fontSize: 14, kashida });
    for (const piece of p.lines.flatMap((l) => l.pieces)) {
      if (piece.isSpace) continue;
      const face = faceOf(stack, piece.family, piece.bold, piece.italics);
      const run = shapeRun(face, piece.text);
      // HarfBuzz mirrors characters itself in an RTL buffer; give it the characters before mirroring.
      const hbInput =
        run.direction === 'rtl'
          ? [...piece.text].map((c) => getMirroredCharacter(c) ?? c).join('')
          : piece.text;
      const ref = hbShape(face, hbInput, run.direction);
      runs++;
      const ours = run.glyphs.map((g) => [g.id, g.xAdvance, g.yAdvance, g.xOffset, g.yOffset]);
      const theirs = ref.map((g) => [g.id, g.xAdvance, g.yAdvance, g.xOffset, g.yOffset]);
      if (JSON.stringify(ours) !== JSON.stringify(theirs))
        mismatches.push(`${piece.text}: ${JSON.stringify(ours)} ≠ ${JSON.stringify(theirs)}`);
    }
  }
  return { runs, mismatches };
}

describe('shaping matches HarfBuzz on the same font files', () => {
  it('every run of the first corpus article: 0 glyph or position mismatches', () => {
    const { runs, mismatches } = compare(paragraphsOf(firstArticle()));
    expect(runs).toBeGreaterThan(500);
    expect(mismatches).toEqual([]);
  });

  it('every run of the first corpus article set with kashida: 0 mismatches', () => {
    const { runs, mismatches } = compare(paragraphsOf(firstArticle()), true);
    expect(runs).toBeGreaterThan(500);
    expect(mismatches).toEqual([]);
  });

  it('own sentences with marks, lam-alef, digits, Latin and brackets', () => {
    const { mismatches } = compare([
      'لا إلهَ إلا اللهُ، قالَ الأستاذُ (في الدرسِ) إنّ «الإعلام» مهمٌّ.',
      'بلغ العدد ١٢٣٤٥ شخصاً في عام 2021، وفقاً لـ Reuters [المصدر].',
    ]);
    expect(mismatches).toEqual([]);
  });

  it('a style change inside a word keeps the joined forms (zero width joiners), as HarfBuzz shapes them', () => {
    const spans: TextSpan[] = [
      { text: 'قال ل' },
      { text: 'لعام', color: '#1c4f8c' },
      { text: 'ين كاملين', bold: true },
    ];
    const { runs, mismatches } = compare([spans]);
    expect(runs).toBeGreaterThan(4);
    expect(mismatches).toEqual([]);
  });
});

describe.skipIf(!hasShared('corpus'))(
  needsShared('corpus', 'shaping of the 200 shared articles matches HarfBuzz'),
  () => {
    it('every run of the first paragraph of each of the 200 shared articles: 0 mismatches', () => {
      const paragraphs = sharedFirstParagraphs();
      expect(paragraphs.length).toBe(200);
      const { runs, mismatches } = compare(paragraphs.map((p) => p.text));
      expect(runs).toBeGreaterThan(1500);
      expect(mismatches).toEqual([]);
    });
  },
);
