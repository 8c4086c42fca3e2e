import type { ParsedFont } from '../fonts/font-stack.js';

/*
 * Changes to fontkit 2.0.4 internals (pinned; versions.ts checks). Exact: the PDF bytes are the
 * same as without them (test/patches.test.ts).
 *
 * - A speed-up: fontkit's TrueType subsetter decodes every glyph's outline on every document only
 *   to learn whether it is composite: the glyph's bytes, components and metrics are kept per
 *   parsed font.
 */
interface GlyphEntry {
  bytes: Uint8Array;
  components: { glyphID: number; pos: number }[] | undefined;
  advance: number;
  bearing: number;
}
interface TtfSubsetLike {
  font: {
    _variationProcessor?: unknown;
    loca: { offsets: number[] };
    getGlyph(gid: number): {
      advanceWidth: number;
      _decode(): { numberOfContours: number; components?: { glyphID: number; pos: number }[] } | null;
      _getMetrics(): { leftBearing: number };
    };
    _getTableStream(tag: string): { pos: number; readBuffer(length: number): Uint8Array };
  };
  glyf: Uint8Array[];
  loca: { offsets: number[] };
  hmtx: { metrics: { advance: number; bearing: number }[] };
  offset: number;
  includeGlyph(gid: number): number;
  _addGlyph(gid: number): number;
}
const glyphCache = new WeakMap<object, Map<number, GlyphEntry>>();
const patchedSubsets = new WeakSet<object>();

/** Install the subset glyph cache (on the subset class of `font`'s kind; idempotent). */
export function cacheSubsetGlyphs(font: ParsedFont): void {
  const subset = (font as unknown as { createSubset(): object }).createSubset();
  const proto = Object.getPrototypeOf(subset) as TtfSubsetLike;
  if (patchedSubsets.has(proto) || typeof proto._addGlyph !== 'function') return;
  patchedSubsets.add(proto);
  const original = proto._addGlyph;
  proto._addGlyph = function addCachedGlyph(this: TtfSubsetLike, gid: number): number {
    const f = this.font;
    if (f._variationProcessor) return original.call(this, gid);
    let glyphs = glyphCache.get(f);
    if (glyphs === undefined) {
      glyphs = new Map();
      glyphCache.set(f, glyphs);
    }
    let entry = glyphs.get(gid);
    if (entry === undefined) {
      const glyph = f.getGlyph(gid);
      const glyf = glyph._decode();
      const cur = f.loca.offsets[gid]!;
      const next = f.loca.offsets[gid + 1]!;
      const stream = f._getTableStream('glyf');
      stream.pos += cur;
      const bytes = stream.readBuffer(next - cur);
      entry = {
        bytes,
        components:
          glyf !== null && glyf.numberOfContours < 0
            ? (glyf.components ?? []).map((c) => ({ glyphID: c.glyphID, pos: c.pos }))
            : undefined,
        advance: glyph.advanceWidth,
        bearing: glyph._getMetrics().leftBearing,
      };
      glyphs.set(gid, entry);
    }
    let buffer = entry.bytes;
    if (entry.components !== undefined) {
      buffer = new Uint8Array(buffer);
      const view = new DataView(buffer.buffer);
      for (const c of entry.components) view.setUint16(c.pos, this.includeGlyph(c.glyphID));
    }
    this.glyf.push(buffer);
    this.loca.offsets.push(this.offset);
    this.hmtx.metrics.push({ advance: entry.advance, bearing: entry.bearing });
    this.offset += buffer.length;
    return this.glyf.length - 1;
  };
}
