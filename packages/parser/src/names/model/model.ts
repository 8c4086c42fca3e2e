/**
 * A trained names model: one weight row per feature string, transition scores, and decoding of a
 * text's tokens into typed spans. The weights are data (CC BY-SA 4.0, in @warraq/names-model);
 * this code is the parser's (MIT).
 */
import type { Context } from '../context.js';
import { FeatureTable, type FeatureTableArrays } from './feature-table.js';
import { type LexiconTags, tokenFeatures } from './features.js';
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

  /** Tag indices of every token of the context, decoded sequence by sequence. */
  tagTokens(ctx: Context, lexiconTags: LexiconTags): Uint8Array {
    const features = tokenFeatures(ctx, lexiconTags);
    const rows = features.map((f) => this.rowsOf(f));
    const tags = new Uint8Array(ctx.tokens.length);
    for (const { from, to } of sequenceRanges(ctx)) {
      const emissions = emissionsOf(rows.slice(from, to), this.weights);
      for (let k = OUTSIDE; k < emissions.length; k += TAG_COUNT)
        emissions[k] = (emissions[k] ?? 0) - this.outsideBias;
      tags.set(viterbi(emissions, to - from, this.transitions), from);
    }
    return tags;
  }

  spans(ctx: Context, lexiconTags: LexiconTags): TaggedSpan[] {
    return spansOf(this.tagTokens(ctx, lexiconTags));
  }

  private rowsOf(features: readonly string[]): Int32Array {
    const ids = new Int32Array(features.length);
    features.forEach((f, k) => {
      ids[k] = this.features.get(f) ?? -1;
    });
    return ids;
  }
}

export const WEIGHTS_PER_ROW = TAG_COUNT;
