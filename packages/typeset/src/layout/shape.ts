import type { Face } from '../fonts/font-stack.js';
import { fontkitFont } from '../fonts/fontkit-font.js';
import { harfBuzzRun } from './harfbuzz-shaper.js';
import { cachedRun, rememberRun } from './shaping-cache.js';

/** One glyph as drawn, in font units (the unitsPerEm grid), left to right. */
export interface ShapedGlyph {
  readonly id: number;
  readonly xAdvance: number;
  readonly yAdvance: number;
  readonly xOffset: number;
  readonly yOffset: number;
}

/** A run shaped exactly as pdfkit shapes it (fontkit `layout` with the font's default features). */
export interface ShapedRun {
  readonly glyphs: readonly ShapedGlyph[];
  /** sum of advances, font units */
  readonly advance: number;
  /** the direction fontkit chose from the text's script; it reverses glyphs of 'rtl' runs */
  readonly direction: 'ltr' | 'rtl';
  readonly unitsPerEm: number;
}

const cache = new WeakMap<Face, Map<string, ShapedRun>>();

/**
 * Shape `text` with `face` the way pdfkit will when it draws it: `font.layout(text)` with no user
 * features, so widths measured here are the widths pdfmake and pdfkit use. Cached per face.
 */
export function shapeRun(face: Face, text: string): ShapedRun {
  let runs = cache.get(face);
  if (runs === undefined) {
    runs = new Map();
    cache.set(face, runs);
  }
  const hit = runs.get(text) ?? cachedRun(face, text);
  if (hit !== undefined) {
    runs.set(text, hit);
    return hit;
  }
  const shaped = harfBuzzRun(face, text) ?? fontkitRun(face, text);
  runs.set(text, shaped);
  rememberRun(face, text, shaped);
  return shaped;
}

/** fontkit's run, as pdfkit shapes it (also what the tests hold HarfBuzz's runs to). */
export function fontkitRun(face: Face, text: string): ShapedRun {
  const run = fontkitFont(face.font).layout(text);
  let advance = 0;
  const glyphs = run.glyphs.map((g, i) => {
    const p = run.positions[i]!;
    advance += p.xAdvance;
    return { id: g.id, xAdvance: p.xAdvance, yAdvance: p.yAdvance, xOffset: p.xOffset, yOffset: p.yOffset };
  });
  return {
    glyphs,
    advance,
    direction: (run as unknown as { direction?: string }).direction === 'rtl' ? 'rtl' : 'ltr',
    unitsPerEm: face.font.unitsPerEm,
  };
}

/** Width in points of `text` at `fontSize`, as pdfkit measures it. */
export function widthOf(face: Face, text: string, fontSize: number): number {
  const run = shapeRun(face, text);
  return (run.advance * fontSize) / run.unitsPerEm;
}
