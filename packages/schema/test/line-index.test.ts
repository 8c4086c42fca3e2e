import { describe, expect, it } from 'vitest';
import { Diagnostic, LineIndex, lineColumnAt } from '../src/index.js';

describe('LineIndex', () => {
  it('ends lines at LF, CRLF and a lone CR', () => {
    const index = new LineIndex('a\nb\r\nc\rd');
    expect([0, 2, 5, 7].map((o) => index.at(o))).toEqual([
      { line: 1, column: 1 },
      { line: 2, column: 1 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
    ]);
    // the CR of a CRLF is still on its line
    expect(index.at(3)).toEqual({ line: 2, column: 2 });
    expect(lineColumnAt('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumnAt('a\r\nb', 3)).toEqual({ line: 2, column: 1 });
  });

  it('counts a surrogate pair as one column and Arabic letters one each', () => {
    expect(lineColumnAt('😀x', 2)).toEqual({ line: 1, column: 2 });
    expect(lineColumnAt('قال\nإنّ', 7)).toEqual({ line: 2, column: 4 });
  });

  it('gives the same answer in any order of lookups (the resumed count is only a shortcut)', () => {
    const text = 'أ😀ب ت\nث😀ج';
    const offsets = Array.from({ length: text.length + 1 }, (_, i) => i);
    const fresh = offsets.map((o) => lineColumnAt(text, o));
    const index = new LineIndex(text);
    expect(offsets.map((o) => index.at(o))).toEqual(fresh);
    expect([...offsets].reverse().map((o) => index.at(o))).toEqual([...fresh].reverse());
  });

  it('clamps offsets outside the text', () => {
    const index = new LineIndex('ab\ncd');
    expect(index.at(-3)).toEqual({ line: 1, column: 1 });
    expect(index.at(99)).toEqual({ line: 2, column: 3 });
  });

  it('locates a range by its start and its exclusive end', () => {
    const index = new LineIndex('ab\ncde');
    expect(index.range(1, 5)).toEqual({ line: 1, column: 2, endLine: 2, endColumn: 3 });
    // an end before the start is read as an empty range at the start
    expect(index.range(4, 1)).toEqual({ line: 2, column: 2, endLine: 2, endColumn: 2 });
  });
});

describe('Diagnostic', () => {
  const base = { code: 'X', severity: 'error', message: 'm', line: 1, column: 2 } as const;
  it('accepts a start alone (as before) and a start with an end', () => {
    expect(Diagnostic.safeParse(base).success).toBe(true);
    expect(Diagnostic.safeParse({ ...base, endLine: 1, endColumn: 4, endOffset: 3 }).success).toBe(true);
  });
  it('refuses an end that is not a position', () => {
    expect(Diagnostic.safeParse({ ...base, endColumn: 0 }).success).toBe(false);
  });
});
