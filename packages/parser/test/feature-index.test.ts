import { readNamesModel } from '@warraq/names-model';
import { describe, expect, it } from 'vitest';
import { Utf8FeatureIndex } from '../src/names/model/feature-index.js';

const encode = (names: string[]) => new TextEncoder().encode(names.join('\n'));

/** The index decodeModel used to build: every name decoded, then Map.set in row order. */
function mapOf(bytes: Uint8Array, rows: number): Map<string, number> {
  const map = new Map<string, number>();
  const names = rows === 0 ? [] : new TextDecoder().decode(bytes).split('\n');
  names.forEach((name, i) => {
    map.set(name, i);
  });
  return map;
}

describe('the names model feature index', () => {
  it('gives the row of every feature of the shipped model, as the decoded Map did', () => {
    const file = readNamesModel();
    const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
    const rows = view.getUint32(8, true);
    const tags = view.getUint32(4, true);
    const namesAt = 20 + (tags + 1) * tags * 4 + rows * tags * 2;
    const names = file.subarray(namesAt);
    const map = mapOf(names, rows);
    const index = new Utf8FeatureIndex(names, rows);
    expect(index.size).toBe(rows);
    expect(map.size).toBeGreaterThan(100_000);
    let checked = 0;
    for (const [name, row] of map) {
      if (index.get(name) !== row)
        throw new Error(`feature ${JSON.stringify(name)}: ${index.get(name)} ≠ ${row}`);
      checked++;
    }
    expect(checked).toBe(map.size);
    for (const absent of ['', 'w=لا-يوجد-هذا', 'x'.repeat(500), `${[...map.keys()][0]}\n`])
      expect(index.get(absent)).toBe(map.get(absent));
  });

  it('agrees with the Map on repeats, a byte order mark, astral and lone surrogates', () => {
    const names = ['\ufeffبوم', 'a', 'b', 'a', '😀x', 'ﻻ', ''];
    const bytes = encode(names);
    const map = mapOf(bytes, names.length);
    const index = new Utf8FeatureIndex(bytes, names.length);
    for (const q of [...names, 'بوم', '\ud83d', '\ud83dx', '\ufffd', 'c'])
      expect([q, index.get(q)]).toEqual([q, map.get(q)]);
  });

  it('refuses a names region that does not list one name per row', () => {
    expect(() => new Utf8FeatureIndex(encode(['a', 'b']), 3)).toThrow(/2 features for 3 rows/);
    expect(() => new Utf8FeatureIndex(encode(['a', 'b', 'c']), 2)).toThrow(/features for 2 rows/);
  });
});
