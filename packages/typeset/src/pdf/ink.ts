import { engineLayout } from '../patches/index.js';
import type { EmbeddedFontLike } from './glyph-codes.js';
import { drawGlyphOutline, type OutlineDoc, type OutlineFont } from './glyph-outline.js';

/**
 * Draws one inline the engine laid out, in place of pdfkit's `_fragment`: the glyphs pdfkit would
 * draw, where it would draw them (same shaping, positions, character spacing and link), but as ink
 * only, so that no extractor reads them: what the line copies as is written once, by text-layer.ts.
 * pdfkit 0.19.1 internals (pinned; see patches/).
 */

interface ShapedGlyph {
  readonly id: number;
  readonly codePoints: readonly number[];
  readonly advanceWidth: number;
}
/** pdfkit's scaled positions: 1000 units per em. */
interface Position {
  readonly xAdvance: number;
  readonly xOffset: number;
  readonly yOffset: number;
}
export interface InkFont extends EmbeddedFontLike {
  id: string;
  ascender: number;
  font: EmbeddedFontLike['font'] & OutlineFont;
  ref(): unknown;
  layout(text: string, features?: unknown): { glyphs: ShapedGlyph[]; positions: Position[] };
}
export interface InkDoc extends OutlineDoc {
  _font: InkFont;
  _fontSize: number;
  page: OutlineDoc['page'] & { height: number; fonts: Record<string, unknown> };
  link(x: number, y: number, w: number, h: number, url: string): unknown;
  goTo(x: number, y: number, w: number, h: number, name: string): unknown;
  addNamedDestination(name: string, type: string, x: number, y: number, zoom: null): unknown;
  currentLineHeight(): number;
}
/** The options pdfmake's renderer hands to `doc.text` for an inline. */
export interface InkOptions {
  textWidth: number;
  characterSpacing?: number;
  link?: string;
  goTo?: string;
  destination?: string;
  features?: unknown;
}

/** Where a piece's ink went, for the text layer. */
export interface InkBox {
  readonly font: InkFont;
  readonly fontSize: number;
  /** left edge and advance width, points */
  readonly x: number;
  readonly width: number;
  /** PDF coordinates, y up */
  readonly baseline: number;
}

/** Begin drawing in PDF's own coordinates (y up); end with `closePdfCoordinates`. */
export function openPdfCoordinates(doc: InkDoc): void {
  // raw operators, not doc.save()/transform(): pdfkit's idea of the transformation must stay
  // pdfmake's, which places link annotations
  doc.addContent(`q\n1 0 0 -1 0 ${num(doc.page.height)} cm`);
}

export function closePdfCoordinates(doc: InkDoc): void {
  doc.addContent('Q');
}

const num = (x: number): string => String(Math.round(x * 1000) / 1000);

/** Draw a piece's glyphs as ink (inside openPdfCoordinates / closePdfCoordinates). */
export function drawInk(doc: InkDoc, text: string, x: number, y: number, options: InkOptions): InkBox {
  const font = doc._font;
  const size = doc._fontSize;
  const spacing = options.characterSpacing ?? 0;
  const linkWidth = options.textWidth + spacing * (text.length - 1);
  if (options.link != null) doc.link(x, y, linkWidth, doc.currentLineHeight(), options.link);
  if (options.goTo != null) doc.goTo(x, y, linkWidth, doc.currentLineHeight(), options.goTo);
  if (options.destination != null) doc.addNamedDestination(options.destination, 'XYZ', x, y, null);

  const baseline = doc.page.height - y - (font.ascender / 1000) * size;
  const scale = size / 1000;
  let pen = 0; // points from x
  if (text.length > 0) {
    // the engine's runs when pdfkit's parse is shared with it (patches/engine-runs.ts), else pdfkit's layout
    const served = engineLayout(font, text, options.features);
    const { glyphs, positions } =
      served === undefined
        ? font.layout(text, options.features)
        : { glyphs: served.ids.map((id) => ({ id })), positions: served.positions };
    glyphs.forEach((glyph, i) => {
      const p = positions[i]!;
      drawGlyphOutline(
        doc,
        font.font,
        glyph.id,
        size,
        x + pen + p.xOffset * scale,
        baseline + p.yOffset * scale,
      );
      pen += p.xAdvance * scale + (i + 1 < glyphs.length ? spacing : 0);
    });
  }
  return { font, fontSize: size, x, width: pen, baseline };
}
