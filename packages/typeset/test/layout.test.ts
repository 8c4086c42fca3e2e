import { describe, expect, it } from 'vitest';
import { embeddingLevels } from '../src/bidi/bidi.js';
import { layoutParagraph, loadAmiri } from '../src/index.js';
import { firstArticle, paragraphsOf, referenceVisualOrder } from './fixtures.js';

const stack = loadAmiri();
const opts = { width: 300, fontSize: 14 } as const;

/** The words of a line as drawn left to right (whitespace pieces dropped, adjacent pieces joined). */
function visualWords(p: ReturnType<typeof layoutParagraph>, line: number): string[] {
  const words: string[] = [];
  let cur = '';
  for (const piece of p.lines[line]!.pieces) {
    if (piece.isSpace) {
      if (cur) words.push(cur);
      cur = '';
    } else cur += piece.source;
  }
  if (cur) words.push(cur);
  return words;
}

describe('layoutParagraph: bidi', () => {
  it('draws an Arabic sentence right to left, words in logical order inside', () => {
    const p = layoutParagraph('ذهب الولد إلى المدرسة', stack, { ...opts, align: 'start' });
    expect(p.direction).toBe('rtl');
    expect(p.lines).toHaveLength(1);
    expect(visualWords(p, 0)).toEqual(['المدرسة', 'إلى', 'الولد', 'ذهب']);
  });

  it('keeps a Latin name and a number left to right inside Arabic', () => {
    const p = layoutParagraph('قال John Smith إن العدد 2254 كبير', stack, { ...opts, align: 'start' });
    expect(visualWords(p, 0)).toEqual(['كبير', '2254', 'العدد', 'إن', 'John', 'Smith', 'قال']);
  });

  it('mirrors brackets at odd levels and draws them from a font that has the mirrored glyph', () => {
    const p = layoutParagraph('تنظيم الدولة (داعش).', stack, { ...opts, align: 'start' });
    const drawn = p.lines[0]!.pieces.map((x) => x.text).join('');
    expect(drawn.startsWith('.')).toBe(true); // the full stop ends the sentence: leftmost
    const open = p.lines[0]!.pieces.find((x) => x.source === '(')!;
    expect(open.text).toBe(')');
    expect(open.mirrored).toBe(true);
    expect(open.family).toBe('Amiri-latin'); // the arabic subset has no brackets
  });

  it('sets a whole LTR paragraph left to right', () => {
    const p = layoutParagraph('The coalition (in Brussels) met.', stack, { ...opts, align: 'start' });
    expect(p.direction).toBe('ltr');
    expect(visualWords(p, 0)).toEqual(['The', 'coalition', '(in', 'Brussels)', 'met.']);
    expect(p.lines[0]!.pieces.every((x) => !x.mirrored)).toBe(true);
  });

  it('carries inline styles, colours, sizes and links across bidi runs', () => {
    const p = layoutParagraph(
      [
        { text: 'انظر ' },
        { text: 'موقع BBC', bold: true, color: '#1a5fb4', link: 'https://www.bbc.com/arabic' },
        { text: ' اليوم', fontSize: 18 },
      ],
      stack,
      { ...opts, align: 'start' },
    );
    const pieces = p.lines[0]!.pieces;
    const bbc = pieces.find((x) => x.source === 'BBC')!;
    expect(bbc).toMatchObject({ bold: true, color: '#1a5fb4', link: 'https://www.bbc.com/arabic' });
    expect(pieces.find((x) => x.source === 'موقع')!.bold).toBe(true);
    expect(pieces.find((x) => x.source === 'اليوم')!.fontSize).toBe(18);
    expect(visualWords(p, 0)).toEqual(['اليوم', 'BBC', 'موقع', 'انظر']);
  });

  it('matches a reference L2 reordering on every line of the first corpus article', () => {
    let lines = 0;
    for (const text of paragraphsOf(firstArticle())) {
      const p = layoutParagraph(text, stack, { width: 483, fontSize: 14 });
      const levels = embeddingLevels(p.text, 'auto').levels;
      for (const line of p.lines) {
        // the engine's visual order of characters, read back from its pieces
        const engine = line.pieces.flatMap((piece) => {
          const idx: number[] = [];
          for (let i = piece.start; i < piece.end; i++) if (!/[\u200e\u200f]/.test(p.text[i]!)) idx.push(i);
          return piece.level % 2 === 1 ? idx.reverse() : idx;
        });
        const reference = referenceVisualOrder(levels, line.start, line.end).filter(
          (i) => !/[\u200e\u200f]/.test(p.text[i]!),
        );
        expect(engine).toEqual(reference);
        lines++;
      }
    }
    expect(lines).toBeGreaterThan(30);
  });
});

describe('layoutParagraph: breaking and justification', () => {
  const text = paragraphsOf(firstArticle());

  it('fills every justified line to the measure less the 0.05 pt slack, and no line overflows', () => {
    for (const t of text) {
      const p = layoutParagraph(t, stack, { width: 483, fontSize: 14 });
      for (const line of p.lines) {
        if (line.justified) expect(line.width).toBeCloseTo(483 - 0.05, 6);
        else expect(line.width).toBeLessThanOrEqual(483);
      }
      expect(p.lines.at(-1)!.justified).toBe(false);
    }
  });

  it('sets fewer loose lines with optimal breaking than greedy (first corpus article, 3 measures)', () => {
    const loose = (breaking: 'optimal' | 'greedy'): number => {
      let n = 0;
      for (const width of [300, 400, 483])
        for (const t of text)
          for (const line of layoutParagraph(t, stack, { width, fontSize: 14, breaking }).lines)
            if (line.justified && line.ratio > 0.5) n++;
      return n;
    };
    const optimal = loose('optimal');
    const greedy = loose('greedy');
    expect(optimal).toBeLessThan(greedy);
  });

  it('breaks only at UAX #14 opportunities and keeps every character of the paragraph', () => {
    const t = 'هذه جملة طويلة نسبياً تحتوي على كلمات كثيرة، وأرقام مثل 2021 و٣٥، وعلامات (مثل هذه) «وهذه».';
    const p = layoutParagraph(t, stack, { width: 120, fontSize: 14 });
    expect(p.lines.length).toBeGreaterThan(3);
    const kept = p.lines.map((l) => t.slice(l.start, l.end)).join(' ');
    expect(kept).toBe(t);
  });
});
