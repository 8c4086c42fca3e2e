import LineBreaker from 'linebreak';
import { type AnalysedText, joinersAround } from './analyse.js';
import { orderMarks } from './marks.js';
import { widthOf } from './shape.js';

/**
 * The unit of line breaking: the text between two UAX #14 break opportunities, split into its
 * content and the whitespace after it (which disappears when a line ends there).
 */
export interface Segment {
  readonly start: number;
  readonly contentEnd: number;
  readonly end: number;
  /** content width, points */
  readonly width: number;
  /** trailing whitespace width, points */
  readonly spaceWidth: number;
  /** a mandatory break (a newline) follows */
  readonly forced: boolean;
}

export function segment(a: AnalysedText): Segment[] {
  const out: Segment[] = [];
  const breaker = new LineBreaker(a.text);
  let last = 0;
  for (let b = breaker.nextBreak(); b !== null; b = breaker.nextBreak()) {
    let contentEnd = b.position;
    while (contentEnd > last && (a.whitespace[contentEnd - 1] === 1 || isNewline(a.text[contentEnd - 1]!)))
      contentEnd--;
    out.push({
      start: last,
      contentEnd,
      end: b.position,
      width: measure(a, last, contentEnd),
      spaceWidth: measure(a, contentEnd, b.position),
      forced: b.required && b.position < a.text.length,
    });
    last = b.position;
  }
  return out;
}

function isNewline(ch: string): boolean {
  return ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029';
}

/**
 * Width of text[start..end) in logical order, cut into runs of one font, style, size and level the
 * way the line builder cuts pieces (so the sum matches the drawn line up to kerning across runs).
 */
export function measure(a: AnalysedText, start: number, end: number): number {
  let width = 0;
  let runStart = -1;
  let runText = '';
  let runEnd = -1;
  const flush = (): void => {
    if (runStart < 0 || runText === '') return;
    const fam = a.stack.families[Math.max(0, a.family[runStart]!)]!;
    const zwj =
      a.whitespace[runStart] === 1 ? { before: false, after: false } : joinersAround(a, runStart, runEnd);
    const text = `${zwj.before ? '\u200d' : ''}${orderMarks(runText)}${zwj.after ? '\u200d' : ''}`;
    width += widthOf(fam.faces[a.style[runStart]!], text, a.fontSize[runStart]!);
    runText = '';
    runStart = -1;
  };
  for (let i = start; i < end; i++) {
    if (a.invisible[i] === 1 || isNewline(a.text[i]!)) continue;
    if (runStart >= 0 && !samePiece(a, runStart, i)) flush();
    if (runStart < 0) runStart = i;
    runText += a.whitespace[i] === 1 ? ' ' : a.display[i]!;
    runEnd = i + 1;
  }
  flush();
  return width;
}

/** Whether characters i and j may share one drawn piece. */
export function samePiece(a: AnalysedText, i: number, j: number): boolean {
  return (
    a.whitespace[i] === a.whitespace[j] &&
    a.family[i] === a.family[j] &&
    a.mirrored[i] === a.mirrored[j] &&
    a.styleClass[i] === a.styleClass[j] &&
    a.levels.levels[i] === a.levels.levels[j]
  );
}
