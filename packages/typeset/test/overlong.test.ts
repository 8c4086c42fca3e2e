import { describe, expect, it } from 'vitest';
import { layoutParagraph, loadAmiri, renderPdf, toPdfmake } from '../src/index.js';
import type { LaidOutParagraph } from '../src/layout/types.js';
import { pdfjsText } from './fixtures.js';

const stack = loadAmiri();

/** A 300-character URL with no UAX #14 break opportunity after its query's start. */
function longUrl(): string {
  let token = '';
  for (let i = 0; token.length < 300; i++) token += `Kx7${i % 10}qZ`;
  return `https://example.org/d?t=${token}`.slice(0, 300);
}

/** The paragraph's text as the lines hold it, in logical order, each line's pieces by position. */
function linesText(p: LaidOutParagraph): string[] {
  return p.lines.map((line) =>
    [...line.pieces]
      .sort((a, b) => a.start - b.start)
      .map((piece) => (piece.isSpace ? ' ' : piece.source))
      .join(''),
  );
}

/** The lines' text with what lies between two lines (the spaces a break swallows) put back. */
function rejoined(p: LaidOutParagraph): string {
  const texts = linesText(p);
  return texts
    .map((t, k) => t + (k + 1 < p.lines.length ? p.text.slice(p.lines[k]!.end, p.lines[k + 1]!.start) : ''))
    .join('');
}

describe('over-long words: emergency breaks', () => {
  const url = longUrl();
  const text = `قال المتحدث إن التقرير الكامل منشور على ${url} وسيحدث لاحقا.`;

  it('a 300-character URL in an Arabic paragraph at 14 pt on a narrow measure stays within the measure', () => {
    expect(url).toHaveLength(300);
    for (const width of [120, 150, 300]) {
      const p = layoutParagraph(text, stack, { width, fontSize: 14 });
      expect(p.diagnostics).toEqual([]);
      for (const line of p.lines) expect(line.width).toBeLessThanOrEqual(width);
      // complete and in order: the lines' pieces give the text back, nothing lost or doubled
      expect(rejoined(p)).toBe(text);
      // the URL was cut only where a line ends
      expect(linesText(p).join('')).toContain(url);
      // each line's range follows the last one with nothing skipped but the break's space
      for (let k = 1; k < p.lines.length; k++)
        expect(text.slice(p.lines[k - 1]!.end, p.lines[k]!.start).trim()).toBe('');
    }
  });

  it('cuts a URL only between grapheme clusters (a base and its combining mark stay together)', () => {
    const accented = `https://example.org/${'e\u0301'.repeat(120)}`;
    const p = layoutParagraph(accented, stack, { width: 100, fontSize: 14 });
    for (const line of p.lines) {
      const s = accented.slice(line.start, line.end);
      expect(s.startsWith('\u0301')).toBe(false);
    }
    expect(linesText(p).join('')).toBe(accented);
  });

  it('cuts an Arabic word only where its letters are not joined, and reports what still overflows', () => {
    // at 40 pt on a 60 pt measure: مستشفياتنا is cut after its alef (ا does not join forward);
    // the part مستشفيا cannot be cut without changing shapes, so it overflows and is reported
    const p = layoutParagraph('كلمة مستشفياتنا أخرى', stack, { width: 60, fontSize: 40 });
    const lines = p.lines.map((l) => p.text.slice(l.start, l.end));
    expect(lines).toContain('مستشفيا');
    for (const l of lines) expect(l.length).toBeGreaterThan(0);
    expect(rejoined(p)).toBe(p.text);
    const cutInsideJoin = p.lines.some((l, k) => {
      if (k === 0) return false;
      const before = p.text[p.lines[k - 1]!.end - 1]!;
      return p.lines[k - 1]!.end === l.start && /[بتثجحخسشصضطظعغفقكلمنهي]/.test(before);
    });
    expect(cutInsideJoin).toBe(false);
    expect(p.diagnostics.length).toBeGreaterThan(0);
    expect(p.diagnostics[0]).toMatchObject({ code: 'OVERFULL_LINE', severity: 'warning' });
    expect(p.text.slice(p.diagnostics[0]!.start, p.diagnostics[0]!.end)).toBe('مستشفيا');
    expect(p.diagnostics[0]!.excess).toBeGreaterThan(0);
  });

  it('a paragraph that fits is not touched: no diagnostics, no cuts inside words', () => {
    const p = layoutParagraph('ذهب الولد إلى المدرسة', stack, { width: 300, fontSize: 14 });
    expect(p.diagnostics).toEqual([]);
    expect(p.lines).toHaveLength(1);
  });

  it('the URL copies whole from the PDF (pdf.js), lines joined', async () => {
    const width = 150;
    const p = layoutParagraph(text, stack, { width, fontSize: 14 });
    const pdf = await renderPdf(stack, { pageSize: 'A5', pageMargins: 40, content: [toPdfmake(p)] });
    const extracted = (await pdfjsText(pdf)).replace(/[\s\u200e\u200f]+/g, '');
    expect(extracted).toContain(url);
  });
});
