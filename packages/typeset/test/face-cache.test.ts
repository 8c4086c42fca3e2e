import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EntryFile } from '../src/cache/entry-file.js';
import { saveFaceCaches, shapeRun, useFaceCache } from '../src/index.js';
import { freshStack, renderFirstArticle } from './fresh-stack.js';

const dir = mkdtempSync(join(tmpdir(), 'warraq-shaping-'));
afterAll(() => {
  useFaceCache(undefined);
  rmSync(dir, { recursive: true, force: true });
});

describe('the caches of shaped words and glyph outlines', () => {
  it('gives the same PDF bytes off, empty (filling it), full, and over a corrupt file', async () => {
    useFaceCache(undefined);
    const off = await renderFirstArticle(freshStack());
    useFaceCache(dir);
    const cold = await renderFirstArticle(freshStack());
    saveFaceCaches();
    const files = readdirSync(dir);
    expect(files.some((f) => f.startsWith('shaping-'))).toBe(true);
    expect(files.some((f) => f.startsWith('outlines-'))).toBe(true);
    expect(files.every((f) => /^(shaping|outlines)-[0-9a-f]{32}\.bin$/.test(f))).toBe(true); // no temporary left
    const warmStack = freshStack();
    const warm = await renderFirstArticle(warmStack);
    expect(Buffer.compare(cold, off)).toBe(0);
    expect(Buffer.compare(warm, off)).toBe(0);
    // damaged files: every entry's value changed in one (its records still whole, as entry-file.ts
    // lays them out), one cut in the middle of a record, and garbage
    const [flipped, cut, ...garbage] = files;
    const bytes = readFileSync(join(dir, flipped!));
    const recordsBefore = EntryFile.open(join(dir, flipped!), flipped!.split('-')[0]!).size;
    for (let at = bytes.indexOf('\n') + 1; at < bytes.length; ) {
      const value = at + 16 + bytes.readUInt32LE(at + 8);
      const end = value + bytes.readUInt32LE(at + 12);
      const digit = bytes.subarray(value, end).findIndex((b) => b >= 0x30 && b <= 0x38);
      if (digit >= 0) bytes[value + digit] = bytes[value + digit]! + 1; // still valid JSON, now wrong
      at = end;
    }
    writeFileSync(join(dir, flipped!), bytes);
    const whole = readFileSync(join(dir, cut!));
    writeFileSync(join(dir, cut!), whole.subarray(0, Math.floor(whole.length / 2)));
    for (const f of garbage) writeFileSync(join(dir, f), '{"format":"shaping","entries":{"x":');
    const corrupt = await renderFirstArticle(freshStack());
    saveFaceCaches();
    expect(Buffer.compare(corrupt, off)).toBe(0);
    const mended = await renderFirstArticle(freshStack()); // from the files the damaged ones were replaced with
    expect(Buffer.compare(mended, off)).toBe(0);
    // the file whose values were changed: each entry derived again and written in its place
    const repaired = EntryFile.open(join(dir, flipped!), flipped!.split('-')[0]!);
    expect(recordsBefore).toBeGreaterThan(20);
    expect(repaired.size).toBe(recordsBefore);
    for (const key of repaired.keys()) expect(repaired.get(key)).not.toBeUndefined();
    expect(readFileSync(join(dir, cut!)).length).toBe(whole.length); // filled again, the cut half written anew
  });

  it('gives back the runs fontkit shaped, for a face it has never shaped in this process', () => {
    useFaceCache(dir);
    const words = ['التحالف', 'الدولي', '2021', 'ISIS', 'لا', ' '];
    const first = freshStack().families[0]!.faces.normal;
    const shaped = words.map((w) => shapeRun(first, w));
    saveFaceCaches();
    useFaceCache(undefined);
    const fresh = words.map((w) => shapeRun(freshStack().families[0]!.faces.normal, w));
    useFaceCache(dir);
    const fromFile = words.map((w) => shapeRun(freshStack().families[0]!.faces.normal, w));
    expect(fromFile).toEqual(shaped);
    expect(fromFile).toEqual(fresh);
    expect(shaped[0]!.glyphs.length).toBeGreaterThan(3);
  });

  it("removes other releases' files not read for a week when it writes, and nothing else", async () => {
    const own = join(dir, 'pruned');
    mkdirSync(own);
    const weekAgo = Date.now() / 1000 - 8 * 24 * 3600;
    const stale = [
      'shaping-0123456789abcdef0123456789abcdef.json',
      'outlines-0123456789abcdef0123456789abcdef.bin',
    ];
    const kept = [
      'shaping-fedcba9876543210fedcba9876543210.bin',
      'notes.txt',
      'code-0123456789abcdef0123456789abcdef.v8',
    ];
    for (const f of [...stale, ...kept]) writeFileSync(join(own, f), 'x');
    for (const f of [...stale, 'notes.txt', kept[2]!]) utimesSync(join(own, f), weekAgo, weekAgo);
    useFaceCache(own);
    await renderFirstArticle(freshStack());
    saveFaceCaches();
    const left = readdirSync(own);
    for (const f of stale) expect(left).not.toContain(f);
    for (const f of kept) expect(left).toContain(f); // read lately, or not a face store's file
    expect(left.filter((f) => f.endsWith('.bin')).length).toBeGreaterThan(
      kept.filter((f) => f.endsWith('.bin')).length,
    );
  });
});
