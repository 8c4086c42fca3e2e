import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readNamesModel, readNamesModelDigest } from '@warraq/names-model';
import { describe, expect, it } from 'vitest';
import { decodeModelArrays, encodeModelArrays } from '../src/names/model/arrays-file.js';
import { decodeModel } from '../src/names/model/codec.js';
import type { NamesModelArrays } from '../src/names/model/model.js';

const model = readNamesModel();
const digest = createHash('sha256').update(model).digest();
const decoded = decodeModel(model).arrays!;

/** Every array element for element, and the bias. */
function expectSameArrays(actual: NamesModelArrays | undefined, expected: NamesModelArrays): void {
  expect(actual).toBeDefined();
  const pairs = [
    [actual!.transitions, expected.transitions],
    [actual!.weights, expected.weights],
    [actual!.features.starts, expected.features.starts],
    [actual!.features.slots, expected.features.slots],
    [actual!.features.chars, expected.features.chars],
  ] as const;
  for (const [a, b] of pairs) {
    expect(a.constructor).toBe(b.constructor);
    expect(
      Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(
        Buffer.from(b.buffer, b.byteOffset, b.byteLength),
      ),
    ).toBe(true);
  }
  expect(actual!.outsideBias).toBe(expected.outsideBias);
}

describe('the names model arrays file', () => {
  it('gives back the arrays decodeModel makes, for the model it was made from', () => {
    expectSameArrays(decodeModelArrays(encodeModelArrays(decoded, digest), digest), decoded);
  });

  it('is refused for another model, or cut short', () => {
    const file = encodeModelArrays(decoded, digest);
    const other = Uint8Array.from(digest, (b, i) => (i === 7 ? b ^ 1 : b));
    expect(decodeModelArrays(file, other)).toBeUndefined();
    expect(decodeModelArrays(file.subarray(0, file.length - 2), digest)).toBeUndefined();
    expect(decodeModelArrays(file.subarray(0, 40), digest)).toBeUndefined();
  });

  it('as the build wrote it (dist/names/model-arrays.bin), holds the shipped model', () => {
    const built = fileURLToPath(new URL('../dist/names/model-arrays.bin', import.meta.url));
    expect(existsSync(built), 'dist/names/model-arrays.bin is missing: npm run build').toBe(true);
    const bytes = readFileSync(built);
    expectSameArrays(decodeModelArrays(new Uint8Array(bytes), digest), decoded);
    // the loader knows the model by the digest file shipped beside it, without hashing the model
    expectSameArrays(decodeModelArrays(new Uint8Array(bytes), readNamesModelDigest()!), decoded);
  });
});
