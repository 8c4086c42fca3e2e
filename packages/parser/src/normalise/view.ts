import type { Edit } from '@warraq/schema';

interface Segment {
  viewStart: number;
  viewEnd: number;
  originalStart: number;
  originalEnd: number;
  /** an edit maps as a whole; a copy maps character for character */
  edit: boolean;
}

/**
 * The normalised view of a text and the map back to it. Recognisers read `text` (the view) and
 * turn the offsets they find into original offsets with `toOriginalStart` / `toOriginalEnd`.
 *
 * Built from a sorted list of non-overlapping edits, each replacing at least one character; between edits the view copies the original
 * one-for-one. An edit maps as a whole onto its original span: a span boundary inside a replacement
 * snaps outward to the edit's bounds, and characters the view dropped (a bidi mark, a tatweel) are
 * left outside a span that starts or ends next to them.
 */
export class TextView {
  readonly text: string;
  /** segments with view text, in order: what view offsets are searched in */
  private readonly byView: Segment[] = [];
  /** segments with original text, in order: what original offsets are searched in */
  private readonly byOriginal: Segment[] = [];

  constructor(
    readonly original: string,
    edits: readonly Edit[],
    /** a length-preserving rewrite of the finished view (letter folding), or none */
    fold?: (view: string) => string,
    /** characters that belong to the letter before them (harakat, tatweel): a span ending there takes them */
    private readonly attaches: (code: number) => boolean = () => false,
  ) {
    const parts: string[] = [];
    let o = 0;
    let v = 0;
    const segment = (originalLength: number, piece: string, edit: boolean) => {
      const s: Segment = {
        viewStart: v,
        viewEnd: v + piece.length,
        originalStart: o,
        originalEnd: o + originalLength,
        edit,
      };
      v = s.viewEnd;
      o = s.originalEnd;
      if (s.viewEnd > s.viewStart) this.byView.push(s);
      if (s.originalEnd > s.originalStart) this.byOriginal.push(s);
      parts.push(piece);
    };
    for (const e of edits) {
      if (e.span.start > o) segment(e.span.start - o, original.slice(o, e.span.start), false);
      segment(e.span.end - e.span.start, e.replacement, true);
    }
    if (o < original.length) segment(original.length - o, original.slice(o), false);
    const joined = parts.join('');
    this.text = fold ? fold(joined) : joined;
    if (this.text.length !== joined.length) throw new Error('TextView: a fold must keep the length');
  }

  /** The original offset where a span starting at this view offset starts. */
  toOriginalStart(viewOffset: number): number {
    const at = clamp(viewOffset, this.text.length);
    // the segment holding the character at `at`
    const s = find(this.byView, (x) => x.viewEnd <= at);
    if (!s) return this.original.length;
    return s.edit ? s.originalStart : s.originalStart + (at - s.viewStart);
  }

  /** The original offset where a span ending at this view offset ends. */
  toOriginalEnd(viewOffset: number): number {
    const at = clamp(viewOffset, this.text.length);
    if (at === 0) return 0;
    // the segment holding the character before `at`
    const s = find(this.byView, (x) => x.viewEnd < at);
    if (!s) return this.original.length;
    let end = s.edit ? s.originalEnd : s.originalStart + (at - s.viewStart);
    while (end < this.original.length && this.attaches(this.original.charCodeAt(end))) end++;
    return end;
  }

  /** The view offset at which an original offset stands (inside an edit: where the edit's view starts). */
  toView(originalOffset: number): number {
    const at = clamp(originalOffset, this.original.length);
    const s = find(this.byOriginal, (x) => x.originalEnd <= at);
    if (!s) return this.text.length;
    return s.edit ? s.viewStart : s.viewStart + (at - s.originalStart);
  }
}

function clamp(n: number, max: number): number {
  return Math.max(0, Math.min(Number.isFinite(n) ? Math.trunc(n) : 0, max));
}

/** The first segment for which `before` is false (segments are sorted, `before` is monotone). */
function find(segments: readonly Segment[], before: (s: Segment) => boolean): Segment | undefined {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(segments[mid] as Segment)) lo = mid + 1;
    else hi = mid;
  }
  return segments[lo];
}
