import type { Segment } from './segments.js';

/** How far a line's spaces may stretch or shrink, as a fraction of their natural width. */
export const SPACE_STRETCH = 1;
export const SPACE_SHRINK = 0.25;

/** A line as a run of segments [first, last] (inclusive). */
export interface BreakLine {
  readonly first: number;
  readonly last: number;
}

interface LineFit {
  natural: number;
  stretch: number;
  shrink: number;
}

function fit(segs: readonly Segment[], first: number, last: number): LineFit {
  let natural = 0;
  let spaces = 0;
  for (let k = first; k <= last; k++) {
    natural += segs[k]!.width;
    if (k < last) {
      natural += segs[k]!.spaceWidth;
      spaces += segs[k]!.spaceWidth;
    }
  }
  return { natural, stretch: spaces * SPACE_STRETCH, shrink: spaces * SPACE_SHRINK };
}

/** The adjustment ratio of a line set to `width`: >0 stretched, <0 shrunk, -Infinity when it cannot fit. */
export function adjustmentRatio(f: LineFit, width: number): number {
  const slack = width - f.natural;
  if (slack >= 0) return f.stretch > 0 ? slack / f.stretch : slack > 0 ? Number.POSITIVE_INFINITY : 0;
  return f.shrink > 0 && -slack <= f.shrink ? slack / f.shrink : Number.NEGATIVE_INFINITY;
}

/** First fit: as many segments as fit at natural width. */
export function breakGreedy(segs: readonly Segment[], width: number): BreakLine[] {
  const lines: BreakLine[] = [];
  let first = 0;
  while (first < segs.length) {
    let last = first;
    while (last + 1 < segs.length && !segs[last]!.forced && fit(segs, first, last + 1).natural <= width)
      last++;
    lines.push({ first, last });
    first = last + 1;
  }
  return lines;
}

/**
 * Knuth–Plass total fit: choose the breaks that minimise the sum of squared (1 + badness) over
 * the paragraph, badness = 100|r|³; the last line is set at natural width and costs nothing.
 * A single segment wider than the measure is allowed (as overfull) so a paragraph always sets.
 */
export function breakOptimal(segs: readonly Segment[], width: number): BreakLine[] {
  const n = segs.length;
  const cost = new Float64Array(n + 1).fill(Number.POSITIVE_INFINITY);
  const from = new Int32Array(n + 1).fill(-1);
  cost[0] = 0;
  for (let first = 0; first < n; first++) {
    if (!Number.isFinite(cost[first]!)) continue;
    for (let last = first; last < n; last++) {
      const f = fit(segs, first, last);
      const isLast = last === n - 1 || segs[last]!.forced;
      const r = adjustmentRatio(f, width);
      if (r === Number.NEGATIVE_INFINITY && last > first) break;
      let demerits: number;
      if (isLast && f.natural <= width) demerits = 0;
      else if (isLast && last > first)
        demerits = Number.POSITIVE_INFINITY; // a last line may not shrink
      else if (r === Number.NEGATIVE_INFINITY)
        demerits = 1e12; // overfull single segment
      else {
        const badness = Number.isFinite(r) ? 100 * Math.abs(r) ** 3 : 1e8;
        demerits = (10 + Math.min(badness, 1e8)) ** 2;
      }
      const total = cost[first]! + demerits;
      if (total < cost[last + 1]!) {
        cost[last + 1] = total;
        from[last + 1] = first;
      }
      if (segs[last]!.forced) break;
    }
  }
  const lines: BreakLine[] = [];
  for (let end = n; end > 0; ) {
    const first = from[end]!;
    lines.push({ first, last: end - 1 });
    end = first;
  }
  return lines.reverse();
}
