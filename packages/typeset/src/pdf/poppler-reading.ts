import bidiFactory from 'bidi-js';
import type { DrawnPiece } from './text-layer.js';

/*
 * What the text layer must do for poppler (pdftotext, Evince), whose TextOutputDev rebuilds lines
 * from positions and then reverses their right-to-left runs with a rule of its own (reorderText,
 * poppler 22.12). See text-layer.ts.
 */

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
export function popplerLosesSpace(left: readonly number[], right: readonly number[]): boolean {
  const a = left.at(-1);
  const b = right[0];
  if (a === undefined || b === undefined) return false;
  const after = popplerClass(b);
  return popplerClass(a) === 'R' && (after === 'L' || after === '#');
}

/**
 * The pieces in the order poppler must see them, left to right: as drawn, except that number
 * punctuation read after a left-to-right run ("2020،": the comma is drawn on the run's left) is
 * seen on the run's right. poppler's reordering keeps a left-to-right run's characters in their
 * order on the page, so only there does it copy as "2020،" (drawn order copies as "،2020").
 */
export function popplerOrder<P extends DrawnPiece>(drawn: readonly P[]): P[] {
  const pieces = [...drawn];
  for (let i = 0; i + 1 < pieces.length; i++) {
    const punctuation = pieces[i]!;
    const run = pieces[i + 1]!;
    const isPunctuation =
      !punctuation.isSpace &&
      punctuation.level % 2 === 1 &&
      Array.from(punctuation.source).every((c) => popplerClass(c.codePointAt(0)!) === '#');
    if (isPunctuation && !run.isSpace && run.level % 2 === 0 && run.start < punctuation.start) {
      pieces[i] = run;
      pieces[i + 1] = punctuation;
      i++;
    }
  }
  return pieces;
}
