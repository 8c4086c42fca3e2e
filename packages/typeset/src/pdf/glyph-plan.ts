/**
 * How the glyphs of one shaped piece are written to the PDF so that text extraction reads them
 * back as the words they are. Pure: positions in, a plan out.
 *
 * Extractors (poppler's pdftotext and Evince, pdf.js and Firefox) rebuild words from where each
 * glyph starts and how wide the font says it is. poppler starts a new word after a gap of more than
 * 0.1 em or an overlap of more than 0.2 em, and treats a glyph that starts within 0.1 em of the
 * previous one's start as a duplicate (fake bold), breaking the word before it and after it. Three
 * kinds of Arabic glyph trip this while looking perfect:
 *
 * - combining marks (shadda, kasra, tanwin) have no advance and sit over their base;
 * - narrow glyphs: Amiri draws some letters as a short connecting stroke (ج before a final ي is
 *   0.055 em wide), so the next glyph starts "on top of" it;
 * - glyphs the font moves off their pen position (Amiri shifts ر and ز right by 0.12 em before an
 *   initial ي, and إ after a final ي), leaving a gap.
 *
 * So marks and narrow glyphs are drawn as ink only (an outline, which extractors ignore), and their
 * characters are read with a neighbouring glyph of the same word; a moved glyph is drawn as ink
 * where it belongs and as invisible text (render mode 3, as OCR text layers are) where the gaps on
 * both sides of it are equal. Everything else is ordinary text, exactly where pdfkit puts it.
 */
export interface PlanGlyph {
  readonly id: number;
  readonly codePoints: readonly number[];
}

/** pdfkit's scaled positions: 1000 units per em. */
export interface PlanPosition {
  readonly xAdvance: number;
  readonly xOffset: number;
  readonly yOffset: number;
  /** the glyph's own advance, as the PDF's width array gives it to readers */
  readonly advanceWidth: number;
}

export interface TextGlyph {
  readonly glyph: PlanGlyph;
  /** what extraction should read for this glyph, in the order extractors want it */
  readonly text: readonly number[];
  /** pen position from the piece's origin, 1000 units per em */
  readonly x: number;
  /** its width in the PDF's width array, 1000 units per em */
  readonly width: number;
  /** drawn invisibly: its ink is drawn separately (see InkGlyph) */
  readonly invisible: boolean;
}

export interface InkGlyph {
  readonly glyph: PlanGlyph;
  /** where the glyph's origin goes, from the piece's origin, 1000 units per em */
  readonly x: number;
  readonly y: number;
}

export interface GlyphPlan {
  readonly text: readonly TextGlyph[];
  readonly ink: readonly InkGlyph[];
}

export interface PlanOptions {
  /** the piece is right-to-left: glyphs come in visual order, the reverse of reading order */
  readonly rtl: boolean;
  /** what a glyph copies as (mirrored brackets, glyphs a font or justification inserts) */
  readonly mapText?: (glyph: PlanGlyph) => readonly number[];
  /** characters to read before the leftmost text glyph, given what it reads (see logical-renderer) */
  readonly prefix?: (leftmost: readonly number[]) => readonly number[];
  /** extra advance after every glyph (character spacing), 1000 units per em */
  readonly spacing?: number;
}

/** poppler's limits (TextOutputDev.cc), 1000 units per em, with a margin for rounding. */
const MAX_GAP = 80; // minWordBreakSpace 0.1 em
const MAX_OVERLAP = 160; // minDupBreakOverlap 0.2 em
const MIN_ADVANCE = 110; // dupMaxPriDelta 0.1 em

const COMBINING = /^\p{M}$/u;
/** A combining mark (Unicode category M): zero-width, drawn over or under its base. */
export const isCombining = (c: number): boolean => COMBINING.test(String.fromCodePoint(c));
const SILENT = /^[\s\p{Cf}]$/u;
const isSilent = (c: number): boolean => SILENT.test(String.fromCodePoint(c));
type Role = 'text' | 'mark' | 'narrow';

export function planGlyphs(
  glyphs: readonly PlanGlyph[],
  positions: readonly PlanPosition[],
  options: PlanOptions,
): GlyphPlan {
  const { rtl, mapText = (g) => g.codePoints, spacing = 0 } = options;
  const pens: number[] = [];
  let pen = 0;
  for (const p of positions) {
    pens.push(pen);
    pen += p.xAdvance + spacing;
  }
  const roles = glyphs.map((g, i) => roleOf(g, positions[i]!, spacing));
  const owner = owners(roles, rtl);

  const ink: InkGlyph[] = [];
  const carried = new Map<number, number[]>(); // text glyph → ink-only glyphs it reads for
  glyphs.forEach((glyph, i) => {
    const target = owner[i]!;
    if (target === i) return;
    const p = positions[i]!;
    ink.push({ glyph, x: pens[i]! + p.xOffset, y: p.yOffset });
    carried.set(target, [...(carried.get(target) ?? []), i]);
  });

  // each text glyph where pdfkit would draw it; then any that leaves a gap or an overlap a reader
  // would break the word at (a moved glyph, or one whose ink-only neighbours left room) becomes
  // ink plus invisible text halfway between its neighbours
  const units = glyphs.flatMap((glyph, i) => {
    if (owner[i] !== i) return [];
    const p = positions[i]!;
    return [
      { i, glyph, x: pens[i]! + p.xOffset, width: p.advanceWidth, moved: p.xOffset !== 0 || p.yOffset !== 0 },
    ];
  });
  const text: TextGlyph[] = [];
  units.forEach((unit, k) => {
    const { i, glyph, width } = unit;
    const chars = readingOf([i, ...(carried.get(i) ?? [])], glyphs, mapText, rtl);
    const previous = text.at(-1);
    const start = previous === undefined ? unit.x : previous.x + previous.width + spacing;
    // a moved neighbour's text will be placed anew: measure against its pen position
    const after = units[k + 1];
    const next = after === undefined ? unit.x + width + spacing : after.moved ? pens[after.i]! : after.x;
    const gapBefore = unit.x - start;
    const gapAfter = next - (unit.x + width + spacing);
    const fits = (gap: number) => gap <= MAX_GAP && gap >= -MAX_OVERLAP;
    if (!unit.moved && fits(gapBefore) && fits(gapAfter)) {
      text.push({ glyph, text: chars, x: unit.x, width, invisible: false });
      return;
    }
    ink.push({ glyph, x: unit.x, y: positions[i]!.yOffset });
    text.push({ glyph, text: chars, x: (start + next - width - spacing) / 2, width, invisible: true });
  });
  if (options.prefix !== undefined && text.length > 0) {
    const first = text[0]!;
    text[0] = { ...first, text: [...options.prefix(first.text), ...first.text] };
  }
  return { text, ink };
}

function roleOf(glyph: PlanGlyph, p: PlanPosition, spacing: number): Role {
  const cps = glyph.codePoints;
  if (p.xAdvance === 0 && cps.length > 0 && cps.every(isCombining)) return 'mark';
  // even at the end of a piece: the next piece of the same word may follow (a styled letter)
  if (p.xAdvance + spacing < MIN_ADVANCE) return 'narrow';
  return 'text';
}

/**
 * For each glyph, the index of the text glyph that reads its characters (itself for text glyphs).
 * A mark or narrow glyph goes with the nearest text glyph before it in reading order (to its right
 * in right-to-left visual order), or after it when there is none. Without any, it stays text.
 */
function owners(roles: readonly Role[], rtl: boolean): number[] {
  const before = rtl ? 1 : -1; // direction, in visual indices, of what is read before
  const nearest = (i: number, step: number): number | undefined => {
    for (let j = i + step; j >= 0 && j < roles.length; j += step) if (roles[j] === 'text') return j;
    return undefined;
  };
  return roles.map((role, i) => {
    if (role === 'text') return i;
    // a mark belongs to the glyph it sits on, which is read before it
    return nearest(i, before) ?? nearest(i, -before) ?? i;
  });
}

/**
 * What a text glyph reads, carrying the characters of the ink-only glyphs that go with it.
 * poppler (22.12) spreads a glyph's characters left to right over its width and then reverses the
 * whole right-to-left line, so a right-to-left cluster is given in visual order.
 */
function readingOf(
  indices: readonly number[],
  glyphs: readonly PlanGlyph[],
  mapText: (glyph: PlanGlyph) => readonly number[],
  rtl: boolean,
): number[] {
  if (indices.length === 1) return [...mapText(glyphs[indices[0]!]!)];
  const inReadingOrder = [...indices].sort((a, b) => (rtl ? b - a : a - b));
  const chars = inReadingOrder.flatMap((i) => {
    const own = mapText(glyphs[i]!);
    // an ink-only glyph that stands for no visible character (a joiner the layout added between
    // two styles of one word, which fontkit reports as the space glyph) adds nothing
    return i !== indices[0] && own.every(isSilent) ? [] : [...own];
  });
  return rtl ? chars.reverse() : chars;
}
