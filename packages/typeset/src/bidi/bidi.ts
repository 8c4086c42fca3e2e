import bidiFactory, { type EmbeddingLevels } from 'bidi-js';
import type { Direction } from '../layout/types.js';

const bidi = bidiFactory();

export type { EmbeddingLevels };

/** UAX #9 resolved embedding levels of one paragraph (P2–P3, W1–W7, N1–N2, I1–I2). */
export function embeddingLevels(text: string, direction: Direction | 'auto'): EmbeddingLevels {
  return bidi.getEmbeddingLevels(text, direction === 'auto' ? undefined : direction);
}

export function baseDirection(levels: EmbeddingLevels): Direction {
  return (levels.paragraphs[0]?.level ?? 0) & 1 ? 'rtl' : 'ltr';
}

/**
 * The visual order (left to right) of the characters start..end-1 of one line (rules L1 and L2).
 * bidi-js applies L1 (trailing whitespace to the paragraph level) within the given range.
 */
export function visualOrder(text: string, levels: EmbeddingLevels, start: number, end: number): number[] {
  const order: number[] = [];
  for (let i = start; i < end; i++) order.push(i);
  if (end <= start) return order;
  for (const [a, b] of bidi.getReorderSegments(text, levels, start, end - 1)) {
    const slice = order.slice(a - start, b - start + 1).reverse();
    order.splice(a - start, slice.length, ...slice);
  }
  return order;
}

/**
 * The character drawn for text[i] (rule L4): its mirror image at an odd level, when it has one.
 * Called per character because bidi-js 1.1.0's getMirroredCharactersMap misreads a levels result.
 */
export function displayChar(text: string, levels: EmbeddingLevels, i: number): string {
  const ch = text[i]!;
  if ((levels.levels[i]! & 1) === 0) return ch;
  return mirrorOf(ch) ?? ch;
}

/** The Bidi_Mirroring_Glyph of a character, or null when it has none. */
export function mirrorOf(ch: string): string | null {
  return bidi.getMirroredCharacter(ch);
}

/** The level a character actually sits at on a line after L1 (trailing/segment whitespace resets). */
export function levelAt(levels: EmbeddingLevels, i: number): number {
  return levels.levels[i]!;
}
