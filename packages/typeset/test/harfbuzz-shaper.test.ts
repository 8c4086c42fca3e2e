import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasShared, needsShared, sharedPath } from '../../../test-support/shared-data.js';
import { type FontStack, layoutParagraph, loadAmiri, useHarfBuzz } from '../src/index.js';
import { harfBuzzRun } from '../src/layout/harfbuzz-shaper.js';
import { fontkitRun } from '../src/layout/shape.js';
import { firstArticle, paragraphsOf } from './fixtures.js';
import { freshStack, renderFirstArticle } from './fresh-stack.js';

const amiri = loadAmiri();

function faceOf(s: FontStack, familyName: string, bold: boolean, italics: boolean) {
  const fam = s.families.find((f) => f.name === familyName.replace(/~(mirrored|kashida)$/, ''))!;
  return fam.faces[bold ? (italics ? 'bolditalics' : 'bold') : italics ? 'italics' : 'normal'];
}

/** Every distinct piece the engine draws for `texts`, shaped by fontkit and by HarfBuzz. */
function differences(texts: string[]): { pieces: number; differing: string[] } {
  const seen = new Set<string>();
  const differing: string[] = [];
  for (const kashida of [false, true])
    for (const text of texts)
      for (const piece of layoutParagraph(text, amiri, { width: 483, fontSize: 14, kashida }).lines.flatMap(
        (l) => l.pieces,
      )) {
        const face = faceOf(amiri, piece.family, piece.bold, piece.italics);
        const key = `${piece.family} ${piece.bold} ${piece.italics} ${piece.text}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const ours = harfBuzzRun(face, piece.text);
        if (JSON.stringify(ours) !== JSON.stringify(fontkitRun(face, piece.text))) differing.push(piece.text);
      }
  return { pieces: seen.size, differing };
}

describe('shaping with HarfBuzz (useHarfBuzz)', () => {
  it('is off until asked for, then gives the same PDF bytes as fontkit', async () => {
    expect(harfBuzzRun(amiri.families[0]!.faces.normal, 'قال')).toBeUndefined();
    const withFontkit = await renderFirstArticle(freshStack());
    await useHarfBuzz();
    const withHarfBuzz = await renderFirstArticle(freshStack());
    expect(withHarfBuzz.length).toBeGreaterThan(10_000);
    expect(Buffer.compare(withHarfBuzz, withFontkit)).toBe(0);
  });

  it("gives fontkit's run for every piece of the first article, with and without kashida", async () => {
    await useHarfBuzz();
    const { pieces, differing } = differences(paragraphsOf(firstArticle()));
    expect(pieces).toBeGreaterThan(350);
    expect(differing).toEqual([]);
  });

  it('and for mirrored brackets, digits, Latin, marks and lam-alef', async () => {
    await useHarfBuzz();
    const { differing } = differences([
      'لا إلهَ إلا اللهُ، قالَ الأستاذُ (في الدرسِ) إنّ «الإعلام» مهمٌّ.',
      'بلغ العدد ١٢٣٤٥ شخصاً في عام 2021، وفقاً لـ Reuters [المصدر] {نص} <وسم>.',
    ]);
    expect(differing).toEqual([]);
    // an Arabic run holding brackets the engine has already mirrored (drawn characters, rule L4):
    // HarfBuzz would mirror them again, or not, by what the face holds; fontkit shapes these
    for (const f of amiri.families)
      for (const drawn of ['قال)نعم(', 'هو]المصدر[', 'نص>وسم<'])
        expect(harfBuzzRun(f.faces.normal, drawn)).toBeUndefined();
    // characters no face of the stack has, in every subset: the same .notdef glyphs
    for (const f of amiri.families)
      for (const text of ['x\u{1F600}y', 'ab\u4E2Dc', 'قال\u4E2D'])
        expect(harfBuzzRun(f.faces.normal, text)).toEqual(fontkitRun(f.faces.normal, text));
  });
});

describe.skipIf(!hasShared('corpus'))(
  needsShared('corpus', 'HarfBuzz against fontkit on the 200 shared articles'),
  () => {
    it("gives fontkit's run for every distinct piece of the 200 shared articles", async () => {
      await useHarfBuzz();
      const texts: string[] = [];
      for (const dir of ['saudinewsnet', 'antcorpus-jawharafm'])
        for (const f of readdirSync(sharedPath('corpus', dir)).filter((x) => x.endsWith('.txt')))
          texts.push(...paragraphsOf(readFileSync(sharedPath('corpus', dir, f), 'utf8')));
      const { pieces, differing } = differences(texts);
      expect(pieces).toBeGreaterThan(15_000);
      expect(differing).toEqual([]);
      // ~10 s alone; over 120 s when the whole suite shares two busy cores (it timed out so once)
    }, 600_000);
  },
);
