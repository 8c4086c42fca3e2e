import { inflateRawSync } from 'node:zlib';

/**
 * A drop-in for tiny-inflate 1.0.3 (`inflate(source, dest)`: raw DEFLATE into `dest`, returning
 * `dest`, or a copy of its filled part when the data is shorter) on Node's native zlib. Only the
 * bundled warraq-brief command uses it (apps/brief/scripts/bundle.mjs puts it in tiny-inflate's
 * place): unicode-properties and fontkit inflate their Unicode tries when they load, and tiny-inflate's
 * JavaScript, run once and never optimised, took ~40 ms of a brief's start-up for what zlib does in
 * about 1 ms. The bytes out are the same (test/native-inflate.test.ts).
 */
export function nativeInflate(source: Uint8Array, dest: Uint8Array): Uint8Array {
  const out = inflateRawSync(source);
  dest.set(out.subarray(0, dest.length));
  return out.length < dest.length ? dest.slice(0, out.length) : dest;
}
