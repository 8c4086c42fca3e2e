import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { letterPattern, narrowSource } from '../src/dates/letter-pattern.js';
import { B, E } from '../src/dates/types.js';

/** Sources like the date recognisers': word edges as Unicode classes, inside and outside brackets. */
const SOURCES = [
  `${B}(?:في|عام)\\s+(?<y>\\d{4})${E}`,
  `(?:^|[^\\p{L}\\p{M}])كل\\s+(?:عام\\s+)?$`,
  `(?<=["“«][\\p{L}\\s]{1,30}\\s)(?<y>\\d{4})`,
  `^\\s+ال(?!(?:ي|ا)(?![\\p{L}\\p{M}]))[\\p{L}]`,
  `[\\p{L}\\p{M}\\p{N}]+`,
  `\\p{N}+x`,
];
/** Arabic words, digits, Latin, marks, quotes, and letters, marks and numbers at and above U+0700. */
const PIECES = [
  'في',
  'عام',
  'كل',
  'ال',
  'الي',
  '2021',
  '٢٠٢١',
  ' ',
  ' ',
  '«',
  '»',
  '"',
  'x',
  'é',
  'ω',
  'ж',
  'ש',
  '\u064e',
  '\u0301',
  '\u0750',
  '\u0915',
  '\u093f',
  '\u4e2d',
  '\u{1d400}',
  '\u2160',
  '\u0966',
  'و',
  'ب',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join(''));

describe('date patterns compiled narrow where the text allows', () => {
  it('narrow the classes, bracketing one that stands alone, and nothing else', () => {
    expect(narrowSource('[^\\p{L}\\p{M}]x')).not.toContain('\\p');
    expect(narrowSource('\\p{N}+')).toMatch(/^\[\\u0030-\\u0039.*\]\+$/);
    expect(narrowSource('\\\\p{L}[\\]\\p{L}]')).toMatch(/^\\\\p\{L\}\[\\\]\\u0041/);
    expect(letterPattern('a+b', 'g')).toBeInstanceOf(RegExp);
  });

  it('match what the exact RegExp matches, on any text, through every way a RegExp is used', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...SOURCES), fc.nat(40), (subject, source, from) => {
        for (const flags of ['gu', 'u', 'du']) {
          const exact = new RegExp(source, flags);
          const ours = letterPattern(source, flags);
          expect(ours.test(subject)).toBe(exact.test(subject));
          if (flags === 'gu') {
            expect([...subject.matchAll(ours)].map((m) => [m.index, m[0]])).toEqual(
              [...subject.matchAll(exact)].map((m) => [m.index, m[0]]),
            );
            expect(subject.replace(ours, '<$&>')).toBe(subject.replace(exact, '<$&>'));
            exact.lastIndex = ours.lastIndex = Math.min(from, subject.length);
            expect(ours.exec(subject)?.index).toBe(exact.exec(subject)?.index);
            expect(ours.lastIndex).toBe(exact.lastIndex);
          } else {
            const a = ours.exec(subject);
            const b = exact.exec(subject);
            expect(a?.index).toBe(b?.index);
            expect(a?.groups).toEqual(b?.groups);
            if (flags === 'du') expect(a?.indices).toEqual(b?.indices);
          }
          expect(subject.search(ours)).toBe(subject.search(exact));
        }
      }),
      { numRuns: 400, seed: 20261203 },
    );
  });
});
