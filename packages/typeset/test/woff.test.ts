import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { FontFormatError, isWoff, loadAmiri, woffToSfnt } from '../src/index.js';

const require = createRequire(import.meta.url);
const files = join(dirname(require.resolve('@fontsource/amiri/package.json')), 'files');

describe('woffToSfnt', () => {
  it('turns each Amiri WOFF into an sfnt fontkit reads with the same glyphs and metrics', () => {
    const woff = readFileSync(join(files, 'amiri-arabic-400-normal.woff'));
    expect(isWoff(woff)).toBe(true);
    const sfnt = woffToSfnt(woff);
    expect(isWoff(sfnt)).toBe(false);
    const fromWoff = fontkit.create(woff) as fontkit.Font;
    const fromSfnt = fontkit.create(Buffer.from(sfnt)) as fontkit.Font;
    expect(fromSfnt.numGlyphs).toBe(fromWoff.numGlyphs);
    expect(fromSfnt.unitsPerEm).toBe(fromWoff.unitsPerEm);
    const word = 'تلفزيون';
    expect(fromSfnt.layout(word).glyphs.map((g) => g.id)).toEqual(
      fromWoff.layout(word).glyphs.map((g) => g.id),
    );
  });

  it('rejects bytes that are not WOFF with a stable code', () => {
    expect(() => woffToSfnt(new Uint8Array([1, 2, 3, 4]))).toThrow(FontFormatError);
    const truncated = readFileSync(join(files, 'amiri-latin-400-normal.woff')).subarray(0, 60);
    expect(() => woffToSfnt(truncated)).toThrow(/truncated|outside/);
  });

  it('loads regular, bold and italic Amiri for the arabic, latin and latin-ext subsets', () => {
    const stack = loadAmiri();
    expect(stack.families.map((f) => f.name)).toEqual(['Amiri-arabic', 'Amiri-latin', 'Amiri-latin-ext']);
    const arabic = stack.families[0]!;
    expect(arabic.faces.bold.font.postscriptName).toMatch(/Bold/);
    expect(arabic.faces.italics.font.postscriptName).toMatch(/Slanted|Italic/);
    // the arabic subset lacks Latin digits: they must come from the latin subset
    expect(arabic.faces.normal.font.hasGlyphForCodePoint(0x31)).toBe(false);
    expect(stack.families[1]!.faces.normal.font.hasGlyphForCodePoint(0x31)).toBe(true);
  });
});
