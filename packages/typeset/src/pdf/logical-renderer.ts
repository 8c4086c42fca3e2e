import { createRequire } from 'node:module';
import bidiFactory from 'bidi-js';
import { closePiece, drawPiece, openPiece, type PieceDoc, type PieceOptions } from './draw-piece.js';
import type { PlanGlyph } from './glyph-plan.js';
import { type BlockRole, beginPiece, endPiece, type MarkingDoc } from './structure.js';

/** What `toPdfmake` attaches to each inline; pdfmake copies unknown inline properties through layout. */
export interface InlineSource {
  /** the piece's source text in logical order: what a reader should get when copying it */
  readonly actual: string;
  /** the piece's logical range in its paragraph (UTF-16 offsets) */
  readonly start: number;
  readonly end: number;
  /** drawn with mirrored glyphs (its glyphs copy as the characters as written) */
  readonly mirrored: boolean;
  /** lengthened with tatweel by justification (its tatweels copy as nothing visible) */
  readonly kashida: boolean;
  /** UAX #9 embedding level of the piece (odd: right-to-left) */
  readonly level: number;
  /** the paragraph is right-to-left */
  readonly rtlParagraph: boolean;
  readonly isSpace: boolean;
  /** the block (paragraph, heading) the piece belongs to: unique per process */
  readonly block: number;
  /** what the block is in a tagged PDF's structure tree */
  readonly role: BlockRole;
}

export const SOURCE_KEY = '_warraqSource';

type RendererDoc = PieceDoc & MarkingDoc;
interface RendererLike {
  pdfDocument: RendererDoc & { text: (...args: [string, number, number, PieceOptions]) => unknown };
}
interface LineLike {
  inlines: Array<Record<string, unknown>>;
}
type RenderLine = (this: RendererLike, line: LineLike, x: number, y: number) => void;

const bidi = bidiFactory();
let installed = false;

/**
 * Teach pdfmake's renderer three things about the lines `toPdfmake` made (other content is drawn
 * exactly as before). Idempotent; `renderPdf` calls it.
 *
 * 1. Draw each line's pieces in logical order, each in a marked-content span of its own.
 *    Positions stay pdfmake's (visual, decided by the layout); only the order of the drawing
 *    operators changes, so viewers that read text in content-stream order (pdf.js, Firefox) get
 *    words in reading order; those that rebuild lines from positions (poppler) join pieces that
 *    touch (a letter styled apart from the rest of its word).
 * 2. Draw each piece's glyphs so that extractors that rebuild words from positions (poppler,
 *    Evince) read whole words: see glyph-plan.ts and draw-piece.ts.
 * 3. Make each glyph copy as the text it stands for: mirrored brackets as written ("(" for the ")"
 *    glyph drawn for it), glyphs a font or justification inserts as nothing visible.
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
    const known = sources as InlineSource[];
    const edges = leftEdges(known);
    // in reading order, each piece a marked-content sequence of its own (see structure.ts)
    const order = known.map((_, k) => k).sort((a, b) => known[a]!.start - known[b]!.start);
    const doc = this.pdfDocument;
    const text = doc.text;
    let k = 0;
    doc.text = function drawLogical(
      this: RendererDoc,
      drawn: string,
      px: number,
      py: number,
      options: PieceOptions,
    ) {
      const index = order[k++]!;
      const source = known[index]!;
      const edge = edges[index];
      const inSequence = (draw: () => void) => {
        beginPiece(this, source.block, source.role);
        openPiece(this);
        draw();
        closePiece(this);
        endPiece(this);
      };
      let after: string | undefined;
      inSequence(() => {
        after = drawPiece(this, drawn, px, py, options, {
          rtl: source.level % 2 === 1,
          mapText: copiedAs(source),
          ...(edge === undefined ? {} : { prefix: edge }),
        });
      });
      // what draw-piece left for later follows the rest of its piece, in a sequence of its own
      if (after !== undefined) inSequence(() => this.addContent(after!));
      return this;
    };
    line.inlines = order.map((index) => visual[index]!);
    try {
      original.call(this, line, x, y);
    } finally {
      line.inlines = visual;
      doc.text = text;
    }
  };
  installed = true;
}

const RLM = 0x200f;
const ZWJ = 0x200d;
const TATWEEL = 0x0640;
const SPACE = 0x20;

/**
 * poppler rebuilds a right-to-left line by cutting it into runs at letters: right-to-left letters
 * on one side, left-to-right letters, digits and number punctuation (":" "," ".") on the other,
 * and the neutral characters between (a space, a bracket) go with the run to their right. So
 * "4 حزيران" copies as " 4حزيران" and "قال: Amiri" as "قالAmiri :". A RIGHT-TO-LEFT MARK read at the
 * left edge of each such run ends it there: invisible, and what a writer would type to keep that
 * order. For each piece (in visual order), what to read before its leftmost glyph.
 */
function leftEdges(
  sources: readonly InlineSource[],
): Array<((leftmost: readonly number[]) => number[]) | undefined> {
  return sources.map((s, k) => {
    if (!s.rtlParagraph || s.isSpace) return undefined;
    // a left-to-right run begins here
    if (s.level % 2 === 0) return k > 0 && sources[k - 1]!.level < s.level ? () => [RLM] : undefined;
    // a right-to-left piece whose leftmost character poppler files with numbers (a final ":")
    return (leftmost) => (leftmost.length > 0 && popplerReadsLtr(leftmost[0]!) ? [RLM] : []);
  });
}

/**
 * The characters poppler's reordering treats as left-to-right: letters and digits, and the
 * separators and terminators that go with numbers (measured with pdftotext 22.12 on ":" "،" ","
 * "." "-" "/" "%"; "؛" "!" "؟" "»" '"' stay with the Arabic).
 */
const POPPLER_LTR = new Set(['L', 'EN', 'AN', 'CS', 'ES', 'ET']);
function popplerReadsLtr(codePoint: number): boolean {
  return POPPLER_LTR.has(bidi.getBidiCharTypeName(String.fromCodePoint(codePoint)));
}

/** What each glyph of a piece copies as. */
function copiedAs(source: InlineSource): (glyph: PlanGlyph) => readonly number[] {
  return (glyph) => {
    const cps = glyph.codePoints;
    // a glyph a font inserts (Amiri's stroke between خ and ب) stands for no character; pdfkit
    // would write an empty entry, which pdf.js reads as a stray character
    if (cps.length === 0) return [ZWJ];
    // every tatweel in a kashida piece was added by justification
    if (source.kashida && cps.length === 1 && cps[0] === TATWEEL) return [ZWJ];
    // a space between right-to-left words: words are drawn in reading order, so each begins with
    // a move to the left, where pdf.js starts a new text item and forgets the space glyph it just
    // read (Firefox then copies the words glued together). Read with a RIGHT-TO-LEFT MARK first,
    // the space is not whitespace to pdf.js and becomes an item of its own; poppler keeps it too
    if (source.isSpace && source.level % 2 === 1 && cps.length === 1 && cps[0] === SPACE) return [RLM, SPACE];
    if (source.mirrored)
      return cps.map((c) => {
        const ch = String.fromCodePoint(c);
        return (bidi.getMirroredCharacter(ch) ?? ch).codePointAt(0)!;
      });
    return cps;
  };
}
