import type { Edit } from '@warraq/schema';

/**
 * The normalised view of a text and the map back to it. Recognisers read `text` (the view) and
 * turn the offsets they find into original offsets with `toOriginalStart` / `toOriginalEnd`.
 *
 * Built from a sorted list of non-overlapping edits; between edits the view copies the original
 * one-for-one, so the map is a list of segments. An edit's replacement maps as a whole onto its
 * original span: an offset inside a replacement snaps outward to the edit's bounds.
 */
export class TextView {
  readonly text: string;
  /** segment starts in view offsets, with their original offsets and whether they are edits */
  private readonly viewStarts: number[] = [];
  private readonly originalStarts: number[] = [];
  private readonly viewEnds: number[] = [];
  private readonly originalEnds: number[] = [];
  private readonly isEdit: boolean[] = [];

  constructor(
    readonly original: string,
    readonly edits: readonly Edit[],
  ) {
    const parts: string[] = [];
    let o = 0;
    let v = 0;
    const segment = (oLen: number, piece: string, edit: boolean) => {
      this.viewStarts.push(v);
      this.originalStarts.push(o);
      v += piece.length;
      o += oLen;
      this.viewEnds.push(v);
      this.originalEnds.push(o);
      this.isEdit.push(edit);
      parts.push(piece);
    };
    for (const e of edits) {
      if (e.span.start > o) segment(e.span.start - o, original.slice(o, e.span.start), false);
      segment(e.span.end - e.span.start, e.replacement, true);
    }
    if (o < original.length || this.viewStarts.length === 0)
      segment(original.length - o, original.slice(o), false);
    this.text = parts.join('');
  }

  private segmentAt(viewOffset: number): number {
    let lo = 0;
    let hi = this.viewStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.viewStarts[mid] as number) <= viewOffset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The original offset where a span starting at this view offset starts. */
  toOriginalStart(viewOffset: number): number {
    return this.map(viewOffset, 'start');
  }

  /** The original offset where a span ending at this view offset ends. */
  toOriginalEnd(viewOffset: number): number {
    return this.map(viewOffset, 'end');
  }

  private map(viewOffset: number, side: 'start' | 'end'): number {
    const at = Math.max(0, Math.min(viewOffset, this.text.length));
    let k = this.segmentAt(at);
    // an offset on the boundary between two segments belongs to the one the span lies in
    if (side === 'end' && k > 0 && this.viewStarts[k] === at) k--;
    const vs = this.viewStarts[k] as number;
    const os = this.originalStarts[k] as number;
    if (!this.isEdit[k]) return os + (at - vs);
    if (at === vs)
      return side === 'start' ? os : at === this.viewEnds[k] ? (this.originalEnds[k] as number) : os;
    return side === 'start' ? os : (this.originalEnds[k] as number);
  }

  /** The view offset at which an original offset stands (inside an edit: the edit's view start). */
  toView(originalOffset: number): number {
    let lo = 0;
    let hi = this.originalStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.originalStarts[mid] as number) <= originalOffset) lo = mid;
      else hi = mid - 1;
    }
    const os = this.originalStarts[lo] as number;
    const vs = this.viewStarts[lo] as number;
    if (!this.isEdit[lo]) return vs + Math.min(originalOffset - os, (this.viewEnds[lo] as number) - vs);
    return originalOffset >= (this.originalEnds[lo] as number) ? (this.viewEnds[lo] as number) : vs;
  }
}
