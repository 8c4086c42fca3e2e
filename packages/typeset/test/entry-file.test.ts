import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EntryFile, encodeEntries } from '../src/cache/entry-file.js';

const dir = mkdtempSync(join(tmpdir(), 'warraq-entries-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const none = EntryFile.fromBytes(Buffer.alloc(0), 'shaping');
const entries = new Map<string, unknown>([
  ['التحالف', ['r', 1000, 3412, 299, 0, 0, 0]],
  ['2021', ['l', 1000, 42, 532, 0, 0, 0]],
  ['12', null],
  ['', 'empty key'],
]);

describe('a file of entries opened without decoding it', () => {
  it('gives back every entry written, and nothing else', () => {
    const file = EntryFile.fromBytes(encodeEntries('shaping', none, entries), 'shaping');
    expect(file.size).toBe(4);
    for (const [key, value] of entries) {
      expect(file.has(key)).toBe(true);
      expect(file.get(key)).toEqual(value);
    }
    expect(file.has('الدولي')).toBe(false);
    expect(file.get('الدولي')).toBeUndefined();
  });

  it('carries the old records over unchanged when entries are added', () => {
    const first = encodeEntries('shaping', none, entries);
    const second = encodeEntries(
      'shaping',
      EntryFile.fromBytes(first, 'shaping'),
      new Map([['الدولي', [1, 2]]]),
    );
    expect(second.subarray(0, first.length).equals(first)).toBe(true);
    const file = EntryFile.fromBytes(second, 'shaping');
    expect(file.size).toBe(5);
    expect(file.get('الدولي')).toEqual([1, 2]);
    expect(file.get('التحالف')).toEqual(entries.get('التحالف'));
  });

  it('finds each of 50,000 keys (colliding slots included) and decodes only what is asked', () => {
    const many = new Map<string, unknown>();
    for (let i = 0; i < 50_000; i++) many.set(`w${i}`, [i]);
    const file = EntryFile.fromBytes(encodeEntries('shaping', none, many), 'shaping');
    expect(file.size).toBe(50_000);
    for (let i = 0; i < 50_000; i += 997) expect(file.get(`w${i}`)).toEqual([i]);
    expect(file.has('w50000')).toBe(false);
  });

  it('treats a damaged value as missing, never as a wrong entry', () => {
    const bytes = encodeEntries('shaping', none, new Map([['a', [1234]]]));
    const at = bytes.indexOf('1234');
    bytes[at] = '5'.charCodeAt(0); // still valid JSON: [5234]
    const file = EntryFile.fromBytes(bytes, 'shaping');
    expect(file.has('a')).toBe(true);
    expect(file.get('a')).toBeUndefined();
  });

  it('drops a record the new entries replace (a damaged one derived again), and keeps the others as they were', () => {
    const bytes = encodeEntries('shaping', none, entries);
    bytes[bytes.indexOf('3412')] = '5'.charCodeAt(0); // the entry of التحالف, damaged
    const damaged = EntryFile.fromBytes(bytes, 'shaping');
    expect(damaged.get('التحالف')).toBeUndefined();
    const mended = EntryFile.fromBytes(
      encodeEntries('shaping', damaged, new Map([['التحالف', ['r', 1000, 3412, 299, 0, 0, 0]]])),
      'shaping',
    );
    expect(mended.size).toBe(4);
    expect(mended.get('التحالف')).toEqual(entries.get('التحالف'));
    for (const key of ['2021', '12', '']) expect(mended.get(key)).toEqual(entries.get(key));
  });

  it('keeps the records before a cut, and is empty for another kind, garbage or no file', () => {
    const bytes = encodeEntries('shaping', none, entries);
    const cut = EntryFile.fromBytes(bytes.subarray(0, bytes.length - 3), 'shaping');
    expect(cut.size).toBe(3);
    expect(cut.get('التحالف')).toEqual(entries.get('التحالف'));
    expect(cut.has('')).toBe(false);
    expect(EntryFile.fromBytes(bytes, 'outlines').size).toBe(0);
    expect(EntryFile.fromBytes(Buffer.from('{"format":"shaping","entries":{'), 'shaping').size).toBe(0);
    writeFileSync(join(dir, 'f.bin'), bytes);
    expect(EntryFile.open(join(dir, 'f.bin'), 'shaping').size).toBe(4);
    expect(readFileSync(join(dir, 'f.bin')).length).toBe(bytes.length);
    expect(EntryFile.open(join(dir, 'missing.bin'), 'shaping').size).toBe(0);
  });
});
