/**
 * Fits the names model on featured sequences: feature strings seen at least `minCount` times are
 * interned (in order of first sight, so the result is deterministic), the averaged perceptron is
 * trained, and rows whose weights are all zero are dropped.
 */
import type { ModelData } from '../../src/names/model/codec.js';
import { trainCrf } from '../../src/names/model/crf.js';
import { type TrainedWeights, trainPerceptron } from '../../src/names/model/perceptron.js';
import { TAG_COUNT } from '../../src/names/model/tags.js';
import type { FeaturedSequence } from './training-data.js';

export interface FitOptions {
  readonly epochs: number;
  readonly seed: number;
  readonly minCount: number;
  /** stored with the weights; see NamesModel.outsideBias */
  readonly outsideBias: number;
  /**
   * Perceptrons trained, with seeds seed, seed + 1 …, whose weights are averaged: each sees the
   * sentences in another order, and the mean is steadier than any one of them (1: just one).
   */
  readonly shuffles: number;
  /** cost-augmented training: wrong tags get this much more while training (0: a plain perceptron) */
  readonly margin?: number;
  /** passive-aggressive updates of at most this size (0: the perceptron's unit updates) */
  readonly aggressiveness?: number;
  /** a linear-chain CRF (crf.ts) with this L2 strength and first learning rate, instead of the perceptron */
  readonly crf?: { readonly l2: number; readonly rate: number };
}

/** The mean of the averaged perceptrons of options.shuffles sentence orders. */
function meanOfShuffles(
  training: Parameters<typeof trainPerceptron>[0],
  featureCount: number,
  options: FitOptions,
): TrainedWeights {
  const count = Math.max(1, options.shuffles);
  let sum: TrainedWeights | undefined;
  for (let k = 0; k < count; k++) {
    const trained = trainPerceptron(training, featureCount, { ...options, seed: options.seed + k });
    if (!sum) sum = trained;
    else {
      for (let j = 0; j < sum.weights.length; j++)
        sum.weights[j] = (sum.weights[j] ?? 0) + (trained.weights[j] ?? 0);
      for (let j = 0; j < sum.transitions.length; j++)
        sum.transitions[j] = (sum.transitions[j] ?? 0) + (trained.transitions[j] ?? 0);
    }
  }
  if (!sum || count === 1) return sum as TrainedWeights;
  return { weights: sum.weights.map((w) => w / count), transitions: sum.transitions.map((w) => w / count) };
}

export function fitModel(sequences: readonly FeaturedSequence[], options: FitOptions): ModelData {
  const counts = new Map<string, number>();
  for (const s of sequences)
    for (const row of s.features) for (const f of row) counts.set(f, (counts.get(f) ?? 0) + 1);
  const ids = new Map<string, number>();
  for (const [f, n] of counts) if (n >= options.minCount) ids.set(f, ids.size);
  const training = sequences.map((s) => ({
    gold: s.gold,
    rows: s.features.map((row) => Int32Array.from(row, (f) => ids.get(f) ?? -1)),
  }));
  const { weights, transitions } = options.crf
    ? trainCrf(training, ids.size, { epochs: options.epochs, seed: options.seed, ...options.crf })
    : meanOfShuffles(training, ids.size, options);
  // a CRF leaves every weight it saw non-zero: rows the file's 16-bit weights would store as zeros go
  let largest = 0;
  if (options.crf) for (const w of weights) largest = Math.max(largest, Math.abs(w));
  const negligible = options.crf ? largest / 32767 / 2 : 1e-9;
  const features: string[] = [];
  const kept: number[] = [];
  for (const [f, id] of ids) {
    let any = false;
    for (let t = 0; t < TAG_COUNT; t++)
      if (Math.abs(weights[id * TAG_COUNT + t] ?? 0) > negligible) any = true;
    if (!any) continue;
    features.push(f);
    for (let t = 0; t < TAG_COUNT; t++) kept.push(weights[id * TAG_COUNT + t] ?? 0);
  }
  return { features, weights: Float64Array.from(kept), transitions, outsideBias: options.outsideBias };
}
