import type { Source } from '@warraq/schema';

/** A line of the received text, without its line ending, and the part of it that is not blank. */
export interface Line {
  /** 1-based */
  number: number;
  start: number;
  end: number;
  /** the line with blank characters trimmed from both ends; empty when contentStart === contentEnd */
  contentStart: number;
  contentEnd: number;
}

// Blank for trimming: whitespace, NBSP, zero-width and bidi controls, BOM. Tatweel is not blank:
// it is part of a word when it is there at all.
const BLANK = /[\s\u00a0\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

export function isBlank(ch: string): boolean {
  return BLANK.test(ch);
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let number = 1;
  const push = (end: number) => {
    let cs = start;
    let ce = end;
    while (cs < ce && isBlank(text[cs] as string)) cs++;
    while (ce > cs && isBlank(text[ce - 1] as string)) ce--;
    lines.push({ number, start, end, contentStart: cs, contentEnd: ce });
    number++;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) {
      push(i);
      if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
      start = i + 1;
    }
  }
  push(text.length);
  return lines;
}

export function detectLineEnding(text: string): Source['lineEnding'] {
  let lf = 0;
  let crlf = 0;
  let cr = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0d) {
      if (text.charCodeAt(i + 1) === 0x0a) {
        crlf++;
        i++;
      } else cr++;
    } else if (c === 0x0a) lf++;
  }
  const kinds = (lf > 0 ? 1 : 0) + (crlf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0);
  if (kinds === 0) return 'none';
  if (kinds > 1) return 'mixed';
  return lf > 0 ? 'lf' : crlf > 0 ? 'crlf' : 'cr';
}
