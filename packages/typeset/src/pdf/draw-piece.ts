import { codeFor, type EmbeddedFontLike } from './glyph-codes.js';
import { drawGlyphOutline, type OutlineDoc, type OutlineFont } from './glyph-outline.js';
import {
  isCombining,
  type PlanGlyph,
  type PlanOptions,
  type PlanPosition,
  planGlyphs,
  type TextGlyph,
} from './glyph-plan.js';

/**
 * Draws one inline the engine laid out, in place of pdfkit's `_fragment`: the same text object
 * (font, size, position, character spacing, link), but the glyphs written as glyph-plan.ts says,
 * so that extraction reads them back as the words they are. pdfkit 0.19.1 internals (pinned).
 * The caller wraps each piece in `openPiece` / `closePiece`, inside a marked-content sequence.
 */

/** Begin drawing a piece: PDF's own coordinates (y up). */
export function openPiece(doc: PieceDoc): void {
  // raw operators, not doc.save()/transform(): pdfkit's idea of the transformation must stay
  // pdfmake's, which places link annotations
  doc.addContent(`q\n1 0 0 -1 0 ${num(doc.page.height)} cm`);
}

export function closePiece(doc: PieceDoc): void {
  doc.addContent('Q');
}

interface ShapedGlyph extends PlanGlyph {
  readonly advanceWidth: number;
}
interface PieceFont extends EmbeddedFontLike {
  id: string;
  ascender: number;
  font: EmbeddedFontLike['font'] & OutlineFont;
  ref(): unknown;
  layout(text: string, features?: unknown): { glyphs: ShapedGlyph[]; positions: PlanPosition[] };
}
export interface PieceDoc extends OutlineDoc {
  _font: PieceFont;
  _fontSize: number;
  page: OutlineDoc['page'] & { height: number; fonts: Record<string, unknown> };
  link(x: number, y: number, w: number, h: number, url: string): unknown;
  goTo(x: number, y: number, w: number, h: number, name: string): unknown;
  addNamedDestination(name: string, type: string, x: number, y: number, zoom: null): unknown;
  currentLineHeight(): number;
}
/** The options pdfmake's renderer hands to `doc.text` for an inline. */
export interface PieceOptions {
  textWidth: number;
  characterSpacing?: number;
  link?: string;
  goTo?: string;
  destination?: string;
  features?: unknown;
}

const num = (x: number): string => String(Math.round(x * 1000) / 1000);

/**
 * Draw a piece. Returns what must be drawn after it, in a marked-content sequence of its own (see
 * below), or undefined.
 */
export function drawPiece(
  doc: PieceDoc,
  text: string,
  x: number,
  y: number,
  options: PieceOptions,
  how: Omit<PlanOptions, 'spacing'>,
): string | undefined {
  if (text.length === 0) return undefined;
  const font = doc._font;
  const size = doc._fontSize;
  const spacing = options.characterSpacing ?? 0;
  const width = options.textWidth + spacing * (text.length - 1);
  if (options.link != null) doc.link(x, y, width, doc.currentLineHeight(), options.link);
  if (options.goTo != null) doc.goTo(x, y, width, doc.currentLineHeight(), options.goTo);
  if (options.destination != null) doc.addNamedDestination(options.destination, 'XYZ', x, y, null);

  const { glyphs, positions } = font.layout(text, options.features);
  const plan = planGlyphs(glyphs, positions, { ...how, spacing: (spacing * 1000) / size });
  const baseline = doc.page.height - y - (font.ascender / 1000) * size;
  doc.page.fonts[font.id] ??= font.ref();
  const run = (glyphs: readonly TextGlyph[]) => {
    if (glyphs.length > 0) doc.addContent(textObject(font, size, spacing, x, baseline, glyphs));
  };

  // pdf.js does not check where a glyph that reads a combining mark is drawn, so when it comes
  // first in a right-to-left piece it stays behind as a text item of its own, before the rest of
  // the word: drawn last, in its own sequence, it follows the rest. poppler joins the two again
  // (they touch).
  const [first, ...rest] = plan.text;
  const leadingMark = how.rtl && first !== undefined && rest.length > 0 && first.text.some(isCombining);
  run(leadingMark ? rest : plan.text);
  const scale = size / 1000;
  for (const ink of plan.ink)
    drawGlyphOutline(doc, font.font, ink.glyph.id, size, x + ink.x * scale, baseline + ink.y * scale);
  return leadingMark ? textObject(font, size, spacing, x, baseline, [first]) : undefined;
}

/** A text object drawing `glyphs` (left to right) of a piece whose origin is (x, baseline). */
function textObject(
  font: PieceFont,
  size: number,
  spacing: number,
  x: number,
  baseline: number,
  glyphs: readonly TextGlyph[],
): string {
  const ops = ['BT', `1 0 0 1 ${num(x)} ${num(baseline)} Tm`, `/${font.id} ${num(size)} Tf`];
  if (spacing !== 0) ops.push(`${num(spacing)} Tc`);
  const spacingUnits = (spacing * 1000) / size;
  let tj: string[] = [];
  let invisible = false;
  let pen = 0; // where the viewer's pen is, 1000 units per em from the piece's origin
  const flush = () => {
    if (tj.length > 0) ops.push(`[${tj.join(' ')}] TJ`);
    tj = [];
  };
  for (const g of glyphs) {
    if (g.invisible !== invisible) {
      flush();
      ops.push(g.invisible ? '3 Tr' : '0 Tr');
      invisible = g.invisible;
    }
    const shift = g.x - pen;
    if (Math.abs(shift) > 1e-6) tj.push(num(-shift));
    tj.push(`<${codeFor(font, g.glyph as ShapedGlyph, g.text)}>`);
    pen = g.x + g.width + spacingUnits;
  }
  flush();
  if (invisible) ops.push('0 Tr');
  ops.push('ET');
  return ops.join('\n');
}
