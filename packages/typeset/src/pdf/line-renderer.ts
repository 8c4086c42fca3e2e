import { ensurePinnedVersions, hookRenderLine } from '../patches/index.js';
import { codeFor } from './glyph-codes.js';
import {
  closePdfCoordinates,
  drawInk,
  type InkBox,
  type InkDoc,
  type InkOptions,
  openPdfCoordinates,
} from './ink.js';
import { type BlockRole, beginPiece, endPiece, type MarkingDoc } from './structure.js';
import { type DrawnPiece, planTextLayer, textLayerOperators } from './text-layer.js';

/** What `toPdfmake` attaches to each inline; pdfmake copies unknown inline properties through layout. */
export interface InlineSource {
  /** the piece's source text in logical order: what a reader should get when copying it */
  readonly actual: string;
  /** UTF-16 offset of its first character in the paragraph: the pieces' logical order */
  readonly start: number;
  /** UAX #9 embedding level of the piece (odd: right-to-left) */
  readonly level: number;
  readonly isSpace: boolean;
  /** the block (paragraph, heading) the piece belongs to: unique per process */
  readonly block: number;
  /** what the block is in a tagged PDF's structure tree */
  readonly role: BlockRole;
}

export const SOURCE_KEY = '_warraqSource';

type RendererDoc = InkDoc & MarkingDoc;
/** pdfmake 0.3.11's Renderer, as much of it as is used here. */
interface RendererLike {
  pdfDocument: RendererDoc & { text: (...args: [string, number, number, InkOptions]) => unknown };
}
let installed = false;

/**
 * Teach pdfmake's renderer to draw the lines `toPdfmake` made (other content is drawn exactly as
 * before): each piece's glyphs where pdfmake places them, as ink only (ink.ts), then the line's
 * text once, invisibly, as it must copy (text-layer.ts), the whole line in one marked-content
 * sequence of its block (structure.ts). Idempotent; `renderPdf` calls it.
 */
export function installLogicalRenderer(): void {
  if (installed) return;
  ensurePinnedVersions();
  hookRenderLine((renderer, line, x, y, original) => {
    const sources = line.inlines.map((i) => i[SOURCE_KEY] as InlineSource | undefined);
    if (line.inlines.length === 0 || sources.some((s) => s === undefined)) return false;
    drawLine(renderer as RendererLike, sources as InlineSource[], () => original(line, x, y));
    return true;
  });
  installed = true;
}

/**
 * Draw a line of the engine's: pdfmake's own renderLine (`drawThroughPdfmake`) places the pieces,
 * links and decorations, with each piece's text call drawing ink; then the text layer.
 */
function drawLine(
  renderer: RendererLike,
  known: readonly InlineSource[],
  drawThroughPdfmake: () => void,
): void {
  const doc = renderer.pdfDocument;
  const text = doc.text;
  const boxes: InkBox[] = [];
  doc.text = function drawAsInk(
    this: RendererDoc,
    drawn: string,
    px: number,
    py: number,
    options: InkOptions,
  ) {
    openPdfCoordinates(this);
    boxes.push(drawInk(this, drawn, px, py, options));
    closePdfCoordinates(this);
    return this;
  };
  const { block, role } = known[0]!;
  beginPiece(doc, block, role);
  try {
    drawThroughPdfmake();
  } finally {
    doc.text = text;
  }
  writeTextLayer(doc, known, boxes);
  endPiece(doc);
}

/** The line's text, invisibly, in the font of its first piece (one font: see text-layer.ts). */
function writeTextLayer(doc: RendererDoc, sources: readonly InlineSource[], boxes: readonly InkBox[]): void {
  if (boxes.length !== sources.length) return; // pdfmake skipped an inline: nothing to map
  const pieces: DrawnPiece[] = boxes.map((b, k) => ({
    x: b.x,
    width: b.width,
    fontSize: b.fontSize,
    source: sources[k]!.actual,
    start: sources[k]!.start,
    level: sources[k]!.level,
    isSpace: sources[k]!.isSpace,
  }));
  const plan = planTextLayer(pieces);
  if (plan === undefined) return;
  const first = boxes[sources.findIndex((s) => !s.isSpace)] ?? boxes[0]!;
  const font = first.font;
  doc.page.fonts[font.id] ??= font.ref();
  const carrier = font.font as unknown as {
    glyphForCodePoint(c: number): { id: number; advanceWidth: number };
  };
  const blank = carrier.glyphForCodePoint(0x20);
  const code = (c: number) =>
    codeFor(font, { id: blank.id, codePoints: [0x20], advanceWidth: blank.advanceWidth }, [c]);
  const codes = { code, width: blank.advanceWidth * font.scale };
  openPdfCoordinates(doc);
  doc.addContent(textLayerOperators(plan, first.baseline, font.id, codes));
  closePdfCoordinates(doc);
}
