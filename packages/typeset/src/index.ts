export { saveFaceCaches, useFaceCache } from './cache/face-store.js';
export {
  type Digits,
  type FurnitureOptions,
  formatNumber,
  heading,
  pageFurniture,
  paragraph,
} from './compose.js';
export { AMIRI_SUBSETS, loadAmiri } from './fonts/amiri.js';
export {
  type Face,
  type FaceStyle,
  type Family,
  type FontStack,
  faceFromBytes,
  family,
  pdfmakeFonts,
} from './fonts/font-stack.js';
export { FontFormatError, isWoff, woffToSfnt } from './fonts/woff.js';
export { type HarfBuzzModule, useHarfBuzz } from './layout/harfbuzz-shaper.js';
export { layoutParagraph } from './layout/paragraph.js';
export { type ShapedGlyph, type ShapedRun, shapeRun, widthOf } from './layout/shape.js';
export type {
  Direction,
  LaidOutLine,
  LaidOutParagraph,
  LayoutDiagnostic,
  LinePiece,
  ParagraphOptions,
  TextSpan,
} from './layout/types.js';
export { type AnchorOptions, anchor } from './links.js';
export { guardLines, keepWithNext, type LineStack } from './page-rules.js';
export { XMP_INFO_KEY, type XmpDublinCore } from './patches/pdfkit-xmp.js';
export { toPdfmake } from './pdf/emit.js';
export { installLogicalRenderer } from './pdf/line-renderer.js';
export { registerFonts, renderPdf, reproducibleDate } from './pdf/render.js';
export type { BlockRole } from './pdf/structure.js';
