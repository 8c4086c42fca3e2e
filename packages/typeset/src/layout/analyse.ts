import { baseDirection, displayChar, type EmbeddingLevels, embeddingLevels } from '../bidi/bidi.js';
import { type FaceStyle, type FontStack, faceStyle, familyIndexFor } from '../fonts/font-stack.js';
import type { Direction, ParagraphOptions, TextSpan } from './types.js';

/** Characters that steer bidi but draw nothing: LRM, RLM, ALM, embeddings, overrides, isolates. */
const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const WHITESPACE = /[\t \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;

/** Everything the layout needs to know about each UTF-16 unit of a paragraph. */
export interface AnalysedText {
  readonly text: string;
  readonly levels: EmbeddingLevels;
  readonly direction: Direction;
  /** the character drawn (mirrored at odd levels) */
  readonly display: string[];
  /** index into stack.families, -1 for characters no family has (drawn as .notdef by the first) */
  readonly family: Int16Array;
  /** index into spans */
  readonly span: Uint16Array;
  /** style class: spans that look the same share one, so a word split across them stays one piece */
  readonly styleClass: Uint16Array;
  readonly style: FaceStyle[];
  readonly fontSize: Float64Array;
  readonly whitespace: Uint8Array;
  /** 1 where the drawn character is the mirror image of the source character */
  readonly mirrored: Uint8Array;
  /** bidi controls: kept for levels, never drawn */
  readonly invisible: Uint8Array;
  readonly spans: readonly TextSpan[];
  readonly stack: FontStack;
}

export function analyse(
  spans: readonly TextSpan[],
  stack: FontStack,
  options: ParagraphOptions,
): AnalysedText {
  const text = spans.map((s) => s.text).join('');
  const levels = embeddingLevels(text, options.direction ?? 'auto');
  const n = text.length;
  const display: string[] = new Array(n);
  const family = new Int16Array(n);
  const span = new Uint16Array(n);
  const styleClass = new Uint16Array(n);
  const classes = new Map<string, number>();
  const classOf = (s: TextSpan): number => {
    const key = JSON.stringify([s.bold === true, s.italics === true, s.color, s.fontSize, s.link]);
    let c = classes.get(key);
    if (c === undefined) {
      c = classes.size;
      classes.set(key, c);
    }
    return c;
  };
  const style: FaceStyle[] = new Array(n);
  const fontSize = new Float64Array(n);
  const whitespace = new Uint8Array(n);
  const invisible = new Uint8Array(n);
  const mirrored = new Uint8Array(n);
  let i = 0;
  spans.forEach((s, si) => {
    const st = faceStyle(s.bold === true, s.italics === true);
    const sc = classOf(s);
    for (let k = 0; k < s.text.length; k++, i++) {
      span[i] = si;
      styleClass[i] = sc;
      style[i] = st;
      fontSize[i] = s.fontSize ?? options.fontSize;
    }
  });
  for (let k = 0; k < n; k++) {
    const ch = text[k]!;
    display[k] = displayChar(text, levels, k);
    mirrored[k] = display[k] === ch ? 0 : 1;
    whitespace[k] = WHITESPACE.test(ch) ? 1 : 0;
    invisible[k] = BIDI_CONTROL.test(ch) ? 1 : 0;
    family[k] = pickFamily(stack, text, display, style, family, k);
  }
  return {
    text,
    levels,
    direction: baseDirection(levels),
    display,
    family,
    span,
    styleClass,
    style,
    fontSize,
    whitespace,
    mirrored,
    invisible,
    spans,
    stack,
  };
}

function pickFamily(
  stack: FontStack,
  text: string,
  display: string[],
  style: FaceStyle[],
  chosen: Int16Array,
  k: number,
): number {
  const ch = display[k]!;
  const code = ch.codePointAt(0)!;
  // A combining mark stays in its base's font when that font has it, so the pair shapes together.
  if (k > 0 && /\p{M}|\u200c|\u200d/u.test(text[k]!)) {
    const prev = chosen[k - 1]!;
    if (prev >= 0 && stack.families[prev]!.faces[style[k]!].font.hasGlyphForCodePoint(code)) return prev;
  }
  // The low half of a surrogate pair follows its high half.
  if (k > 0 && code >= 0xdc00 && code <= 0xdfff) return chosen[k - 1]!;
  // The mirrored character decides (U+0028 draws as U+0029 at an odd level); astral characters whole.
  const full = ch === text[k] ? text.codePointAt(k)! : code;
  return familyIndexFor(stack, full, style[k]!);
}

/** Arabic letters that join to the following letter (dual-joining), by the Unicode joining data. */
const JOINS_FORWARD =
  /[\u0626\u0628\u062a-\u062e\u0633-\u063a\u0640-\u0647\u0649\u064a\u066e\u066f\u0678-\u0687\u069a-\u06bf\u06c1\u06c2\u06cc\u06ce\u06d0\u06d1\u06fa-\u06fc\u06ff]/;
const ARABIC_LETTER = /[\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff]/;
const MARK = /\p{M}/u;

/**
 * Zero width joiners to put around a piece cut out of a word (where a style changes inside it),
 * so each side still takes its joined form: one before the piece when the letter before it joins
 * forward, one after it when it ends in a letter that joins forward and a letter follows.
 */
export function joinersAround(
  a: AnalysedText,
  start: number,
  end: number,
): { before: boolean; after: boolean } {
  let p = start - 1;
  while (p >= 0 && MARK.test(a.text[p]!)) p--;
  let last = end - 1;
  while (last >= start && MARK.test(a.text[last]!)) last--;
  const first = a.text[start] ?? '';
  const next = a.text[end] ?? '';
  return {
    before: p >= 0 && JOINS_FORWARD.test(a.text[p]!) && ARABIC_LETTER.test(first),
    after: last >= start && JOINS_FORWARD.test(a.text[last]!) && ARABIC_LETTER.test(next),
  };
}

/**
 * Whether the characters on either side of position `at` are joined (cursive connection): the
 * last letter before it (marks skipped) joins forward and the next character is an Arabic letter
 * or a mark / joiner continuing the cluster. A piece may not be cut there without changing shapes.
 */
export function joinsAcross(a: AnalysedText, at: number): boolean {
  const next = a.text[at] ?? '';
  if (next === '\u200d' || MARK.test(next)) return true;
  let p = at - 1;
  while (p >= 0 && MARK.test(a.text[p]!)) p--;
  if (p >= 0 && a.text[p] === '\u200d') return true;
  return p >= 0 && JOINS_FORWARD.test(a.text[p]!) && ARABIC_LETTER.test(next);
}
