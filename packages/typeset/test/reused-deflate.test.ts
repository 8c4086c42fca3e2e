import { deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { reusedDeflate } from '../src/patches/reused-deflate.js';

/** Bytes from a fixed seed: `spread` small makes them compress well, 256 hardly at all. */
function sample(length: number, spread: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = (state >>> 16) % spread;
  }
  return bytes;
}

describe('reusedDeflate (one zlib stream, reset between calls)', () => {
  it('gives the bytes deflateSync gives, call after call', () => {
    const inputs = [
      Buffer.from('q 0.014 0 0 0.014 100.5 200.25 cm /Gl1 Do Q\n'),
      Buffer.from('x'),
      ...Array.from({ length: 40 }, (_, i) => sample(50 + i * 97, 12, i + 1)),
      sample(300_000, 20, 7), // many times zlib's output chunk
      sample(70_000, 256, 3), // incompressible: deflate's output is larger than its input
    ];
    for (const input of inputs) {
      const ours = reusedDeflate(input);
      expect(ours.equals(deflateSync(input))).toBe(true);
      expect(inflateSync(ours).equals(input)).toBe(true);
    }
  });
});
