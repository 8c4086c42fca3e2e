import { describe, expect, it } from 'vitest';
import { popplerClass } from '../src/pdf/poppler-reading.js';
import { type DrawnPiece, planTextLayer, textLayerOperators } from '../src/pdf/text-layer.js';

const SIZE = 10;
/** A right-to-left word piece at x (points) of width w. */
const rtl = (source: string, x: number, width: number): DrawnPiece => ({
  x,
  width,
  fontSize: SIZE,
  source,
  start: -x, // right to left: the piece further right comes first
  level: 1,
  isSpace: false,
});
const space = (x: number, width: number): DrawnPiece => ({ ...rtl(' ', x, width), isSpace: true });
const text = (codePoints: readonly number[]) => String.fromCodePoint(...codePoints);

describe('planTextLayer', () => {
  it('writes right-to-left words reversed, left to right, with the gaps pdf.js reads as one space', () => {
    // "قال الوزير" drawn right to left: الوزير on the left, قال on the right
    const plan = planTextLayer([rtl('الوزير', 0, 30), space(30, 3), rtl('قال', 33, 15)])!;
    expect(plan.words.map((w) => text(w.codePoints))).toEqual(['ريزولا', 'لاق']);
    expect(plan.words[1]!.x).toBeCloseTo(33); // poppler sees the same gap
    // pdf.js reads them in reading order
    expect(text(plan.order.map((c) => c.codePoint))).toBe('قالالوزير');
    expect(plan.order.map((c) => c.spaceBefore)).toEqual([
      false,
      false,
      false,
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('keeps every gap between words between 0.12 and 0.55 em', () => {
    const wide = planTextLayer([rtl('ب', 0, 10), space(10, 20), rtl('ا', 30, 10)])!;
    expect(wide.words[1]!.x - 10).toBeCloseTo(0.55 * SIZE);
    const tight = planTextLayer([rtl('ب', 0, 10), space(10, 0.5), rtl('ا', 10.5, 10)])!;
    expect(tight.words[1]!.x - 10).toBeCloseTo(0.12 * SIZE);
  });

  it('shows poppler no gap where its reordering would carry the space into a number run', () => {
    // "بلينكين، وشارك": the comma word is on the right (read first); poppler would copy " ،"
    const plan = planTextLayer([rtl('وشارك', 0, 30), space(30, 3), rtl('بلينكين،', 33, 40)])!;
    expect(text(plan.words[1]!.codePoints)).toBe('،نيكنيلب');
    expect(plan.words[1]!.x).toBeCloseTo(30); // touching the word on its left, for poppler
    expect(plan.order.find((c) => c.spaceBefore)?.codePoint).toBe('و'.codePointAt(0)); // pdf.js keeps its space
  });

  it('shows poppler number punctuation after a left-to-right run on the run’s right ("2020،")', () => {
    const digits: DrawnPiece = { ...rtl('2020', 10, 20), start: 0, level: 2 };
    const comma: DrawnPiece = { ...rtl('،', 5, 5), start: 4 };
    const plan = planTextLayer([comma, digits])!;
    expect(text(plan.words[0]!.codePoints)).toBe('2020،');
    // pdf.js still reads it in reading order, the comma an item of its own (a direction change)
    expect(text(plan.order.map((c) => c.codePoint))).toBe('2020،');
    const ops = textLayerOperators(plan, 0, 'F1', {
      code: (c) => c.toString(16).padStart(4, '0'),
      width: 250,
    });
    expect(ops).toContain('<0030> Tj\n/Span BMC EMC\n<060c> Tj');
  });

  it('makes every character at least 0.11 em wide (poppler reads closer starts as duplicates)', () => {
    const plan = planTextLayer([rtl('محمد', 0, 2)])!;
    expect(plan.words[0]!.width).toBeGreaterThanOrEqual(4 * 0.11 * SIZE);
  });

  it('writes nothing for a line of spaces', () => {
    expect(planTextLayer([space(0, 3)])).toBeUndefined();
  });
});

describe('popplerClass', () => {
  it('classes characters as poppler 22.12’s reorderText does', () => {
    expect(
      ['ب', 'A', '4', '٤', '،', ':', '-', ' ', '(', 'ً', '؛'].map((c) => popplerClass(c.codePointAt(0)!)),
    ).toEqual(['R', 'L', '#', '#', '#', '#', '#', 'N', 'N', 'N', 'R']);
  });
});

describe('textLayerOperators', () => {
  it('writes one invisible text object in reading order, marks apart, a space that pdf.js alone moves on by word spacing', () => {
    const plan = planTextLayer([rtl('وشارك', 0, 30), space(30, 3), rtl('بلينكين،', 33, 40)])!;
    const ops = textLayerOperators(plan, 700, 'F1', {
      code: (c) => c.toString(16).padStart(4, '0'),
      width: 250,
    });
    // reading order: first the first letter of the comma word (on the right; poppler sees it
    // touching the word on its left, so its 8 characters share 30–73 pt), the last of its cells
    expect(ops.startsWith('BT\n/F1 10 Tf\n3 Tr\n1 0 0 1 67.625 700 Tm')).toBe(true);
    // then a marked-content boundary, where pdf.js ends the item, before the space
    expect(ops).toContain('<060c>] TJ\n/Span BMC EMC\n');
    expect(ops.match(/ Tm/g)).toHaveLength(1);
    // the space and its take-back leave poppler's pen where the comma word starts (no gap); word
    // spacing, set for that space only, moves pdf.js's pen on by a positive amount
    const between = /\n([\d.]+) Tw\n\[<0020> ([\d.-]+)\] TJ\n0 Tw\n/.exec(ops);
    expect(between).not.toBeNull();
    expect(Number(between![1])).toBeGreaterThan(0);
    expect(ops.endsWith('100 Tz\n0 Tr\nET')).toBe(true);
  });
});
