import type { Candidate } from './context.js';

/**
 * Keeps non-overlapping candidates: longest first (in words), then by priority (curated gazetteer
 * before person patterns before organisation/place patterns), then leftmost. Deterministic.
 */
export function selectCandidates(
  candidates: readonly Candidate[],
  tokenCount: number,
  taken?: Uint8Array,
): Candidate[] {
  const occupied = taken ?? new Uint8Array(tokenCount);
  const ordered = [...candidates].sort(
    (a, b) =>
      b.end - b.first - (a.end - a.first) || a.priority - b.priority || a.first - b.first || a.skip - b.skip,
  );
  const kept: Candidate[] = [];
  for (const c of ordered) {
    let free = true;
    for (let k = c.first; k < c.end; k++) {
      if (occupied[k]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    for (let k = c.first; k < c.end; k++) occupied[k] = 1;
    kept.push(c);
  }
  return kept.sort((a, b) => a.first - b.first);
}

/** Which tokens the kept candidates cover. */
export function occupancy(kept: readonly Candidate[], tokenCount: number): Uint8Array {
  const occupied = new Uint8Array(tokenCount);
  for (const c of kept) for (let k = c.first; k < c.end; k++) occupied[k] = 1;
  return occupied;
}

/**
 * `mentions` with `span` in place of the mentions it overlaps, or undefined when one of them stands
 * against it (`stands`: the caller's rule for who wins at the edges). Order is left to the caller.
 */
export function takeOverlapped(
  mentions: readonly Candidate[],
  span: Candidate,
  stands: (overlapped: Candidate) => boolean,
): Candidate[] | undefined {
  const overlapping = mentions.filter((m) => m.first < span.end && span.first < m.end);
  if (overlapping.some(stands)) return undefined;
  return [...mentions.filter((m) => !overlapping.includes(m)), span];
}
