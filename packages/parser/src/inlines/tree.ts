import type { Diagnostic, Inline } from '@warraq/schema';
import type { Locator } from '../diagnostics.js';

type Wrapper = Exclude<Inline, { type: 'text' }>;

/** A recognised thing, in original offsets, and the node that will wrap its content. */
export interface Annotation {
  start: number;
  end: number;
  /** the node to build, without span and content (the builder fills those) */
  node: DistributiveOmit<Wrapper, 'span' | 'content'>;
  /** when two annotations share a span, the higher rank goes outside; on a crossing, it stays */
  rank: number;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** How annotations nest when they cover the same text: a quotation holds dates and names, a name holds numbers. */
export const RANK = { quotation: 4, date: 3, mention: 2, number: 1 } as const;

interface Placed {
  a: Annotation;
  children: Placed[];
}

/**
 * Builds a block's inline tree from its annotations. Properly nested annotations nest; of two that
 * cross, the one that comes first in a deterministic order (longer, then higher rank, then earlier)
 * stays and the other is dropped with an info diagnostic saying why. Text between annotations
 * becomes text leaves, so the block's content tiles its span exactly.
 */
export function buildInlines(
  text: string,
  start: number,
  end: number,
  annotations: readonly Annotation[],
  locator: Locator,
): { content: Inline[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const usable = annotations.filter((a) => a.start >= start && a.end <= end && a.end > a.start);
  // decide which survive: strongest first
  const byStrength = [...usable].sort(
    (x, y) => y.end - y.start - (x.end - x.start) || y.rank - x.rank || x.start - y.start,
  );
  const kept: Annotation[] = [];
  const index = new OverlapIndex();
  for (const a of byStrength) {
    const near = index.overlapping(a);
    const crossing = near.find((k) => !nests(a, k) && !nests(k, a));
    const same = near.find((k) => k.start === a.start && k.end === a.end && k.node.type === a.node.type);
    if (crossing || same) {
      const other = (crossing ?? same) as Annotation;
      diagnostics.push(
        locator.diagnostic(
          'ANNOTATION_DROPPED',
          'info',
          same
            ? `a second ${a.node.type} over the same text was dropped`
            : `a ${a.node.type} at ${a.start}-${a.end} crosses a ${other.node.type} at ${other.start}-${other.end} and was dropped`,
          a.start,
          { end: a.end },
        ),
      );
      continue;
    }
    kept.push(a);
    index.add(a);
  }
  // nest: outer first (earlier start, longer, higher rank)
  kept.sort((x, y) => x.start - y.start || y.end - x.end || y.rank - x.rank);
  const roots: Placed[] = [];
  const stack: Placed[] = [];
  for (const a of kept) {
    const placed: Placed = { a, children: [] };
    while (stack.length > 0 && !nests(a, (stack[stack.length - 1] as Placed).a)) stack.pop();
    const parent = stack[stack.length - 1];
    (parent ? parent.children : roots).push(placed);
    stack.push(placed);
  }
  return { content: emit(text, start, end, roots), diagnostics };
}

/** inner lies within outer */
function nests(inner: Annotation, outer: Annotation): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

function emit(text: string, start: number, end: number, placed: readonly Placed[]): Inline[] {
  const out: Inline[] = [];
  let at = start;
  const leaf = (s: number, e: number) => {
    if (e > s) out.push({ type: 'text', span: { start: s, end: e }, text: text.slice(s, e) });
  };
  for (const p of placed) {
    leaf(at, p.a.start);
    out.push({
      ...p.a.node,
      span: { start: p.a.start, end: p.a.end },
      content: emit(text, p.a.start, p.a.end, p.children),
    } as Inline);
    at = p.a.end;
  }
  leaf(at, end);
  return out;
}

/**
 * The kept annotations, sorted by start, for overlap queries. Annotations are short (a date, a
 * name, a quotation), so only those starting within the longest length before a span can reach it;
 * a paragraph with thousands of annotations stays near-linear.
 */
class OverlapIndex {
  private readonly items: Annotation[] = [];
  private longest = 0;

  add(a: Annotation): void {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.items[mid] as Annotation).start <= a.start) lo = mid + 1;
      else hi = mid;
    }
    this.items.splice(lo, 0, a);
    this.longest = Math.max(this.longest, a.end - a.start);
  }

  overlapping(a: Annotation): Annotation[] {
    const out: Annotation[] = [];
    let lo = 0;
    let hi = this.items.length;
    const from = a.start - this.longest;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.items[mid] as Annotation).start < from) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.items.length; i++) {
      const k = this.items[i] as Annotation;
      if (k.start >= a.end) break;
      if (a.start < k.end && k.start < a.end) out.push(k);
    }
    return out;
  }
}
