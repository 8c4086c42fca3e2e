import { describe, expect, it } from 'vitest';
import { type PlanGlyph, type PlanPosition, planGlyphs } from '../src/pdf/glyph-plan.js';

// Synthetic runs in visual order, as fontkit returns them (1000 units per em).
const g = (id: number, text: string): PlanGlyph => ({
  id,
  codePoints: [...text].map((c) => c.codePointAt(0)!),
});
const at = (xAdvance: number, advanceWidth = xAdvance, xOffset = 0, yOffset = 0): PlanPosition => ({
  xAdvance,
  advanceWidth,
  xOffset,
  yOffset,
});
const read = (cps: readonly number[]) => String.fromCodePoint(...cps);

describe('planGlyphs', () => {
  it('draws a mark as ink and reads it with the base it sits on (right-to-left: visual order)', () => {
    // "أنّه" → visual: ه, shadda (on ن), ن, أ
    const plan = planGlyphs(
      [g(1, 'ه'), g(2, 'ّ'), g(3, 'ن'), g(4, 'أ')],
      [at(379), at(0, 0, -149), at(190), at(234)],
      {
        rtl: true,
      },
    );
    expect(plan.ink).toEqual([{ glyph: g(2, 'ّ'), x: 379 - 149, y: 0 }]);
    expect(plan.text.map((t) => read(t.text))).toEqual(['ه', 'ّن', 'أ']);
    expect(plan.text.map((t) => [t.x, t.invisible])).toEqual([
      [0, false],
      [379, false],
      [569, false],
    ]);
  });

  it('reads left-to-right marks after their base, in order', () => {
    const plan = planGlyphs([g(1, 'e'), g(2, '\u0301'), g(3, 'x')], [at(500), at(0, 0, -250), at(500)], {
      rtl: false,
    });
    expect(plan.text.map((t) => read(t.text))).toEqual(['e\u0301', 'x']);
  });

  it('reads a glyph narrower than 0.11 em with its neighbour and draws it as ink only', () => {
    // "إيجاد" → visual: د, ا, ج (55 units), ي, إ: ج is read with ي, which comes before it
    const plan = planGlyphs(
      [g(1, 'د'), g(2, 'ا'), g(3, 'ج'), g(4, 'ي'), g(5, 'إ')],
      [at(450), at(229), at(55), at(587), at(217)],
      { rtl: true },
    );
    expect(plan.ink.map((i) => i.glyph.id)).toEqual([3]);
    expect(plan.text.map((t) => read(t.text))).toEqual(['د', 'ا', 'جي', 'إ']);
  });

  it('adds nothing for an ink-only glyph that stands for no visible character', () => {
    const plan = planGlyphs([g(1, ' '), g(2, 'ل')], [at(0, 292), at(175)], { rtl: true });
    expect(plan.text.map((t) => read(t.text))).toEqual(['ل']);
  });

  it('draws a moved glyph as ink where it belongs and as invisible text halfway between its neighbours', () => {
    // "سوريا" → visual: ا, ي, ر (moved 122 right, 122 more advance than its width), و, س
    const plan = planGlyphs(
      [g(1, 'ا'), g(2, 'ي'), g(3, 'ر'), g(4, 'و'), g(5, 'س')],
      [at(229), at(190), at(521, 399, 122), at(345), at(568)],
      { rtl: true },
    );
    expect(plan.ink).toEqual([{ glyph: g(3, 'ر'), x: 419 + 122, y: 0 }]);
    const r = plan.text[2]!;
    expect(r.invisible).toBe(true);
    const gapBefore = r.x - 419;
    const gapAfter = 419 + 521 - (r.x + r.width);
    expect(gapBefore).toBeCloseTo(gapAfter);
    expect(gapBefore).toBeLessThan(100); // poppler's word break is 0.1 em
    expect(plan.text.filter((t) => t.invisible)).toHaveLength(1);
  });

  it('keeps every glyph of an ordinary word as visible text where pdfkit puts it', () => {
    const plan = planGlyphs([g(1, 'م'), g(2, 'ل'), g(3, 'ع')], [at(300), at(200, 180), at(250)], {
      rtl: true,
    });
    expect(plan.ink).toEqual([]);
    expect(plan.text.map((t) => [t.x, t.invisible])).toEqual([
      [0, false],
      [300, false],
      [500, false],
    ]);
  });

  it('asks what to read before the leftmost glyph, given what it reads', () => {
    const plan = planGlyphs([g(1, '4'), g(2, '2')], [at(500), at(500)], {
      rtl: false,
      prefix: (leftmost) => (read(leftmost) === '4' ? [0x200f] : []),
    });
    expect(plan.text.map((t) => read(t.text))).toEqual(['\u200f4', '2']);
  });
});
