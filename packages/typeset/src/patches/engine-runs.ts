import type { Face } from '../fonts/font-stack.js';
import { shapeRun } from '../layout/shape.js';

/*
 * A speed-up to pdfkit 0.19.1 (pinned; versions.ts checks), exact (test/patches.test.ts): pdfkit
 * measured (widthOfString, for pdfmake's layout) and the engine drew (ink.ts) every word by shaping
 * it again on pdfkit's own parse of the face, after the engine had shaped it for its line
 * breaking: fontkit's shaping was a fifth of a brief's process. A parse registered here (see
 * registerFonts) is measured and drawn from the engine's runs for the same text instead: the same
 * glyphs and positions, with pdfkit's own arithmetic (its cut after each space or tab, its scale
 * to 1000 units per em, its sums in its order). Text that pdfkit encodes itself (pdfkit's `encode`,
 * for text drawn without the engine) still goes through pdfkit's layout: the characters a glyph
 * copies as (ToUnicode) come from there.
 */

/** pdfkit's parse of a face → the face the engine shapes with */
const faceOfParse = new WeakMap<object, Face>();

/** Measure and draw text of pdfkit's parse `font` with the engine's runs of `face`. */
export function shareEngineRuns(font: object, face: Face): void {
  faceOfParse.set(font, face);
}

/** The face behind pdfkit's parse `font`, when registered. */
export function faceOfPdfkitParse(font: object): Face | undefined {
  return faceOfParse.get(font);
}

/** What is read of pdfkit's EmbeddedFont. */
export interface EmbeddedLike {
  font: object;
  /** 1000 / unitsPerEm */
  scale: number;
}

/** A glyph's position as pdfkit scales it (1000 units per em). */
export interface ScaledPosition {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}

/** pdfkit's `layout(text, features)` from the engine's runs: glyph ids, positions and advance; undefined when not registered or with features. */
export function engineLayout(
  font: EmbeddedLike,
  text: string,
  features: unknown,
): { ids: number[]; positions: ScaledPosition[]; advanceWidth: number } | undefined {
  if (features) return undefined;
  const face = faceOfParse.get(font.font);
  if (face === undefined) return undefined;
  const ids: number[] = [];
  const positions: ScaledPosition[] = [];
  const scale = font.scale;
  let advanceWidth = 0;
  // pdfkit's EmbeddedFont.layout: each piece runs to and with the next space or tab
  let last = 0;
  let index = 0;
  while (index <= text.length) {
    const c = text.charAt(index);
    if ((index === text.length && last < index) || c === ' ' || c === '\t') {
      const run = shapeRun(face, text.slice(last, ++index));
      let width = 0; // fontkit's GlyphRun.advanceWidth over pdfkit's scaled positions
      for (const g of run.glyphs) {
        const xAdvance = g.xAdvance * scale;
        ids.push(g.id);
        positions.push({
          xAdvance,
          yAdvance: g.yAdvance * scale,
          xOffset: g.xOffset * scale,
          yOffset: g.yOffset * scale,
        });
        width += xAdvance;
      }
      advanceWidth += width;
      last = index;
    } else index++;
  }
  return { ids, positions, advanceWidth };
}

type WidthOfString = (this: EmbeddedLike, text: string, size: number, features?: unknown) => number;
const patched = new WeakSet<object>();

/** pdfkit's EmbeddedFont.widthOfString measures registered parses with the engine's runs (idempotent per class). */
export function measureWithEngineRuns(embeddedFontClass: { prototype: object }): void {
  const proto = embeddedFontClass.prototype as { widthOfString: WidthOfString };
  if (patched.has(proto)) return;
  patched.add(proto);
  const original = proto.widthOfString;
  proto.widthOfString = function widthOfEngineRuns(this: EmbeddedLike, text, size, features) {
    const served = engineLayout(this, text, features);
    if (served === undefined) return original.call(this, text, size, features);
    return served.advanceWidth * (size / 1000);
  };
}
