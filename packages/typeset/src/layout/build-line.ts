import { visualOrder } from '../bidi/bidi.js';
import { type AnalysedText, joinersAround } from './analyse.js';
import { orderMarks } from './marks.js';
import { samePiece } from './segments.js';
import { shapeRun } from './shape.js';
import type { LinePiece } from './types.js';

/** Gap left between a justified line and the measure, so pdfmake never re-wraps the last word. */
export const JUSTIFY_SLACK = 0.05;

/**
 * The pieces of the line text[start..end) in visual order (left to right): reordered by UAX #9
 * L1–L2, cut where font, style, level or whitespace changes, each piece's text in the order
 * fontkit must receive it to draw it in that visual order.
 */
export function buildPieces(a: AnalysedText, start: number, end: number): LinePiece[] {
  const order = visualOrder(a.text, a.levels, start, end).filter(
    (i) => a.invisible[i] === 0 && !/[\n\r\u2028\u2029]/.test(a.text[i]!),
  );
  const pieces: LinePiece[] = [];
  let group: number[] = [];
  const flush = (): void => {
    if (group.length > 0) pieces.push(makePiece(a, group));
    group = [];
  };
  for (const i of order) {
    if (group.length > 0 && !samePiece(a, group[0]!, i)) flush();
    group.push(i);
  }
  flush();
  return pieces;
}

function makePiece(a: AnalysedText, visual: number[]): LinePiece {
  const first = visual[0]!;
  const level = a.levels.levels[first]!;
  const logical = level & 1 ? [...visual].reverse() : visual;
  const isSpace = a.whitespace[first] === 1;
  const famIndex = Math.max(0, a.family[first]!);
  const fam = a.stack.families[famIndex]!;
  const face = fam.faces[a.style[first]!];
  const fontSize = a.fontSize[first]!;
  const start = Math.min(...visual);
  const end = Math.max(...visual) + 1;
  const zwj = isSpace ? { before: false, after: false } : joinersAround(a, start, end);
  const drawn = (idx: number[]): string =>
    orderMarks(idx.map((i) => (isSpace ? ' ' : a.display[i]!)).join(''));
  // fontkit picks a direction from the script and reverses RTL runs itself: hand it the order that
  // comes out visually right (Arabic letters logical; digits or Latin punctuation in visual order).
  // A piece cut from inside an Arabic word keeps its joined forms through zero width joiners.
  let text = `${zwj.before ? '\u200d' : ''}${drawn(logical)}${zwj.after ? '\u200d' : ''}`;
  const run = shapeRun(face, text);
  const wantRtl = (level & 1) === 1;
  if ((run.direction === 'rtl') !== wantRtl) text = drawn([...logical].reverse());
  const span = a.spans[a.span[first]!]!;
  const shaped = shapeRun(face, text);
  return {
    text,
    source: logical.map((i) => a.text[i]!).join(''),
    start,
    end,
    family: fam.name,
    mirrored: a.mirrored[first] === 1,
    bold: span.bold === true,
    italics: span.italics === true,
    fontSize,
    color: span.color,
    link: span.link,
    level,
    isSpace,
    width: (shaped.advance * fontSize) / shaped.unitsPerEm,
    characterSpacing: 0,
  };
}

/**
 * Stretch (or shrink) the line's spaces so it fills `width` less the slack.
 * pdfmake places each inline at the width it measures, counting characterSpacing once per
 * character gap (length − 1), so a one-space inline cannot widen: each justified space piece is
 * drawn with one space more than it holds, and the spacing set so that pdfmake's measure of it
 * is exactly the width it should take.
 */
export function justifyPieces(pieces: readonly LinePiece[], width: number): LinePiece[] {
  const natural = pieces.reduce((s, p) => s + p.width, 0);
  const spaceWidth = pieces.reduce((s, p) => s + (p.isSpace ? p.width : 0), 0);
  if (spaceWidth === 0) return [...pieces];
  const scale = (width - JUSTIFY_SLACK - natural + spaceWidth) / spaceWidth;
  return pieces.map((p) => {
    if (!p.isSpace) return p;
    const target = p.width * scale;
    const text = `${p.text} `;
    const oneSpace = p.width / p.text.length;
    const characterSpacing = (target - text.length * oneSpace) / (text.length - 1);
    return { ...p, text, width: text.length * oneSpace, characterSpacing };
  });
}

/** The width pdfmake gives a piece: its measured width plus characterSpacing per gap. */
export function placedWidth(p: LinePiece): number {
  return p.width + p.characterSpacing * Math.max(0, p.text.length - 1);
}
