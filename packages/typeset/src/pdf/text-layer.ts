/**
 * What a line copies as: an invisible text layer (render mode 3, as OCR tools write over a scanned
 * page) holding exactly the characters of the text being set, over glyphs drawn as ink only
 * (see ink.ts). Extractors read this layer and nothing else, so the copied text is the source's
 * characters, one space between words and a line end between lines: no glyph a font inserts, no
 * tatweel added by justification, brackets as written, no mark of our own.
 *
 * How the two families of extractors rebuild text decides how the layer is written:
 * - pdf.js (Firefox) reads glyphs in content-stream order and gathers them into items, starting a
 *   new one at a backward move of more than 0.2 em, a forward gap of more than 0.6 em, a font
 *   change or a marked-content boundary, and adds a space at a gap of 0.102–0.6 em; then it
 *   applies the Unicode bidi algorithm to each item on its own, taking the item as visual order.
 * - poppler (pdftotext, Evince) gathers glyphs into words by position (a gap of more than 0.1 em
 *   or a start less than 0.1 em after the previous glyph's starts a new word), words into lines,
 *   puts a space where words are apart, and reverses the right-to-left runs of each line.
 * So each line is one text object, one font and size, written left to right in visual order: every
 * word's characters spread evenly over the word's box (reversed for right-to-left runs, so both
 * extractors' reordering gives them back in logical order), every gap between words kept between
 * 0.12 and 0.55 em, so pdf.js sees one item per line with a space at each gap and poppler one word
 * per word. Pure: boxes in, a plan out.
 */

import bidiFactory from 'bidi-js';

/** A piece of a line as drawn, in visual order. */
export interface DrawnPiece {
  /** left edge and width of its ink, points */
  readonly x: number;
  readonly width: number;
  readonly fontSize: number;
  /** the source text it stands for, in logical order */
  readonly source: string;
  /** UAX #9 level: odd is right-to-left */
  readonly level: number;
  readonly isSpace: boolean;
}

/** A word of the layer: its characters left to right and the box they are spread over. */
export interface LayerWord {
  readonly codePoints: readonly number[];
  /** where poppler sees it: left edge and width, points */
  readonly x: number;
  readonly width: number;
  /** the gap pdf.js must see before it, points (the first word has none) */
  readonly pdfjsGap: number;
}

export interface TextLayerPlan {
  /** the size every character of the line is written at */
  readonly fontSize: number;
  readonly words: readonly LayerWord[];
}

/** pdf.js adds a space at a gap of 0.102–0.6 em; poppler at 0.03 em and more, up to 1.5 em. */
const MIN_GAP = 0.12;
const MAX_GAP = 0.55;
/**
 * Before a word whose first character (left to right) is a combining mark: pdf.js does not check
 * where a mark is drawn, so it would put the space of the gap after the mark. There the space
 * character written between words gives pdf.js its space, and the gap pdf.js sees stays under its
 * 0.102 em.
 */
const GAP_BEFORE_MARK = 0.06;
/** poppler takes a character that starts within 0.1 em of the previous one's start for a duplicate. */
const MIN_ADVANCE = 0.11;

const COMBINING = /^\p{M}$/u;
/**
 * A combining mark (Unicode category M). poppler sees marks as characters like any other; pdf.js
 * reads them in place, without checking where they are drawn and without moving its pen.
 */
export const isCombining = (c: number): boolean => COMBINING.test(String.fromCodePoint(c));

const bidi = bidiFactory();
/**
 * How poppler (TextOutputDev's reorderText, 22.12) classes a character when it reverses the
 * right-to-left runs of a line: R (right-to-left letters), L, # (digits and the separators and
 * terminators around numbers: , . : / - + % and the Arabic comma), or neutral.
 */
export function popplerClass(c: number): 'R' | 'L' | '#' | 'N' {
  const type = bidi.getBidiCharTypeName(String.fromCodePoint(c));
  if (type === 'R' || type === 'AL') return 'R';
  if (type === 'L') return 'L';
  return ['EN', 'AN', 'ES', 'ET', 'CS'].includes(type) ? '#' : 'N';
}

/**
 * poppler cannot copy a space that follows a number, a Latin word or a number separator and
 * precedes right-to-left letters ("بلينكين، وشارك", "2020 قال"): its reordering moves the space
 * into the left-to-right run, so the text comes out as "بلينكين ،وشارك", breaking the phrase before
 * as well as the one across. Seen from the left, that is a gap with a right-to-left letter on its
 * left and one of those on its right. There poppler is shown no gap ("بلينكين،وشارك": only the
 * phrase across is lost) while pdf.js still sees its space (see textLayerOperators).
 */
function popplerLosesSpace(left: readonly number[], right: readonly number[]): boolean {
  const a = left.at(-1);
  const b = right[0];
  if (a === undefined || b === undefined) return false;
  const after = popplerClass(b);
  return popplerClass(a) === 'R' && (after === 'L' || after === '#');
}

/** The words of a line, in visual order, with their characters as they must be written. */
export function planTextLayer(pieces: readonly DrawnPiece[]): TextLayerPlan | undefined {
  const drawn = pieces.filter((p) => p.isSpace || p.source.length > 0);
  if (drawn.every((p) => p.isSpace)) return undefined;
  const fontSize = Math.max(...drawn.map((p) => p.fontSize));
  const boxes: { codePoints: number[]; left: number; right: number }[] = [];
  let open = false;
  for (const piece of drawn) {
    if (piece.isSpace) {
      open = false;
      continue;
    }
    const chars = Array.from(piece.source, (c) => c.codePointAt(0)!);
    if (piece.level % 2 === 1) chars.reverse();
    const last = boxes.at(-1);
    if (open && last !== undefined) {
      last.codePoints.push(...chars);
      last.right = Math.max(last.right, piece.x + piece.width);
    } else boxes.push({ codePoints: chars, left: piece.x, right: piece.x + piece.width });
    open = true;
  }
  const words: LayerWord[] = [];
  let end = -Infinity; // right edge of the previous word, as poppler sees it
  for (const box of boxes) {
    const previous = words.at(-1);
    let pdfjsGap = 0;
    let left = box.left;
    if (previous !== undefined) {
      const markFirst = isCombining(box.codePoints[0]!);
      const gap = box.left - end;
      pdfjsGap = markFirst
        ? GAP_BEFORE_MARK * fontSize
        : Math.min(Math.max(gap, MIN_GAP * fontSize), MAX_GAP * fontSize);
      left = end + (popplerLosesSpace(previous.codePoints, box.codePoints) ? 0 : pdfjsGap);
    }
    // every character at least MIN_ADVANCE wide
    const width = Math.max(box.right - left, box.codePoints.length * MIN_ADVANCE * fontSize);
    words.push({ codePoints: box.codePoints, x: left, width, pdfjsGap });
    end = left + width;
  }
  return { fontSize, words };
}

const num = (x: number): string => String(Math.round(x * 1000) / 1000);

/** How the layer's characters are written in a font: a code for each, and the codes' widths. */
export interface LayerCodes {
  /** the 4-hex-digit code that copies as `codePoint` */
  code(codePoint: number): string;
  /** width of every code, 1000 units per em */
  readonly width: number;
}

/**
 * The text object that writes a plan invisibly on `baseline` (PDF coordinates, y up) with font
 * resource `fontId`. Each word's characters share its box evenly (Tz). Between
 * words a space character is written and then taken back (TJ), so poppler sees the words where
 * the plan puts them; word spacing (Tw), which pdf.js applies to every space character and poppler
 * (as the PDF specification says) only to the single-byte code 32, moves pdf.js's pen on to the
 * gap it must see.
 */
export function textLayerOperators(
  plan: TextLayerPlan,
  baseline: number,
  fontId: string,
  codes: LayerCodes,
): string {
  const { fontSize, words } = plan;
  const em = fontSize / 1000;
  const ops = ['BT', `/${fontId} ${num(fontSize)} Tf`, '3 Tr'];
  let end = 0;
  let hScale = 1;
  words.forEach((w, k) => {
    if (k === 0) ops.push(`1 0 0 1 ${num(w.x)} ${num(baseline)} Tm`);
    else {
      // under the previous word's scale: a space, then back to where poppler must see this word
      const back = (codes.width * em * hScale - (w.x - end)) / (em * hScale);
      // pdf.js's pen did not move over marks after the previous word's last other character
      const lag = trailingMarks(words[k - 1]!.codePoints) * codes.width * em * hScale;
      const wordSpacing = (w.pdfjsGap - (w.x - end) + lag) / hScale;
      // word spacing only for that space: poppler takes it off the width of any character whose
      // (two-byte) code happens to be 32
      ops.push(`${num(wordSpacing)} Tw`, `[<${codes.code(0x20)}> ${num(back)}] TJ`, '0 Tw');
    }
    hScale = w.width / w.codePoints.length / (codes.width * em);
    ops.push(`${num(hScale * 100)} Tz`, `<${w.codePoints.map((c) => codes.code(c)).join('')}> Tj`);
    end = w.x + w.width;
  });
  ops.push('100 Tz', '0 Tr', 'ET');
  return ops.join('\n');
}

function trailingMarks(codePoints: readonly number[]): number {
  let n = 0;
  while (n < codePoints.length && isCombining(codePoints[codePoints.length - 1 - n]!)) n++;
  return n === codePoints.length ? 0 : n;
}
