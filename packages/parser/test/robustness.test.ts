import { checkDocument, WarraqDocument } from '@warraq/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { encoder, metadata, published } from './helpers.js';

/** Arabic-heavy text with the noise real copy carries, plus anything at all. */
const noisy = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      ...'قال الوزير أمس إن ٨ ملايين « » “ ” " ‹ › ( ) : ، . - – 2021 كانون الثاني هـ ـ َ ُ ِ ّ ﻻ ﷲ'.split(''),
      '\u00a0',
      '\u200f',
      '\u202b',
      '\ufeff',
      '\r',
      '\n',
      '\t',
      '&amp;',
      '&#8220;',
      '&#',
      '\u0000',
      '\u0085',
    ),
    fc.string({ unit: 'grapheme', maxLength: 1 }),
    fc.string({ unit: 'binary', maxLength: 1 }),
  ),
  maxLength: 300,
});

function expectSound(bytes: Uint8Array, meta = metadata()) {
  const outcome = parseArticle({ bytes, fileName: 'p.txt', id: 'p', metadata: meta });
  if (!outcome.ok) {
    // a refusal must say where and why, with a stable code
    for (const d of outcome.diagnostics) expect(d).toMatchObject({ file: 'p.txt', line: expect.any(Number) });
    return;
  }
  expect(WarraqDocument.safeParse(outcome.document).success).toBe(true);
  expect(checkDocument(outcome.document)).toEqual([]);
  for (const d of outcome.document.diagnostics) {
    expect(d.code).toMatch(/^[A-Z][A-Z0-9_]*$/);
    expect(d.line).toBeGreaterThan(0);
    expect(d.column).toBeGreaterThan(0);
  }
}

describe('the parser on arbitrary input', () => {
  it('returns a sound Document for any text, including lone surrogates and control characters', () => {
    fc.assert(
      fc.property(noisy, fc.boolean(), (text, withDate) => {
        expectSound(encoder.encode(text), withDate ? published('2021-04-01') : metadata());
      }),
      { numRuns: 300 },
    );
  });

  it('returns a sound Document for arbitrary bytes in any declared encoding', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 400 }),
        fc.constantFrom(undefined, 'utf-8', 'windows-1256', 'iso-8859-6', 'utf-16le', 'nonsense'),
        (bytes, declared) => {
          expectSound(bytes, declared === undefined ? metadata() : metadata({ declaredEncoding: declared }));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('copes with degenerate shapes that make naive scanners quadratic (long blank runs, mark runs, repeats)', () => {
    const shapes = [
      `في ${' \t'.repeat(5000)} آذار`,
      '«'.repeat(5000),
      '"'.repeat(5000),
      '1,'.repeat(5000),
      '12/'.repeat(3000),
      'يوم الأحد '.repeat(1000),
      'خمسة و'.repeat(2000),
      'دمشق - '.repeat(2000),
      '&#'.repeat(5000),
      'بَ'.repeat(5000),
    ];
    for (const text of shapes) expectSound(encoder.encode(text), published('2021-04-01'));
    const quotes = parseArticle({
      bytes: encoder.encode('«'.repeat(5000)),
      fileName: 'p.txt',
      id: 'p',
      metadata: metadata(),
    });
    // thousands of one message are summarised, not listed
    if (quotes.ok)
      expect(quotes.document.diagnostics.filter((d) => d.code === 'QUOTE_UNBALANCED')).toHaveLength(51);
  });

  it('copes with a very long line and with empty input', () => {
    const long = 'قال الوزير أمس إن 8 ملايين «نزحوا» في 4 حزيران 2020، '.repeat(4000);
    expectSound(encoder.encode(long), published('2021-04-01'));
    expectSound(new Uint8Array(0));
    expectSound(new Uint8Array([0xef, 0xbb, 0xbf]));
  });
});
