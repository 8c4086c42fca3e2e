import type { Content } from 'pdfmake/interfaces.js';
import { describe, expect, it } from 'vitest';
import {
  anchor,
  guardLines,
  heading,
  keepWithNext,
  layoutParagraph,
  loadAmiri,
  paragraph,
  type TextSpan,
} from '../src/index.js';

const stack = loadAmiri();

/** The source text of each line of a laid-out paragraph. */
function lineTexts(p: ReturnType<typeof layoutParagraph>): string[] {
  return p.lines.map((l) => p.text.slice(l.start, l.end));
}

describe('keep-together spans', () => {
  const before = 'وقال المتحدث إن الاجتماع الذي عقد في';
  const date = '4 حزيران 2020';
  const after = 'انتهى ببيان مشترك.';

  it('never ends a line inside a span marked keep, at any measure', () => {
    for (let width = 90; width <= 330; width += 6) {
      const spans: TextSpan[] = [{ text: `${before} ` }, { text: date, keep: true }, { text: ` ${after}` }];
      const p = layoutParagraph(spans, stack, { width, fontSize: 14 });
      const texts = lineTexts(p);
      expect(
        texts.some((t) => t.includes(date)),
        `width ${width}: ${JSON.stringify(texts)}`,
      ).toBe(true);
    }
  });

  it('keeps adjacent kept spans as one run (a date whose year is a span of its own)', () => {
    for (let width = 90; width <= 330; width += 6) {
      const spans: TextSpan[] = [
        { text: `${before} ل` },
        { text: 'عام ', keep: true },
        { text: '2021', keep: true, bold: true },
        { text: ` ${after}` },
      ];
      const texts = lineTexts(layoutParagraph(spans, stack, { width, fontSize: 14 }));
      expect(
        texts.some((t) => t.includes('لعام 2021')),
        `width ${width}`,
      ).toBe(true);
    }
  });

  it('breaks inside the same words when they are not marked (the rule is what keeps them)', () => {
    let broken = 0;
    for (let width = 90; width <= 330; width += 6) {
      const p = layoutParagraph(`${before} ${date} ${after}`, stack, { width, fontSize: 14 });
      if (!lineTexts(p).some((t) => t.includes(date))) broken++;
    }
    expect(broken).toBeGreaterThan(0);
  });

  it('still cuts a kept span wider than the measure rather than overflowing', () => {
    const p = layoutParagraph([{ text: 'محمد بن عبد الرحمن بن عبد العزيز آل سعود', keep: true }], stack, {
      width: 80,
      fontSize: 14,
    });
    expect(p.lines.length).toBeGreaterThan(1);
    expect(p.diagnostics).toEqual([]);
  });
});

/** Lines of a (possibly grouped) stack, with how each is grouped: 'u' inside an unbreakable group. */
function groups(content: readonly Content[]): number[] {
  return content.map((c) => {
    const node = c as { stack?: Content[]; unbreakable?: boolean };
    return node.unbreakable === true ? node.stack!.length : 0;
  });
}

describe('page rules', () => {
  const line = (n: number): Content => ({ text: `line ${n}` });
  it('keeps the first two and the last two lines of a paragraph together', () => {
    const out = guardLines([1, 2, 3, 4, 5, 6, 7].map(line));
    expect(groups(out)).toEqual([2, 0, 0, 0, 2]);
  });

  it('keeps a paragraph of three lines whole, a single line as it is', () => {
    expect(groups(guardLines([1, 2, 3].map(line)))).toEqual([3]);
    expect(guardLines([line(1)])).toEqual([line(1)]);
  });

  it('keeps a heading with the first lines of what follows, margins where they were', () => {
    const h = heading(stack, 'عنوان', { width: 300, fontSize: 14 });
    expect(h.unbreakable).toBe(true);
    const body = paragraph(stack, 'كلام '.repeat(200), { width: 300, fontSize: 14 }, [0, 5, 0, 9]);
    const kept = keepWithNext(h, body) as { stack: Content[] };
    const together = kept.stack[0] as { stack: Content[]; unbreakable: boolean };
    expect(together.unbreakable).toBe(true);
    expect(together.stack[0]).toBe(h);
    expect((together.stack[1] as { margin: number[] }).margin).toEqual([0, 5, 0, 0]);
    expect((kept.stack[1] as { margin: number[] }).margin).toEqual([0, 0, 0, 9]);
    // no line lost or doubled
    const count = (c: Content): number => {
      const n = c as { stack?: Content[]; text?: unknown };
      return n.stack !== undefined ? n.stack.reduce<number>((s, x) => s + count(x), 0) : 1;
    };
    expect(count(kept.stack[1]!) + count(together.stack[1]!)).toBe(count(body));
  });

  it('anchors a named destination and an outline entry on the first line; #name links go there', () => {
    const h = anchor(heading(stack, 'عنوان', { width: 300, fontSize: 14 }), { name: 'a1', outline: 'عنوان' });
    const first = (h.stack[0] as { stack: Content[] }).stack?.[0] ?? h.stack[0];
    expect(first).toMatchObject({ id: 'a1', outline: true, outlineText: 'عنوان' });
    const p = paragraph(stack, [{ text: 'انظر ' }, { text: 'الخبر', link: '#a1' }], {
      width: 300,
      fontSize: 14,
    });
    const inlines = JSON.stringify(p);
    expect(inlines).toContain('"linkToDestination":"a1"');
    expect(inlines).not.toContain('"link":"#a1"');
  });
});
