/**
 * What a line copies as: an invisible text layer (render mode 3, as OCR tools write over a scanned
 * page) holding exactly the characters of the text being set, over glyphs drawn as ink only
 * (see ink.ts). Extractors read this layer and nothing else, so the copied text is the source's
 * characters, one space between words and a line end between lines: no glyph a font inserts, no
 * tatweel added by justification, brackets as written, no mark of our own.
 *
 * The two families of extractors read that layer differently, and it is written for both at once:
 * - poppler (pdftotext, Evince) rebuilds words and lines from where characters are, whatever order
 *   they come in, puts a space where words are apart and reverses the right-to-left runs of each
 *   line. So every character is placed as a correctly drawn page would have it: each word's
 *   characters spread evenly over the word's box, left to right (reversed for right-to-left runs),
 *   each gap between words kept between 0.12 and 0.55 em.
 * - pdf.js (Firefox) reads characters in content-stream order and gathers them into items, then
 *   runs its own bidi algorithm over each item taken as visual order; run over a whole line of
 *   numbers and punctuation, or a line that is mostly Latin, it gets the order wrong. So the
 *   characters are written in reading order, and every item is one that its algorithm leaves as it
 *   is (see textLayerOperators).
 * Pure: boxes in, a plan and its operators out.
 */

import { popplerLosesSpace, popplerOrder } from './poppler-reading.js';

/** A piece of a line as drawn, in visual order. */
export interface DrawnPiece {
  /** left edge and width of its ink, points */
  readonly x: number;
  readonly width: number;
  readonly fontSize: number;
  /** the source text it stands for, in logical order */
  readonly source: string;
  /** where that text starts in the paragraph: the pieces' logical order */
  readonly start: number;
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
}

/** A character of the line in reading order, and where poppler must see it. */
export interface LogicalChar {
  readonly codePoint: number;
  /** its word, and its place among the word's characters left to right */
  readonly word: number;
  readonly index: number;
  /** a space comes before it in the text */
  readonly spaceBefore: boolean;
  /** it belongs to a right-to-left run */
  readonly rtl: boolean;
}

export interface TextLayerPlan {
  /** the size every character of the line is written at */
  readonly fontSize: number;
  /** the words left to right: where poppler sees them */
  readonly words: readonly LayerWord[];
  /** the characters in reading order: the order pdf.js reads them in */
  readonly order: readonly LogicalChar[];
}

/** poppler reads a gap of 0.03 em and more as a space, and one of 1.5 em and more as the end of a line. */
const MIN_GAP = 0.12;
const MAX_GAP = 0.55;
/** pdf.js reads a step forward of 0.102–0.6 em as a space. */
const PDFJS_SPACE = 0.3;
/** poppler takes a character that starts within 0.1 em of the previous one's start for a duplicate. */
const MIN_ADVANCE = 0.11;

const COMBINING = /^\p{M}$/u;
/**
 * A combining mark (Unicode category M). poppler sees marks as characters like any other; pdf.js
 * reads them in place, without checking where they are drawn and without moving its pen.
 */
export const isCombining = (c: number): boolean => COMBINING.test(String.fromCodePoint(c));

/** The words of a line, in visual order, with their characters as they must be written. */
export function planTextLayer(pieces: readonly DrawnPiece[]): TextLayerPlan | undefined {
  const drawn = pieces.filter((p) => p.isSpace || p.source.length > 0);
  if (drawn.every((p) => p.isSpace)) return undefined;
  const fontSize = Math.max(...drawn.map((p) => p.fontSize));
  const boxes: { codePoints: number[]; left: number; right: number }[] = [];
  const placed = new Map<DrawnPiece, { word: number; offset: number }>();
  let open = false;
  for (const piece of popplerOrder(drawn)) {
    if (piece.isSpace) {
      open = false;
      continue;
    }
    const chars = Array.from(piece.source, (c) => c.codePointAt(0)!);
    if (piece.level % 2 === 1) chars.reverse();
    const last = boxes.at(-1);
    if (open && last !== undefined) {
      placed.set(piece, { word: boxes.length - 1, offset: last.codePoints.length });
      last.codePoints.push(...chars);
      last.right = Math.max(last.right, piece.x + piece.width);
    } else {
      placed.set(piece, { word: boxes.length, offset: 0 });
      boxes.push({ codePoints: chars, left: piece.x, right: piece.x + piece.width });
    }
    open = true;
  }
  const words: LayerWord[] = [];
  let end = -Infinity; // right edge of the previous word, as poppler sees it
  for (const box of boxes) {
    const previous = words.at(-1);
    let left = box.left;
    if (previous !== undefined) {
      const gap = Math.min(Math.max(box.left - end, MIN_GAP * fontSize), MAX_GAP * fontSize);
      left = end + (popplerLosesSpace(previous.codePoints, box.codePoints) ? 0 : gap);
    }
    // every character at least MIN_ADVANCE wide
    const width = Math.max(box.right - left, box.codePoints.length * MIN_ADVANCE * fontSize);
    words.push({ codePoints: box.codePoints, x: left, width });
    end = left + width;
  }
  return { fontSize, words, order: readingOrder(drawn, placed) };
}

/** The line's characters in reading order (pieces by their place in the paragraph). */
function readingOrder(
  drawn: readonly DrawnPiece[],
  placed: ReadonlyMap<DrawnPiece, { word: number; offset: number }>,
): LogicalChar[] {
  const order: LogicalChar[] = [];
  let spaceBefore = false;
  for (const piece of [...drawn].sort((a, b) => a.start - b.start)) {
    const at = placed.get(piece);
    if (at === undefined) {
      spaceBefore = order.length > 0;
      continue;
    }
    const chars = Array.from(piece.source, (c) => c.codePointAt(0)!);
    chars.forEach((codePoint, j) => {
      const index = at.offset + (piece.level % 2 === 1 ? chars.length - 1 - j : j);
      order.push({
        codePoint,
        word: at.word,
        index,
        spaceBefore: spaceBefore && j === 0,
        rtl: piece.level % 2 === 1,
      });
    });
    spaceBefore = false;
  }
  return order;
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
 * resource `fontId`: the characters in reading order, each where poppler must see it (the words
 * left to right, each word's characters sharing its box evenly, Tz), so pdf.js reads them in
 * reading order whatever its own bidi algorithm would make of the line. pdf.js starts a new item at
 * every step back (a right-to-left character is left of the one before it), so each item is one
 * right-to-left character or a left-to-right run: nothing for its bidi algorithm to reorder.
 * Combining marks are items of their own (a marked-content boundary ends an item): pdf.js reads a
 * mark into the item before it without checking where it is drawn, and would reverse the pair.
 * Before a word, a marked-content boundary ends the item and a space character is written and
 * taken back (TJ) so poppler sees the word where the plan puts it; word spacing (Tw), which pdf.js
 * applies to every space character and poppler (as the PDF specification says) only to the
 * single-byte code 32, moves pdf.js's pen on by the gap at which it reads one space.
 */
export function textLayerOperators(
  plan: TextLayerPlan,
  baseline: number,
  fontId: string,
  codes: LayerCodes,
): string {
  const { fontSize, words, order } = plan;
  const em = fontSize / 1000;
  const ops = ['BT', `/${fontId} ${num(fontSize)} Tf`, '3 Tr'];
  let poppler = 0; // where poppler's pen is, points
  let pdfjs = 0; // where pdf.js's pen is (it does not move over marks)
  let pdfjsEnd = 0; // where pdf.js's pen was after the last character that is not a mark
  let hScale = Number.NaN;
  const space = `<${codes.code(0x20)}>`;
  /** A space character and its take-back: poppler's pen stays, pdf.js's moves by `pdfjsMove`. */
  const shiftPdfjs = (pdfjsMove: number, move: number) => {
    const spaceAdvance = codes.width * em * hScale;
    ops.push(
      `${num((pdfjsMove - move) / hScale)} Tw`,
      `[${space} ${num((spaceAdvance - move) / (em * hScale))}] TJ`,
      '0 Tw',
    );
    poppler += move;
    pdfjs += pdfjsMove;
  };
  let resync = false;
  order.forEach((c, k) => {
    const word = words[c.word]!;
    const advance = word.width / word.codePoints.length;
    const x = word.x + c.index * advance;
    const scale = advance / (codes.width * em);
    if (k === 0) {
      ops.push(`1 0 0 1 ${num(x)} ${num(baseline)} Tm`);
      poppler = pdfjs = pdfjsEnd = x;
    } else if (c.spaceBefore) {
      // a new item, then one step forward for pdf.js, where it reads one space: the gap itself
      // when poppler's step is one (left to right), else a fixed one
      const move = x - poppler;
      const gap = move - (pdfjs - pdfjsEnd); // poppler's step, from pdf.js's last character
      const step = gap >= MIN_GAP * fontSize && gap <= MAX_GAP * fontSize ? gap : PDFJS_SPACE * fontSize;
      ops.push('/Span BMC EMC');
      shiftPdfjs(pdfjsEnd + step - pdfjs, move);
    } else if (resync && !isCombining(c.codePoint)) {
      // after the first character of a word (and its marks: a space character before a mark
      // would be read into the text), pdf.js's pen goes back to poppler's (a step back of more
      // than 0.2 em, where pdf.js starts a new item and adds nothing), so that a long run left
      // to right does not run off the page in pdf.js's reading
      shiftPdfjs(poppler - pdfjs, 0);
      resync = false;
    }
    if (k > 0 && !c.spaceBefore && c.rtl !== order[k - 1]!.rtl) {
      // where the direction changes, a new item (pdf.js would reorder "٢٠٢٠،" read as one)
      ops.push('/Span BMC EMC');
    }
    if (scale !== hScale) {
      ops.push(`${num(scale * 100)} Tz`);
      hScale = scale;
    }
    const jump = x - poppler;
    const glyph = `<${codes.code(c.codePoint)}>`;
    const show = Math.abs(jump) > 1e-6 ? `[${num(-jump / (em * hScale))} ${glyph}] TJ` : `${glyph} Tj`;
    poppler = x + advance;
    if (isCombining(c.codePoint)) {
      ops.push(`/Span BMC ${show} EMC`);
      pdfjs += jump;
    } else {
      ops.push(show);
      pdfjs += jump + advance;
      pdfjsEnd = pdfjs;
      resync = c.spaceBefore && poppler - pdfjs < -0.2 * fontSize;
    }
  });
  ops.push('100 Tz', '0 Tr', 'ET');
  return ops.join('\n');
}
