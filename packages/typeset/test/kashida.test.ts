import { describe, expect, it } from 'vitest';
import { layoutParagraph, loadAmiri, renderPdf, toPdfmake } from '../src/index.js';
import { kashidaSite } from '../src/layout/kashida.js';
import { firstArticle, paragraphsOf, pdfjsText } from './fixtures.js';

const stack = loadAmiri();

describe('kashida justification', () => {
  it('prefers the connection after seen/sad and never goes inside lam-alef', () => {
    expect(kashidaSite('السلام')).toEqual({ at: 3, priority: 1 }); // ال|س|ـلام
    expect(kashidaSite('لا')).toBeUndefined();
    expect(kashidaSite('ملاك')!.at).toBe(1); // م ـ لا ك: the only place not inside لا
    expect(kashidaSite('دار')).toBeUndefined(); // no letter joins forward
    expect(kashidaSite('مدرسة')).toEqual({ at: 4, priority: 1 });
    expect(kashidaSite('كلمـة')).toBeUndefined(); // already lengthened by its author
  });

  it('puts a tatweel after a letter and its marks, not between them', () => {
    const site = kashidaSite('بَلَد')!;
    expect('بَلَد'.slice(0, site.at)).toMatch(/\p{M}$/u);
  });

  it('lengthens words before widening spaces, keeps lines full, and never copies a tatweel', async () => {
    const paragraphs = paragraphsOf(firstArticle());
    let added = 0;
    let plainStretch = 0;
    let kashidaStretch = 0;
    const content = paragraphs.map((p) => {
      const plain = layoutParagraph(p, stack, { width: 483, fontSize: 14 });
      const laid = layoutParagraph(p, stack, { width: 483, fontSize: 14, kashida: true });
      for (const [i, line] of laid.lines.entries()) {
        if (line.justified) expect(line.width).toBeCloseTo(483 - 0.05, 6);
        for (const piece of line.pieces) {
          added += piece.kashida ?? 0;
          if (piece.isSpace) kashidaStretch += piece.characterSpacing * (piece.text.length - 1);
        }
        for (const piece of plain.lines[i]?.pieces ?? [])
          if (piece.isSpace) plainStretch += piece.characterSpacing * (piece.text.length - 1);
      }
      return toPdfmake(laid);
    });
    expect(added).toBeGreaterThan(10);
    expect(kashidaStretch).toBeLessThan(plainStretch);
    const text = await pdfjsText(await renderPdf(stack, { pageSize: 'A4', pageMargins: 56, content }), ' ');
    const sourceTatweels = (firstArticle().match(/\u0640/g) ?? []).length;
    expect((text.match(/\u0640/g) ?? []).length).toBe(sourceTatweels);
  });
});
