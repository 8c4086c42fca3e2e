import { describe, expect, it } from 'vitest';
import { checkIsText } from '../src/index.js';
import { encoder } from './helpers.js';

const article = 'وصل الوفد إلى بيروت صباح اليوم.\nوقال المتحدث إن المحادثات ستستمر.\n';

/** The same "random" bytes on every run: a linear congruential generator with a fixed seed. */
function pseudoRandomBytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    out[i] = state >>> 24;
  }
  return out;
}

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    out[2 + 2 * i] = text.charCodeAt(i) & 0xff;
    out[3 + 2 * i] = text.charCodeAt(i) >> 8;
  }
  return out;
}

describe('checkIsText', () => {
  it('accepts real text in UTF-8 and UTF-16 (whose NUL bytes are part of the encoding), and an empty file', () => {
    expect(checkIsText(encoder.encode(article), 'a.txt')).toEqual([]);
    expect(checkIsText(utf16le(article), 'a.txt')).toEqual([]);
    expect(checkIsText(new Uint8Array(), 'empty.txt')).toEqual([]);
  });

  it('accepts text with a stray control character or bad byte', () => {
    const bytes = encoder.encode(`${article}\u0007`);
    const withBadByte = new Uint8Array([...encoder.encode(article), 0xff]);
    expect(checkIsText(bytes, 'a.txt')).toEqual([]);
    expect(checkIsText(withBadByte, 'a.txt')).toEqual([]);
  });

  it('refuses 5,000 random bytes, naming the file', () => {
    const [d] = checkIsText(pseudoRandomBytes(5000, 11), 'x.txt');
    expect(d).toMatchObject({ code: 'NOT_TEXT', severity: 'error', file: 'x.txt' });
  });

  it('refuses random bytes without a NUL among them for their control characters', () => {
    const bytes = pseudoRandomBytes(5000, 7).map((b) => (b === 0 ? 1 : b));
    const [d] = checkIsText(bytes, 'x.txt');
    expect(d?.code).toBe('NOT_TEXT');
    expect(d?.message).toMatch(/% of its characters are control characters/);
  });

  it('places a NUL byte at its line and column', () => {
    const bytes = encoder.encode('سطر أول\nabc\u0000def\n');
    expect(checkIsText(bytes, 'nul.txt')).toEqual([
      expect.objectContaining({ code: 'NOT_TEXT', file: 'nul.txt', line: 2, column: 4, byteOffset: 17 }),
    ]);
  });
});
