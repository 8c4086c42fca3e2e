/** The model shipped in @warraq/names-model, decoded once on first use, or adopted from another thread. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { namesModelUrl, readNamesModelDigest } from '@warraq/names-model';
import { decodeModelArrays } from './model/arrays-file.js';
import { decodeModel } from './model/codec.js';
import { NamesModel, type NamesModelArrays } from './model/model.js';

let cached: NamesModel | undefined;

/** The decoded arrays written at build time (scripts/write-model-arrays.mjs; see model/arrays-file.ts). */
export const modelArraysUrl = new URL('./model-arrays.bin', import.meta.url);

/** The file's bytes, read for one decode and then left to the collector (readNamesModel keeps its 5.4 MB for good). */
function modelBytes(): Uint8Array {
  const bytes = readFileSync(namesModelUrl);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export function defaultNamesModel(): NamesModel {
  cached ??= loadDefaultModel();
  return cached;
}

/**
 * From the build's arrays when they were made from this very model file, else decoded from it. The
 * model is known by the digest file shipped beside it (checked against the file by the package's
 * tests and by CI's retraining): reading and hashing the 5.4 MB file was ~5 % of a brief's process.
 * Without a digest file, the model is hashed.
 */
function loadDefaultModel(): NamesModel {
  const shipped = readNamesModelDigest();
  if (shipped !== undefined) {
    const arrays = readModelArrays(shipped);
    if (arrays !== undefined) return NamesModel.fromArrays(arrays);
  }
  const bytes = modelBytes();
  const arrays = shipped === undefined ? readModelArrays(sha256(bytes)) : undefined;
  return arrays === undefined ? decodeModel(bytes) : NamesModel.fromArrays(arrays);
}

const sha256 = (bytes: Uint8Array): Uint8Array => createHash('sha256').update(bytes).digest();

function readModelArrays(modelDigest: Uint8Array): NamesModelArrays | undefined {
  let file: Buffer;
  try {
    file = readFileSync(modelArraysUrl);
  } catch {
    return undefined; // not built (a test run from the sources): decode
  }
  // typed arrays need 4-byte alignment: a file read into a pooled buffer is copied first
  const bytes =
    file.byteOffset % 4 === 0
      ? new Uint8Array(file.buffer, file.byteOffset, file.byteLength)
      : new Uint8Array(file);
  return decodeModelArrays(bytes, modelDigest);
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
