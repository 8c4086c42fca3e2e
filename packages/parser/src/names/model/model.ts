/**
 * A trained names model: one weight row per feature string, transition scores, and decoding of a
 * text's tokens into typed spans. The weights are data (CC BY-SA 4.0, in @warraq/names-model);
 * this code is the parser's (MIT).
 */
import type { Context } from '../context.js';
import { FeatureRowCache } from './feature-rows.js';
import { FeatureTable, type FeatureTableArrays } from './feature-table.js';
import { type LexiconTags, tokenEvidence, tokenFeatures } from './features.js';
import { sequenceRanges } from './sequences.js';
import { OUTSIDE, spansOf, TAG_COUNT, type TaggedSpan } from './tags.js';
import { emissionsOf, viterbi } from './viterbi.js';

/** Feature string → row: a Map while training, a FeatureTable once decoded. */
export interface FeatureRows {
  get(feature: string): number | undefined;
  readonly size: number;
}

/** A decoded model as typed arrays only: posted to a worker thread, SharedArrayBuffers are not copied. */
export interface NamesModelArrays {
  readonly features: FeatureTableArrays;
  readonly weights: Float32Array;
  readonly transitions: Float32Array;
  readonly outsideBias: number;
}

export class NamesModel {
  static fromArrays(arrays: NamesModelArrays): NamesModel {
    const model = new NamesModel(
      new FeatureTable(arrays.features),
      arrays.weights,
      arrays.transitions,
      arrays.outsideBias,
    );
    model.arrays = arrays;
    return model;
  }

  /** set when the model was made of typed arrays (`fromArrays`) */
  arrays: NamesModelArrays | undefined;

  constructor(
    /** feature string → row */
    readonly features: FeatureRows,
    /** TAG_COUNT weights per row */
    readonly weights: ArrayLike<number>,
    readonly transitions: ArrayLike<number>,
    /**
     * Subtracted from the score of O at every token when decoding: a perceptron trained for
     * accuracy is shy of names; a small bias trades a little precision for more recall (chosen by
     * cross-validation inside the train split, stored with the weights).
     */
    readonly outsideBias = 0,
  ) {}

  /** Rows and summed weights of word forms seen so far (this thread's, this model's). */
  private rowCache: FeatureRowCache | undefined;

  /** Tag indices of every token of the context, decoded sequence by sequence. */
  tagTokens(ctx: Context, lexiconTags: LexiconTags): Uint8Array {
    this.rowCache ??= new FeatureRowCache(this.features, this.weights);
    const evidence = tokenEvidence(ctx, lexiconTags);
    const emissions = this.rowCache.emissions(evidence, ctx.readings);
    const tags = new Uint8Array(ctx.tokens.length);
    for (const { from, to } of sequenceRanges(ctx))
      this.decode(emissions.subarray(from * TAG_COUNT, to * TAG_COUNT), to - from, tags, from);
    return tags;
  }

  /**
   * The same tags the slow way, from tokenFeatures' strings (what training sees): the reference
   * the fast path is checked against (test/feature-rows.test.ts).
   */
  referenceTagTokens(ctx: Context, lexiconTags: LexiconTags): Uint8Array {
    const rows = tokenFeatures(ctx, lexiconTags).map((f) =>
      Int32Array.from(f, (s) => this.features.get(s) ?? -1),
    );
    const tags = new Uint8Array(ctx.tokens.length);
    for (const { from, to } of sequenceRanges(ctx))
      this.decode(emissionsOf(rows.slice(from, to), this.weights), to - from, tags, from);
    return tags;
  }

  spans(ctx: Context, lexiconTags: LexiconTags): TaggedSpan[] {
    return spansOf(this.tagTokens(ctx, lexiconTags));
  }

  private decode(emissions: Float64Array, length: number, tags: Uint8Array, at: number): void {
    for (let k = OUTSIDE; k < emissions.length; k += TAG_COUNT)
      emissions[k] = (emissions[k] ?? 0) - this.outsideBias;
    tags.set(viterbi(emissions, length, this.transitions), at);
  }
}

export const WEIGHTS_PER_ROW = TAG_COUNT;
