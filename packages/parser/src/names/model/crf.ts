/**
 * A linear-chain CRF over the same features, tags and transitions as the averaged perceptron
 * (perceptron.ts), trained by stochastic gradient ascent on the L2-regularised conditional
 * log-likelihood (Lafferty et al. 2001; the SGD of Bottou and of CRFsuite: the weights are kept as
 * `scale × v`, so the L2 shrinkage of every weight at every step is one multiplication). The
 * marginals come from forward–backward in log space over the allowed transitions (tags.ts), the
 * same constraints Viterbi decodes with, so the model and the decoder agree on what a sequence may
 * be. Deterministic: sentence order per epoch comes from the seeded generator.
 */
import { seededRandom, type TrainedWeights, type TrainingSequence } from './perceptron.js';
import { allowed, TAG_COUNT } from './tags.js';
import { ENDERS, OPENERS, START_ROW, TRANSITION_COUNT } from './viterbi.js';

const TAGS = TAG_COUNT;
/** allowed(p, t) for each pair, as p * TAGS + t (tags.ts), and the allowed pairs themselves */
const ALLOWED = Uint8Array.from({ length: TAGS * TAGS }, (_, k) =>
  allowed(Math.floor(k / TAGS), k % TAGS) ? 1 : 0,
);
const allowedPair = (p: number, t: number): boolean => ALLOWED[p * TAGS + t] === 1;
const PAIRS: readonly (readonly [number, number])[] = Array.from(
  { length: TAGS * TAGS },
  (_, k) => [Math.floor(k / TAGS), k % TAGS] as const,
).filter(([p, t]) => allowedPair(p, t));

export interface CrfOptions {
  readonly epochs: number;
  readonly seed: number;
  /** L2 strength per sentence (the objective's λ divided by the number of sentences) */
  readonly l2: number;
  /** learning rate of the first epoch; epoch e uses rate / (1 + e) */
  readonly rate: number;
}

function logSumExp(values: Float64Array, count: number): number {
  let max = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < count; k++) if ((values[k] as number) > max) max = values[k] as number;
  if (max === Number.NEGATIVE_INFINITY) return max;
  let sum = 0;
  for (let k = 0; k < count; k++) sum += Math.exp((values[k] as number) - max);
  return max + Math.log(sum);
}

export function trainCrf(
  sequences: readonly TrainingSequence[],
  featureCount: number,
  options: CrfOptions,
): TrainedWeights {
  const v = new Float64Array(featureCount * TAGS);
  const transitions = new Float64Array(TRANSITION_COUNT); // not regularised: 306 numbers
  let scale = 1;
  const random = seededRandom(options.seed);
  const order = sequences.map((_, i) => i);
  const longest = Math.max(1, ...sequences.map((s) => s.rows.length));
  const emissions = new Float64Array(longest * TAGS);
  const alpha = new Float64Array(longest * TAGS);
  const beta = new Float64Array(longest * TAGS);
  const terms = new Float64Array(TAGS);
  const marginals = new Float64Array(TAGS);
  const delta = new Float64Array(TRANSITION_COUNT);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    const rate = options.rate / (1 + epoch);
    for (const index of order) {
      const seq = sequences[index];
      const n = seq?.rows.length ?? 0;
      if (!seq || n === 0) continue;
      // shrink every weight: w ← (1 − rate·l2)·w, kept in the scale
      scale *= 1 - rate * options.l2;
      if (scale < 1e-9) {
        for (let k = 0; k < v.length; k++) v[k] = (v[k] as number) * scale;
        scale = 1;
      }
      for (let i = 0; i < n; i++) {
        const base = i * TAGS;
        for (let t = 0; t < TAGS; t++) emissions[base + t] = 0;
        for (const id of seq.rows[i] as Int32Array) {
          if (id < 0) continue;
          const from = id * TAGS;
          for (let t = 0; t < TAGS; t++)
            emissions[base + t] = (emissions[base + t] as number) + scale * (v[from + t] as number);
        }
      }
      forward(emissions, transitions, n, alpha, terms);
      backward(emissions, transitions, n, beta, terms);
      for (let t = 0; t < TAGS; t++) terms[t] = ENDERS[t] ? (alpha[(n - 1) * TAGS + t] as number) : -Infinity;
      const logZ = logSumExp(terms, TAGS);
      // gradient of log p(gold): observed − expected, added at `rate` (transitions after the
      // sentence: its pair marginals are those of the weights it was scored with)
      const step = rate / scale;
      delta.fill(0);
      for (let i = 0; i < n; i++) {
        const base = i * TAGS;
        const gold = seq.gold[i] ?? 0;
        for (let t = 0; t < TAGS; t++)
          marginals[t] =
            (t === gold ? 1 : 0) - Math.exp((alpha[base + t] as number) + (beta[base + t] as number) - logZ);
        for (const id of seq.rows[i] as Int32Array) {
          if (id < 0) continue;
          const from = id * TAGS;
          for (let t = 0; t < TAGS; t++)
            v[from + t] = (v[from + t] as number) + step * (marginals[t] as number);
        }
        if (i === 0) {
          for (let t = 0; t < TAGS; t++) if (OPENERS[t]) delta[START_ROW * TAGS + t] = marginals[t] as number;
          continue;
        }
        const previousGold = seq.gold[i - 1] ?? 0;
        const previous = (i - 1) * TAGS;
        for (const [p, t] of PAIRS) {
          const expected = Math.exp(
            (alpha[previous + p] as number) +
              (transitions[p * TAGS + t] as number) +
              (emissions[base + t] as number) +
              (beta[base + t] as number) -
              logZ,
          );
          const k = p * TAGS + t;
          delta[k] = (delta[k] as number) + (p === previousGold && t === gold ? 1 : 0) - expected;
        }
      }
      for (let k = 0; k < TRANSITION_COUNT; k++)
        transitions[k] = (transitions[k] as number) + rate * (delta[k] as number);
    }
  }
  const weights = new Float64Array(v.length);
  for (let k = 0; k < v.length; k++) weights[k] = scale * (v[k] as number);
  return { weights, transitions };
}

/** alpha[i][t]: log of the summed scores of every allowed prefix ending in tag t at token i. */
function forward(
  emissions: Float64Array,
  transitions: Float64Array,
  n: number,
  alpha: Float64Array,
  terms: Float64Array,
): void {
  for (let t = 0; t < TAGS; t++)
    alpha[t] = OPENERS[t]
      ? (emissions[t] as number) + (transitions[START_ROW * TAGS + t] as number)
      : Number.NEGATIVE_INFINITY;
  for (let i = 1; i < n; i++) {
    const previous = (i - 1) * TAGS;
    const here = i * TAGS;
    for (let t = 0; t < TAGS; t++) {
      for (let p = 0; p < TAGS; p++)
        terms[p] = allowedPair(p, t)
          ? (alpha[previous + p] as number) + (transitions[p * TAGS + t] as number)
          : Number.NEGATIVE_INFINITY;
      alpha[here + t] = logSumExp(terms, TAGS) + (emissions[here + t] as number);
    }
  }
}

/** beta[i][p]: log of the summed scores of every allowed suffix after tag p at token i. */
function backward(
  emissions: Float64Array,
  transitions: Float64Array,
  n: number,
  beta: Float64Array,
  terms: Float64Array,
): void {
  const last = (n - 1) * TAGS;
  for (let t = 0; t < TAGS; t++) beta[last + t] = ENDERS[t] ? 0 : Number.NEGATIVE_INFINITY;
  for (let i = n - 2; i >= 0; i--) {
    const here = i * TAGS;
    const next = (i + 1) * TAGS;
    for (let p = 0; p < TAGS; p++) {
      for (let t = 0; t < TAGS; t++)
        terms[t] = allowedPair(p, t)
          ? (transitions[p * TAGS + t] as number) +
            (emissions[next + t] as number) +
            (beta[next + t] as number)
          : Number.NEGATIVE_INFINITY;
      beta[here + p] = logSumExp(terms, TAGS);
    }
  }
}
