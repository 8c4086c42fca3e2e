import { describe, expect, it } from 'vitest';
import { decodeBytes, parseArticle } from '../src/index.js';
import { encoder, expectDocument, metadata } from './helpers.js';

const sentence = 'وصل الوفد إلى بيروت صباح اليوم.';

function utf16(text: string, le: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(le ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    out[2 + 2 * i] = le ? u & 0xff : u >> 8;
    out[3 + 2 * i] = le ? u >> 8 : u & 0xff;
  }
  return out;
}

/** windows-1256 bytes for Arabic letters, built from the platform's own decoder table. */
function encodeSingleByte(text: string, encoding: string): Uint8Array {
  const decoder = new TextDecoder(encoding);
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  return new Uint8Array([...text].map((c) => table.get(c) ?? 0x3f));
}

describe('decodeBytes', () => {
  it('reads UTF-8 with and without a BOM, and says which', () => {
    expect(decodeBytes(encoder.encode(sentence))).toMatchObject({
      text: sentence,
      encoding: { name: 'utf-8', bom: false, method: 'utf8-valid' },
    });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode(sentence)]);
    expect(decodeBytes(withBom)).toMatchObject({
      text: sentence,
      encoding: { name: 'utf-8', bom: true, method: 'bom' },
    });
  });

  it('reads UTF-16 LE and BE by their BOM', () => {
    expect(decodeBytes(utf16(sentence, true))).toMatchObject({
      text: sentence,
      encoding: { name: 'utf-16le' },
    });
    expect(decodeBytes(utf16(sentence, false))).toMatchObject({
      text: sentence,
      encoding: { name: 'utf-16be' },
    });
  });

  it('records a lone surrogate and an odd final byte in UTF-16', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x44, 0x06, 0x00, 0xd8, 0x44, 0x06, 0x41]);
    const d = decodeBytes(bytes);
    expect(d.text).toBe('ل\uFFFDل\uFFFD');
    expect(d.errors).toEqual([
      { byteOffset: 4, byteLength: 2, textOffset: 1 },
      { byteOffset: 8, byteLength: 1, textOffset: 3 },
    ]);
  });

  it('reads windows-1256 and ISO-8859-6 when declared', () => {
    expect(decodeBytes(encodeSingleByte(sentence, 'windows-1256'), 'windows-1256')).toMatchObject({
      text: sentence,
      encoding: { name: 'windows-1256', method: 'declared' },
      errors: [],
    });
    const iso = 'وصل الوفد إلى بيروت';
    expect(decodeBytes(encodeSingleByte(iso, 'iso-8859-6'), 'ISO-8859-6')).toMatchObject({
      text: iso,
      encoding: { name: 'iso-8859-6', method: 'declared' },
    });
  });

  it('detects windows-1256 when the bytes are not UTF-8', () => {
    expect(decodeBytes(encodeSingleByte(sentence, 'windows-1256'))).toMatchObject({
      text: sentence,
      encoding: { name: 'windows-1256', method: 'fallback' },
    });
  });

  it('keeps a record of every invalid UTF-8 sequence with its byte offset', () => {
    const good = encoder.encode('وصل الوفد إلى بيروت');
    const bytes = new Uint8Array([
      ...good,
      0xff,
      ...encoder.encode(' وعاد'),
      0xe2,
      0x82,
      ...encoder.encode('.'),
    ]);
    const d = decodeBytes(bytes);
    expect(d.encoding.name).toBe('utf-8');
    expect(d.text).toBe('وصل الوفد إلى بيروت\uFFFD وعاد\uFFFD.');
    expect(d.errors).toEqual([
      { byteOffset: good.length, byteLength: 1, textOffset: 19 },
      { byteOffset: good.length + 1 + 9, byteLength: 2, textOffset: 25 },
    ]);
  });
});

describe('decoding inside parseArticle', () => {
  it('reports invalid bytes as located warnings and keeps them in source.decodingErrors', () => {
    const bytes = new Uint8Array([...encoder.encode('سطر أول.\nسطر '), 0xc3, ...encoder.encode('ثان.')]);
    const doc = expectDocument(parseArticle({ bytes, fileName: 'bad.txt', id: 'bad', metadata: metadata() }));
    expect(doc.source.decodingErrors).toHaveLength(1);
    expect(doc.diagnostics.find((d) => d.code === 'DECODE_INVALID')).toMatchObject({
      file: 'bad.txt',
      line: 2,
      column: 5,
      byteOffset: encoder.encode('سطر أول.\nسطر ').length,
    });
  });

  it('warns about a declared encoding it does not know and still decodes', () => {
    const doc = expectDocument(
      parseArticle({
        bytes: encoder.encode(sentence),
        fileName: 'a.txt',
        id: 'a',
        metadata: metadata({ declaredEncoding: 'klingon-8' }),
      }),
    );
    expect(doc.source.text).toBe(sentence);
    expect(doc.diagnostics.map((d) => d.code)).toContain('ENCODING_UNKNOWN');
  });
});
