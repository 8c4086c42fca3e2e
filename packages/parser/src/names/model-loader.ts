/** The model shipped in @warraq/names-model, decoded once on first use, or adopted from another thread. */
import { readFileSync } from 'node:fs';
import { namesModelUrl } from '@warraq/names-model';
import { decodeModel } from './model/codec.js';
import { NamesModel, type NamesModelArrays } from './model/model.js';

let cached: NamesModel | undefined;

/** The file's bytes, read for one decode and then left to the collector (readNamesModel keeps its 5.4 MB for good). */
const modelBytes = () => new Uint8Array(readFileSync(namesModelUrl));

export function defaultNamesModel(): NamesModel {
  cached ??= decodeModel(modelBytes());
  return cached;
}

/**
 * The default model decoded into SharedArrayBuffers (~13 MB), for a process that parses in several
 * worker threads: post the arrays to each (workerData), which calls `adoptNamesModel`, and the
 * threads share one copy instead of decoding ~30 MB each. This thread uses the same model.
 */
export function shareDefaultNamesModel(): NamesModelArrays {
  if (cached?.arrays === undefined || !(cached.arrays.weights.buffer instanceof SharedArrayBuffer))
    cached = decodeModel(modelBytes(), (bytes) => new SharedArrayBuffer(bytes));
  return cached.arrays as NamesModelArrays;
}

/** Makes `arrays` (from `shareDefaultNamesModel` in another thread) this thread's default model. */
export function adoptNamesModel(arrays: NamesModelArrays): void {
  cached = NamesModel.fromArrays(arrays);
}
