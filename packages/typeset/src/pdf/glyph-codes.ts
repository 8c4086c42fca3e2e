/**
 * Character codes for glyphs in a pdfkit embedded font, with the text each code copies as.
 *
 * A PDF font maps each code to one string (ToUnicode), but the same glyph must sometimes copy as
 * different text: ن alone, and ن carrying a shadda drawn as ink beside it; a bracket drawn
 * mirrored. pdfkit uses the subset glyph index as the code, so a glyph that needs a second
 * meaning is added to the subset a second time: the same outline and metrics under a new code
 * with its own ToUnicode entry. (TrueType outlines only: fontkit's CFF subsetter is not given
 * duplicates; such fonts keep pdfkit's first mapping.)
 *
 * pdfkit 0.19.1 internals (pinned): EmbeddedFont.subset (fontkit TTFSubset: glyphs, includeGlyph),
 * .unicode and .widths indexed by subset index, .scale (1000 / unitsPerEm).
 */

export interface SubsetLike {
  glyphs: number[];
  includeGlyph(id: number): number;
}

export interface EmbeddedFontLike {
  font: { unitsPerEm: number; directory?: { tables?: Record<string, unknown> } };
  subset: SubsetLike;
  unicode: number[][];
  widths: number[];
  scale: number;
}

export interface GlyphLike {
  readonly id: number;
  readonly codePoints: readonly number[];
  readonly advanceWidth: number;
}

const duplicates = new WeakMap<EmbeddedFontLike, Map<string, number>>();

function same(a: readonly number[] | undefined, b: readonly number[]): boolean {
  return a !== undefined && a.length === b.length && a.every((x, i) => x === b[i]);
}

function hex(index: number): string {
  return index.toString(16).padStart(4, '0');
}

/** The 4-hex-digit code that draws `glyph` and copies as `text`. */
export function codeFor(font: EmbeddedFontLike, glyph: GlyphLike, text: readonly number[]): string {
  const index = font.subset.includeGlyph(glyph.id);
  font.widths[index] ??= glyph.advanceWidth * font.scale;
  // the glyph's own entry keeps the glyph's own characters, as pdfkit would write them, so text
  // pdfkit draws itself elsewhere in the document still copies as it would have
  font.unicode[index] ??= [...glyph.codePoints];
  if (same(font.unicode[index], text)) return hex(index);
  if (font.font.directory?.tables?.glyf === undefined) return hex(index);
  let byText = duplicates.get(font);
  if (byText === undefined) {
    byText = new Map();
    duplicates.set(font, byText);
  }
  const key = `${glyph.id}:${text.join(',')}`;
  let copy = byText.get(key);
  if (copy === undefined) {
    copy = font.subset.glyphs.push(glyph.id) - 1;
    font.widths[copy] = glyph.advanceWidth * font.scale;
    font.unicode[copy] = [...text];
    byText.set(key, copy);
  }
  return hex(copy);
}
