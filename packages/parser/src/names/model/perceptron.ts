/**
 * Averaged structured perceptron (Collins 2002) over feature ids, with the usual lazy averaging:
 * every update at step c also adds c·delta to a running sum, and the averaged weight is
 * w − sum / c. Deterministic: sentence order per epoch comes from a seeded generator.
 */
import { TAG_COUNT } from './tags.js';
import { emissionsOf, START_ROW, TRANSITION_COUNT, viterbi } from './viterbi.js';

export interface TrainingSequence {
  /** feature ids of each token */
  readonly rows: readonly Int32Array[];
  /** gold tag index of each token */
  readonly gold: Uint8Array;
}

export interface TrainedWeights {
  readonly weights: Float64Array;
  readonly transitions: Float64Array;
}

/** mulberry32: a small seeded generator, so shuffles are the same on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function trainPerceptron(
  sequences: readonly TrainingSequence[],
  featureCount: number,
  options: { epochs: number; seed: number },
): TrainedWeights {
  const weights = new Float64Array(featureCount * TAG_COUNT);
  const weightSums = new Float64Array(featureCount * TAG_COUNT);
  const transitions = new Float64Array(TRANSITION_COUNT);
  const transitionSums = new Float64Array(TRANSITION_COUNT);
  const random = seededRandom(options.seed);
  const order = sequences.map((_, i) => i);
  let step = 1;
  const bump = (index: number, delta: number, w: Float64Array, sums: Float64Array): void => {
    w[index] = (w[index] ?? 0) + delta;
    sums[index] = (sums[index] ?? 0) + step * delta;
  };
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const index of order) {
      const seq = sequences[index];
      if (!seq || seq.rows.length === 0) continue;
      const predicted = viterbi(emissionsOf(seq.rows, weights), seq.rows.length, transitions);
      let previousGold: number = START_ROW;
      let previousPredicted: number = START_ROW;
      for (let i = 0; i < seq.rows.length; i++) {
        const g = seq.gold[i] ?? 0;
        const p = predicted[i] ?? 0;
        if (g !== p) {
          for (const id of seq.rows[i] ?? []) {
            if (id < 0) continue;
            bump(id * TAG_COUNT + g, 1, weights, weightSums);
            bump(id * TAG_COUNT + p, -1, weights, weightSums);
          }
        }
        if (g !== p || previousGold !== previousPredicted) {
          bump(previousGold * TAG_COUNT + g, 1, transitions, transitionSums);
          bump(previousPredicted * TAG_COUNT + p, -1, transitions, transitionSums);
        }
        previousGold = g;
        previousPredicted = p;
      }
      step++;
    }
  }
  const average = (w: Float64Array, sums: Float64Array): Float64Array =>
    w.map((value, k) => value - (sums[k] ?? 0) / step);
  return { weights: average(weights, weightSums), transitions: average(transitions, transitionSums) };
}
