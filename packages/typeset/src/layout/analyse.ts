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
  const style: FaceStyle[] = new Array(n);
  const fontSize = new Float64Array(n);
  const whitespace = new Uint8Array(n);
  const invisible = new Uint8Array(n);
  const mirrored = new Uint8Array(n);
  let i = 0;
  spans.forEach((s, si) => {
    const st = faceStyle(s.bold === true, s.italics === true);
    for (let k = 0; k < s.text.length; k++, i++) {
      span[i] = si;
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
