/**
 * First-order Viterbi decoding over the tag set. Emission scores come in as one row of TAG_COUNT
 * per token; transitions as (TAG_COUNT + 1) rows, the last one for the start of a sequence.
 */
import { allowed, canEnd, TAG_COUNT } from './tags.js';

const START = TAG_COUNT;

/** Transition pairs that decoding may use (tags.ts `allowed`; at the start, what may follow O). */
const ALLOWED: boolean[] = (() => {
  const table: boolean[] = [];
  for (let p = 0; p <= TAG_COUNT; p++)
    for (let t = 0; t < TAG_COUNT; t++) table.push(p === START ? allowed(0, t) : allowed(p, t));
  return table;
})();

export function viterbi(
  emissions: ArrayLike<number>,
  length: number,
  transitions: ArrayLike<number>,
): Uint8Array {
  const tags = new Uint8Array(length);
  if (length === 0) return tags;
  const score = new Float64Array(length * TAG_COUNT);
  const back = new Uint8Array(length * TAG_COUNT);
  for (let t = 0; t < TAG_COUNT; t++) {
    const ok = ALLOWED[START * TAG_COUNT + t];
    score[t] = ok ? (emissions[t] ?? 0) + (transitions[START * TAG_COUNT + t] ?? 0) : -Infinity;
  }
  for (let i = 1; i < length; i++) {
    for (let t = 0; t < TAG_COUNT; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < TAG_COUNT; p++) {
        if (!ALLOWED[p * TAG_COUNT + t]) continue;
        const s = (score[(i - 1) * TAG_COUNT + p] ?? -Infinity) + (transitions[p * TAG_COUNT + t] ?? 0);
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * TAG_COUNT + t] = best + (emissions[i * TAG_COUNT + t] ?? 0);
      back[i * TAG_COUNT + t] = arg;
    }
  }
  let bestTag = 0;
  let best = -Infinity;
  for (let t = 0; t < TAG_COUNT; t++) {
    const s = score[(length - 1) * TAG_COUNT + t] ?? -Infinity;
    if (canEnd(t) && s > best) {
      best = s;
      bestTag = t;
    }
  }
  for (let i = length - 1; i >= 0; i--) {
    tags[i] = bestTag;
    bestTag = back[i * TAG_COUNT + bestTag] ?? 0;
  }
  return tags;
}

/** Sums the weight rows of each token's features into emission scores. */
export function emissionsOf(rows: readonly Int32Array[], weights: ArrayLike<number>): Float64Array {
  const out = new Float64Array(rows.length * TAG_COUNT);
  rows.forEach((ids, i) => {
    for (const id of ids) {
      if (id < 0) continue;
      const base = id * TAG_COUNT;
      for (let t = 0; t < TAG_COUNT; t++)
        out[i * TAG_COUNT + t] = (out[i * TAG_COUNT + t] ?? 0) + (weights[base + t] ?? 0);
    }
  });
  return out;
}

export const TRANSITION_COUNT = (TAG_COUNT + 1) * TAG_COUNT;
export const START_ROW = START;
