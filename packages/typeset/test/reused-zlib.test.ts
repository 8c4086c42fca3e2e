import { deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { closeReusedZlib, reusedDeflate, reusedInflate } from '../src/reused-zlib.js';

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

const inputs = [
  Buffer.from('q 0.014 0 0 0.014 100.5 200.25 cm /Gl1 Do Q\n'),
  Buffer.from('x'),
  ...Array.from({ length: 40 }, (_, i) => sample(50 + i * 97, 12, i + 1)),
  sample(300_000, 20, 7), // many times zlib's own output chunk
  sample(70_000, 256, 3), // incompressible: deflate's output is larger than its input
];

describe('zlib on one reused stream, reset between calls', () => {
  it('deflates to the bytes deflateSync gives, call after call', () => {
    for (const input of inputs) expect(reusedDeflate(input).equals(deflateSync(input))).toBe(true);
  });

  it('inflates what deflateSync made, with the length known, guessed short, or not given', () => {
    for (const input of inputs) {
      const deflated = deflateSync(input);
      expect(reusedInflate(deflated, input.length).equals(input)).toBe(true);
      expect(reusedInflate(deflated, 10).equals(input)).toBe(true); // several rounds of output
      expect(reusedInflate(deflated).equals(inflateSync(deflated))).toBe(true);
    }
  });

  it('throws on data that is not zlib data, and works again after', () => {
    expect(() => reusedInflate(Buffer.from([1, 2, 3, 4, 5, 6]))).toThrow(/inflate failed/);
    expect(reusedInflate(deflateSync(inputs[0]!)).equals(inputs[0]!)).toBe(true);
  });

  it('makes new streams after closeReusedZlib (before a V8 snapshot is written)', () => {
    const input = inputs[5]!;
    reusedDeflate(input);
    closeReusedZlib();
    expect(reusedDeflate(input).equals(deflateSync(input))).toBe(true);
    expect(reusedInflate(deflateSync(input), input.length).equals(input)).toBe(true);
  });
});
