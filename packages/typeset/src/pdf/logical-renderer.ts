import { createRequire } from 'node:module';
import bidiFactory from 'bidi-js';

/** What `toPdfmake` attaches to each inline; pdfmake copies unknown inline properties through layout. */
export interface InlineSource {
  /** the piece's source text in logical order: what a reader should get when copying it */
  readonly actual: string;
  /** the piece's logical position in its paragraph (UTF-16 offset) */
  readonly order: number;
  /** drawn with mirrored glyphs from a mirrored twin font */
  readonly mirrored: boolean;
  /** lengthened with tatweel, drawn from a kashida twin font */
  readonly kashida: boolean;
}

export const SOURCE_KEY = '_warraqSource';

/** The pdfkit internals touched here (pdfkit 0.19.1, pinned): an embedded font's glyph→Unicode map. */
interface EmbeddedFontLike {
  layout(text: string): { glyphs: { id: number; codePoints: number[] }[] };
  subset: { includeGlyph(id: number): number };
  unicode: number[][];
}
interface PdfkitDoc {
  _font: EmbeddedFontLike;
  text(text: string, x: number, y: number, options: unknown): unknown;
}
interface RendererLike {
  pdfDocument: PdfkitDoc;
}
interface LineLike {
  inlines: Array<Record<string, unknown>>;
}
type RenderLine = (this: RendererLike, line: LineLike, x: number, y: number) => void;

const bidi = bidiFactory();
let installed = false;

/**
 * Teach pdfmake's renderer two things about the lines `toPdfmake` made (other content is drawn
 * exactly as before). Idempotent; `renderPdf` calls it.
 *
 * 1. Draw each line's pieces in logical order. Positions stay pdfmake's (visual, decided by the
 *    layout); only the order of the drawing operators changes, so viewers that read text in
 *    content-stream order (pdf.js, Firefox) get words in reading order.
 * 2. Make mirrored brackets copy as written: a piece drawn from a mirrored twin font gets its
 *    glyphs mapped in ToUnicode to the source characters ("(" for the ")" glyph drawn for it).
 *    /ActualText was measured and rejected: poppler lays ActualText out left to right in the
 *    span's box and reorders the line, so Arabic words in it come out backwards.
 */
export function installLogicalRenderer(): void {
  if (installed) return;
  const require = createRequire(import.meta.url);
  const mod = require('pdfmake/js/Renderer.js') as { default: { prototype: { renderLine: RenderLine } } };
  const proto = mod.default.prototype;
  const original = proto.renderLine;
  proto.renderLine = function renderLogical(this: RendererLike, line: LineLike, x: number, y: number): void {
    const sources = line.inlines.map((i) => i[SOURCE_KEY] as InlineSource | undefined);
    if (line.inlines.length === 0 || sources.some((s) => s === undefined)) {
      original.call(this, line, x, y);
      return;
    }
    const visual = line.inlines;
    const logical = visual
      .map((inline, k) => ({ inline, source: sources[k]! }))
      .sort((a, b) => a.source.order - b.source.order);
    const doc = this.pdfDocument;
    const text = doc.text;
    let k = 0;
    doc.text = function logicalText(this: PdfkitDoc, ...args: [string, number, number, unknown]) {
      const source = logical[k++]?.source;
      const result = text.apply(this, args);
      if (source?.mirrored === true) mapMirroredGlyphs(this._font, args[0]);
      else mapInsertedGlyphs(this._font, args[0], source?.kashida === true);
      return result;
    };
    line.inlines = logical.map((l) => l.inline);
    try {
      original.call(this, line, x, y);
    } finally {
      line.inlines = visual;
      doc.text = text;
    }
  };
  installed = true;
}

/**
 * Glyphs a font inserts by multiple substitution (Amiri adds a connecting stroke between خ and ب)
 * stand for no character, and pdfkit writes them as an empty ToUnicode entry, which pdf.js reads
 * as a stray character ("الخ=بر"). Map them to ZERO WIDTH JOINER: invisible, true to what the
 * glyph does, and skipped by pdf.js.
 */
function mapInsertedGlyphs(font: EmbeddedFontLike, drawn: string, kashida: boolean): void {
  for (const g of font.layout(drawn).glyphs) {
    const gid = font.subset.includeGlyph(g.id);
    const unicode = font.unicode[gid];
    // in a kashida twin every tatweel was added by justification: it copies as nothing visible
    if (unicode?.length === 0 || (kashida && unicode?.length === 1 && unicode[0] === 0x0640))
      font.unicode[gid] = [0x200d];
  }
}

/** In a mirrored twin font each glyph stands for the mirror of the character it was drawn for. */
function mapMirroredGlyphs(font: EmbeddedFontLike, drawn: string): void {
  const { glyphs } = font.layout(drawn);
  const chars = [...drawn];
  if (glyphs.length !== chars.length) return; // not one glyph per character: leave the map alone
  glyphs.forEach((g, i) => {
    const ch = chars[i]!;
    const source = bidi.getMirroredCharacter(ch) ?? ch;
    font.unicode[font.subset.includeGlyph(g.id)] = [source.codePointAt(0)!];
  });
}
