/**
 * The decoded model's typed arrays as one file, written at build time (scripts/write-model-arrays.mjs
 * → dist/names/model-arrays.bin) so that a process reads them instead of decoding the model file:
 * decoding (weights from i16, the feature strings from UTF-8, hashing ~105,000 of them into the
 * table) was ~35 ms of every brief's start-up; reading the arrays and checking the model's SHA-256
 * is ~10 ms. The file names the model it was made from by that digest, and is used only for it:
 * a model changed or installed without a rebuild is decoded as before.
 *
 * Layout, little-endian (the file is refused on a big-endian machine): "WNA1", u32 rows, u32
 * chars, u32 slots, u32 transitions, f32 outside bias, 32 bytes of the model file's SHA-256, then
 * the transitions (f32), weights (f32, TAG_COUNT a row), starts (u32, rows + 1), slots (i32) and
 * chars (u16): every array starts 4-byte aligned.
 */
import type { NamesModelArrays } from './model.js';
import { TAG_COUNT } from './tags.js';

const MAGIC = 0x31414e57; // "WNA1" little-endian
const HEADER = 56;
const DIGEST_AT = 24;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

export function encodeModelArrays(arrays: NamesModelArrays, modelDigest: Uint8Array): Uint8Array {
  const { features, weights, transitions } = arrays;
  const parts = [transitions, weights, features.starts, features.slots, features.chars];
  const size = HEADER + parts.reduce((sum, part) => sum + part.byteLength, 0);
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, features.starts.length - 1, true);
  view.setUint32(8, features.chars.length, true);
  view.setUint32(12, features.slots.length, true);
  view.setUint32(16, transitions.length, true);
  view.setFloat32(20, arrays.outsideBias, true);
  bytes.set(modelDigest, DIGEST_AT);
  let at = HEADER;
  for (const part of parts) {
    bytes.set(new Uint8Array(part.buffer, part.byteOffset, part.byteLength), at);
    at += part.byteLength;
  }
  return bytes;
}

/** The arrays in `bytes` (views on its memory, no copy) if they were made from the model whose SHA-256 is `modelDigest`; else undefined. */
export function decodeModelArrays(bytes: Uint8Array, modelDigest: Uint8Array): NamesModelArrays | undefined {
  if (!LITTLE_ENDIAN || bytes.byteLength < HEADER || bytes.byteOffset % 4 !== 0) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC) return undefined;
  const digest = bytes.subarray(DIGEST_AT, DIGEST_AT + 32);
  if (modelDigest.length !== 32 || !digest.every((b, i) => b === modelDigest[i])) return undefined;
  const rows = view.getUint32(4, true);
  const charCount = view.getUint32(8, true);
  const slotCount = view.getUint32(12, true);
  const transitionCount = view.getUint32(16, true);
  const size = HEADER + 4 * (transitionCount + rows * TAG_COUNT + rows + 1 + slotCount) + 2 * charCount;
  if (size !== bytes.byteLength) return undefined;
  let at = bytes.byteOffset + HEADER;
  const take = <T>(
    make: (buffer: ArrayBufferLike, offset: number, length: number) => T,
    length: number,
    unit: number,
  ): T => {
    const array = make(bytes.buffer, at, length);
    at += length * unit;
    return array;
  };
  const transitions = take((b, o, n) => new Float32Array(b, o, n), transitionCount, 4);
  const weights = take((b, o, n) => new Float32Array(b, o, n), rows * TAG_COUNT, 4);
  const starts = take((b, o, n) => new Uint32Array(b, o, n), rows + 1, 4);
  const slots = take((b, o, n) => new Int32Array(b, o, n), slotCount, 4);
  const chars = take((b, o, n) => new Uint16Array(b, o, n), charCount, 2);
  return { features: { chars, starts, slots }, weights, transitions, outsideBias: view.getFloat32(20, true) };
}
