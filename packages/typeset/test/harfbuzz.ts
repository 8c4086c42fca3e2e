// Shaping with HarfBuzz (harfbuzzjs) on the same font bytes, as the reference the engine must match.
import * as hb from 'harfbuzzjs';
import type { Face } from '../src/index.js';

const fonts = new WeakMap<Face, hb.Font>();

function hbFont(face: Face): hb.Font {
  let font = fonts.get(face);
  if (font === undefined) {
    font = new hb.Font(new hb.Face(new hb.Blob(face.bytes), 0));
    fonts.set(face, font);
  }
  return font;
}

export interface HbGlyph {
  id: number;
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}

/** Glyphs left to right, in font units, as HarfBuzz shapes `text` in `direction`. */
export function hbShape(face: Face, text: string, direction: 'ltr' | 'rtl'): HbGlyph[] {
  const buffer = new hb.Buffer();
  buffer.addText(text);
  buffer.guessSegmentProperties();
  buffer.setDirection(direction === 'rtl' ? hb.Direction.RTL : hb.Direction.LTR);
  hb.shape(hbFont(face), buffer);
  return buffer.getGlyphInfosAndPositions().map((g) => ({
    id: g.codepoint,
    xAdvance: g.xAdvance ?? 0,
    yAdvance: g.yAdvance ?? 0,
    xOffset: g.xOffset ?? 0,
    yOffset: g.yOffset ?? 0,
  }));
}
