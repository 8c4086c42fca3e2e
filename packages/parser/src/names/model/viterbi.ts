/**
 * First-order Viterbi decoding over the tag set. Emission scores come in as one row of TAG_COUNT
 * per token; transitions as (TAG_COUNT + 1) rows, the last one for the start of a sequence.
 */
import { allowed, canEnd, TAG_COUNT } from './tags.js';

/** Local copies: the hot loops read module constants, whatever the module system does with imports. */
const TAGS = TAG_COUNT;
const START = TAGS;

/**
 * For each tag, the tags that may come before it (tags.ts `allowed`), ascending: the loop visits
 * the same candidates in the same order as a scan of all tags that skips forbidden pairs, so ties
 * go the same way.
 */
const PREDECESSORS: readonly Uint8Array[] = Array.from({ length: TAGS }, (_, t) =>
  Uint8Array.from(Array.from({ length: TAGS }, (_, p) => p).filter((p) => allowed(p, t))),
);
/** Tags a sequence may open with (what may follow O). */
export const OPENERS: readonly boolean[] = Array.from({ length: TAGS }, (_, t) => allowed(0, t));
/** Tags a sequence may end with (none left open). */
export const ENDERS: readonly boolean[] = Array.from({ length: TAGS }, (_, t) => canEnd(t));

export function viterbi(
  emissions: ArrayLike<number>,
  length: number,
  transitions: ArrayLike<number>,
): Uint8Array {
  const tags = new Uint8Array(length);
  if (length === 0) return tags;
  const score = new Float64Array(length * TAGS);
  const back = new Uint8Array(length * TAGS);
  for (let t = 0; t < TAGS; t++)
    score[t] = OPENERS[t]
      ? (emissions[t] as number) + (transitions[START * TAGS + t] as number)
      : Number.NEGATIVE_INFINITY;
  for (let i = 1; i < length; i++) {
    const previous = (i - 1) * TAGS;
    const here = i * TAGS;
    for (let t = 0; t < TAGS; t++) {
      const candidates = PREDECESSORS[t] as Uint8Array;
      let best = Number.NEGATIVE_INFINITY;
      let arg = 0;
      for (let c = 0; c < candidates.length; c++) {
        const p = candidates[c] as number;
        const s = (score[previous + p] as number) + (transitions[p * TAGS + t] as number);
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[here + t] = best + (emissions[here + t] as number);
      back[here + t] = arg;
    }
  }
  let bestTag = 0;
  let best = Number.NEGATIVE_INFINITY;
  const last = (length - 1) * TAGS;
  for (let t = 0; t < TAGS; t++) {
    const s = score[last + t] as number;
    if (ENDERS[t] && s > best) {
      best = s;
      bestTag = t;
    }
  }
  for (let i = length - 1; i >= 0; i--) {
    tags[i] = bestTag;
    bestTag = back[i * TAGS + bestTag] as number;
  }
  return tags;
}

/** Sums the weight rows of each token's features into emission scores. */
export function emissionsOf(rows: readonly Int32Array[], weights: ArrayLike<number>): Float64Array {
  const out = new Float64Array(rows.length * TAGS);
  for (let i = 0; i < rows.length; i++) {
    const base = i * TAGS;
    for (const id of rows[i] as Int32Array) {
      if (id < 0) continue;
      const from = id * TAGS;
      for (let t = 0; t < TAGS; t++)
        out[base + t] = (out[base + t] as number) + (weights[from + t] as number);
    }
  }
  return out;
}

export const TRANSITION_COUNT = (TAG_COUNT + 1) * TAG_COUNT;
export const START_ROW = START;
