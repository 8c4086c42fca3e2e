import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { nativeInflate } from '../src/patches/native-inflate.js';

// tiny-inflate as unicode-trie and fontkit load it (resolved from fontkit, which depends on it)
const tinyInflate = createRequire(createRequire(import.meta.url).resolve('fontkit'))('tiny-inflate') as (
  source: Uint8Array,
  dest: Uint8Array,
) => Uint8Array;

/** Bytes that compress somewhat, from a fixed seed. */
function sample(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = 12345;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = (state >>> 24) % 17;
  }
  return bytes;
}

describe('nativeInflate (tiny-inflate on zlib)', () => {
  const original = sample(50_000);
  const compressed = new Uint8Array(deflateRawSync(original));

  it('fills a destination of the exact size as tiny-inflate does', () => {
    const ours = nativeInflate(compressed, new Uint8Array(original.length));
    expect(Buffer.from(ours).equals(Buffer.from(original))).toBe(true);
    expect(
      Buffer.from(ours).equals(Buffer.from(tinyInflate(compressed, new Uint8Array(original.length)))),
    ).toBe(true);
  });

  it('returns only the filled part of a larger destination, as tiny-inflate does', () => {
    const ours = nativeInflate(compressed, new Uint8Array(original.length + 100));
    const theirs = tinyInflate(compressed, new Uint8Array(original.length + 100));
    expect(ours.length).toBe(original.length);
    expect(Buffer.from(ours).equals(Buffer.from(theirs))).toBe(true);
  });

  it('inflates the Unicode trie unicode-properties loads (twice, as unicode-trie does) to the same bytes', () => {
    const fromFontkit = createRequire(createRequire(import.meta.url).resolve('fontkit'));
    const source = readFileSync(fromFontkit.resolve('unicode-properties'), 'utf8');
    const base64 = /toByteArray\("([A-Za-z0-9+/=]+)"\)/.exec(source)?.[1];
    expect(base64).toBeDefined();
    const trie = new Uint8Array(Buffer.from(base64!, 'base64'));
    const length = new DataView(trie.buffer).getUint32(8, true);
    const twice = (inflate: typeof nativeInflate) =>
      inflate(inflate(trie.subarray(12), new Uint8Array(length)), new Uint8Array(length));
    const ours = twice(nativeInflate);
    expect(ours.length).toBe(length);
    expect(Buffer.from(ours).equals(Buffer.from(twice(tinyInflate)))).toBe(true);
  });

  it('throws on data that is not DEFLATE, as tiny-inflate does', () => {
    const garbage = new Uint8Array([0xff, 0xff, 0xff, 0xff]);
    expect(() => tinyInflate(garbage, new Uint8Array(10))).toThrow();
    expect(() => nativeInflate(garbage, new Uint8Array(10))).toThrow();
  });
});
