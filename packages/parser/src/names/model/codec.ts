/**
 * The shipped model file, byte-stable: "WNM1", then little-endian u32 tag count, u32 row count,
 * f32 scale, f32 outside bias, the transitions as f32, the weights as i16 (weight = value × scale), and the feature
 * strings as UTF-8 joined by U+000A, sorted so the same weights always give the same bytes.
 */
import { type Allocate, FeatureTable } from './feature-table.js';
import { NamesModel } from './model.js';
import { TAG_COUNT } from './tags.js';
import { TRANSITION_COUNT } from './viterbi.js';

const MAGIC = 0x314d4e57; // "WNM1" little-endian

export interface ModelData {
  readonly features: readonly string[];
  /** TAG_COUNT per feature, in the order of `features` */
  readonly weights: ArrayLike<number>;
  readonly transitions: ArrayLike<number>;
  readonly outsideBias: number;
}

export function encodeModel(data: ModelData): Uint8Array {
  const order = data.features
    .map((_, i) => i)
    .sort((a, b) => {
      const x = data.features[a] ?? '';
      const y = data.features[b] ?? '';
      return x < y ? -1 : x > y ? 1 : 0;
    });
  let largest = 0;
  for (let k = 0; k < data.features.length * TAG_COUNT; k++)
    largest = Math.max(largest, Math.abs(data.weights[k] ?? 0));
  const scale = Math.fround(largest > 0 ? largest / 32767 : 1);
  const names = new TextEncoder().encode(order.map((i) => data.features[i]).join('\n'));
  const header = 20;
  const size = header + TRANSITION_COUNT * 4 + order.length * TAG_COUNT * 2 + names.length;
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, TAG_COUNT, true);
  view.setUint32(8, order.length, true);
  view.setFloat32(12, scale, true);
  view.setFloat32(16, data.outsideBias, true);
  let at = header;
  for (let k = 0; k < TRANSITION_COUNT; k++, at += 4) view.setFloat32(at, data.transitions[k] ?? 0, true);
  for (const i of order) {
    for (let t = 0; t < TAG_COUNT; t++, at += 2)
      view.setInt16(at, Math.round((data.weights[i * TAG_COUNT + t] ?? 0) / scale), true);
  }
  bytes.set(names, at);
  return bytes;
}

/**
 * The model in `bytes`. Its arrays are made with `allocate`: SharedArrayBuffers give a model whose
 * `arrays` every worker thread can use without a copy (`NamesModel.fromArrays`).
 */
export function decodeModel(bytes: Uint8Array, allocate: Allocate = (n) => new ArrayBuffer(n)): NamesModel {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 20 || view.getUint32(0, true) !== MAGIC)
    throw new Error('not a Warraq names model (bad magic number)');
  if (view.getUint32(4, true) !== TAG_COUNT)
    throw new Error(`names model has ${view.getUint32(4, true)} tags; this parser expects ${TAG_COUNT}`);
  const rows = view.getUint32(8, true);
  const scale = view.getFloat32(12, true);
  const outsideBias = view.getFloat32(16, true);
  let at = 20;
  const transitions = new Float32Array(allocate(4 * TRANSITION_COUNT));
  for (let k = 0; k < TRANSITION_COUNT; k++, at += 4) transitions[k] = view.getFloat32(at, true);
  const weights = new Float32Array(allocate(4 * rows * TAG_COUNT));
  for (let k = 0; k < rows * TAG_COUNT; k++, at += 2) weights[k] = view.getInt16(at, true) * scale;
  const joined = rows === 0 ? '' : new TextDecoder().decode(bytes.subarray(at));
  let listed = rows === 0 ? 0 : 1;
  for (let i = joined.indexOf('\n'); i >= 0; i = joined.indexOf('\n', i + 1)) listed++;
  if (listed !== rows) throw new Error(`names model lists ${listed} features for ${rows} rows`);
  const features = FeatureTable.fromJoined(joined, rows, allocate);
  return NamesModel.fromArrays({ features: features.arrays, weights, transitions, outsideBias });
}
