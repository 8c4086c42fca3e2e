import { createRequire } from 'node:module';
import type LineBreakerClass from 'linebreak';
import { type AnalysedText, joinersAround, joinsAcross } from './analyse.js';
import { orderMarks } from './marks.js';
import { widthOf } from './shape.js';

/** linebreak's CommonJS build, the module instance pdfmake requires (one copy loaded, not two). */
const LineBreaker = createRequire(import.meta.url)('linebreak') as typeof LineBreakerClass;

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

/**
 * The paragraph's segments. With `width`, a segment whose content is wider than the measure (a
 * URL, a long token) is cut into pieces that fit: see splitOverlong.
 */
export function segment(a: AnalysedText, width?: number): Segment[] {
  const out: Segment[] = [];
  const breaker = new LineBreaker(a.text);
  let last = 0;
  for (let b = breaker.nextBreak(); b !== null; b = breaker.nextBreak()) {
    if (!b.required && insideKeep(a, b.position)) continue;
    let contentEnd = b.position;
    while (contentEnd > last && (a.whitespace[contentEnd - 1] === 1 || isNewline(a.text[contentEnd - 1]!)))
      contentEnd--;
    const seg: Segment = {
      start: last,
      contentEnd,
      end: b.position,
      width: measure(a, last, contentEnd),
      spaceWidth: measure(a, contentEnd, b.position),
      forced: b.required && b.position < a.text.length,
    };
    if (width !== undefined && seg.width > width) out.push(...splitOverlong(a, seg, width));
    else out.push(seg);
    last = b.position;
  }
  return out;
}

/**
 * Whether a break at `at` would fall inside text marked `keep` (kept characters on both sides).
 * Adjacent kept spans are one run: a date whose number is styled apart is still one date.
 */
function insideKeep(a: AnalysedText, at: number): boolean {
  if (at <= 0 || at >= a.text.length) return false;
  return a.spans[a.span[at]!]!.keep === true && a.spans[a.span[at - 1]!]!.keep === true;
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

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/**
 * Where an unbreakable piece may still be cut in an emergency: grapheme-cluster boundaries
 * (never inside a base + marks, an emoji sequence, a CRLF), and in joining scripts (Arabic) only
 * where the letters on either side are not joined: between the parts of a word that Arabic writes
 * apart anyway (after ا د ذ ر ز و ة …), so that no letter changes its shape.
 */
export function emergencyBreaks(a: AnalysedText, start: number, end: number): number[] {
  const cuts: number[] = [];
  for (const g of graphemes.segment(a.text.slice(start, end))) {
    const at = start + g.index;
    if (at > start && !joinsAcross(a, at)) cuts.push(at);
  }
  return cuts;
}

/**
 * Cut a segment wider than the measure at emergency breaks: each piece as long as fits, the last
 * one keeping the segment's trailing space and forced break. The pieces cover the segment exactly
 * (no text lost or doubled) and join with no space between them. Where no emergency break lets a
 * piece fit (one Arabic word-part wider than the measure), that piece stays overfull and the
 * paragraph reports it (see LaidOutParagraph.diagnostics).
 */
function splitOverlong(a: AnalysedText, seg: Segment, width: number): Segment[] {
  const cuts = emergencyBreaks(a, seg.start, seg.contentEnd);
  const out: Segment[] = [];
  let from = seg.start;
  let k = 0; // first cut after `from`
  while (k < cuts.length && measure(a, from, seg.contentEnd) > width) {
    // the furthest cut that still fits (widths grow with the cut, up to kerning: binary search)
    let lo = k;
    let hi = cuts.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (measure(a, from, cuts[mid]!) <= width) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const take = best >= 0 ? best : k; // nothing fits: the shortest piece, overfull
    const to = cuts[take]!;
    out.push({
      start: from,
      contentEnd: to,
      end: to,
      width: measure(a, from, to),
      spaceWidth: 0,
      forced: false,
    });
    from = to;
    k = take + 1;
  }
  out.push({ ...seg, start: from, width: measure(a, from, seg.contentEnd) });
  return out;
}
