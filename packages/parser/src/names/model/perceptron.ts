/**
 * Averaged structured perceptron (Collins 2002) over feature ids, with the usual lazy averaging:
 * every update at step c also adds c·delta to a running sum, and the averaged weight is
 * w − sum / c. Deterministic: sentence order per epoch comes from a seeded generator. Two variants
 * tried by cross-validation and not taken (settings.ts): cost-augmented decoding (`margin`) and
 * passive-aggressive steps (`aggressiveness`); with neither, the updates are the plain perceptron's.
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
  options: { epochs: number; seed: number; margin?: number; aggressiveness?: number },
): TrainedWeights {
  const margin = options.margin ?? 0;
  const aggressiveness = options.aggressiveness ?? 0;
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
      const scores = emissionsOf(seq.rows, weights);
      // cost-augmented decoding: every wrong tag gets `margin` more, so updates continue until
      // the gold sequence wins by a margin (a step towards a structured SVM)
      if (margin > 0)
        for (let i = 0; i < seq.rows.length; i++)
          for (let t = 0; t < TAG_COUNT; t++)
            if (t !== seq.gold[i]) scores[i * TAG_COUNT + t] = (scores[i * TAG_COUNT + t] as number) + margin;
      const predicted = viterbi(scores, seq.rows.length, transitions);
      const direction = directionOf(seq, predicted);
      const size =
        aggressiveness > 0 ? passiveAggressiveSize(direction, weights, transitions, aggressiveness) : 1;
      // unit steps add whole numbers, exactly, in any order: grouping them per weight changes nothing
      for (const [k, delta] of direction.weights) bump(k, delta * size, weights, weightSums);
      for (const [k, delta] of direction.transitions) bump(k, delta * size, transitions, transitionSums);
      step++;
    }
  }
  const average = (w: Float64Array, sums: Float64Array): Float64Array =>
    w.map((value, k) => value - (sums[k] ?? 0) / step);
  return { weights: average(weights, weightSums), transitions: average(transitions, transitionSums) };
}

/** φ(gold) − φ(predicted) of one sequence, per weight, and how many tokens were tagged wrong. */
interface Direction {
  readonly weights: Map<number, number>;
  readonly transitions: Map<number, number>;
  readonly wrong: number;
}

function directionOf(seq: TrainingSequence, predicted: Uint8Array): Direction {
  const weights = new Map<number, number>();
  const transitions = new Map<number, number>();
  const add = (map: Map<number, number>, k: number, v: number) => map.set(k, (map.get(k) ?? 0) + v);
  let wrong = 0;
  let previousGold: number = START_ROW;
  let previousPredicted: number = START_ROW;
  for (let i = 0; i < seq.rows.length; i++) {
    const g = seq.gold[i] ?? 0;
    const p = predicted[i] ?? 0;
    if (g !== p) {
      wrong++;
      for (const id of seq.rows[i] ?? []) {
        if (id < 0) continue;
        add(weights, id * TAG_COUNT + g, 1);
        add(weights, id * TAG_COUNT + p, -1);
      }
    }
    if (g !== p || previousGold !== previousPredicted) {
      add(transitions, previousGold * TAG_COUNT + g, 1);
      add(transitions, previousPredicted * TAG_COUNT + p, -1);
    }
    previousGold = g;
    previousPredicted = p;
  }
  return { weights, transitions, wrong };
}

/**
 * The passive-aggressive (PA-I, Crammer et al. 2006) step along `direction`: just large enough
 * that the gold sequence would now win by its Hamming distance to the prediction, at most
 * `aggressiveness`.
 */
function passiveAggressiveSize(
  direction: Direction,
  weights: Float64Array,
  transitions: Float64Array,
  aggressiveness: number,
): number {
  let norm = 0;
  // loss = s(predicted) − s(gold) + wrong = wrong − w·direction
  let loss = direction.wrong;
  for (const [k, v] of direction.weights) {
    norm += v * v;
    loss -= v * (weights[k] ?? 0);
  }
  for (const [k, v] of direction.transitions) {
    norm += v * v;
    loss -= v * (transitions[k] ?? 0);
  }
  return loss > 0 && norm > 0 ? Math.min(aggressiveness, loss / norm) : 0;
}
