import type { EncodingName, Source } from '@warraq/schema';
import { findInvalidUtf8 } from './utf8.js';

type Encoding = Source['encoding'];
type DecodingError = Source['decodingErrors'][number];

export interface Decoded {
  text: string;
  encoding: Encoding;
  errors: DecodingError[];
  /** a declared encoding we do not know, reported by the caller */
  unknownDeclared?: string;
}

const ALIASES: Record<string, EncodingName> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  'windows-1256': 'windows-1256',
  cp1256: 'windows-1256',
  'x-cp1256': 'windows-1256',
  'iso-8859-6': 'iso-8859-6',
  'iso8859-6': 'iso-8859-6',
  'iso_8859-6': 'iso-8859-6',
  arabic: 'iso-8859-6',
  'asmo-708': 'iso-8859-6',
};

export function encodingFromLabel(label: string): EncodingName | undefined {
  return ALIASES[label.trim().toLowerCase()];
}

/**
 * Decodes the received bytes. A byte-order mark wins; then a declared encoding; then strict
 * UTF-8; and if UTF-8 fails, the Arabic single-byte encoding that reads best. Every byte that could
 * not be decoded is kept as a record (byte offset, length, where its U+FFFD stands in the text).
 */
export function decodeBytes(bytes: Uint8Array, declared?: string): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { ...decodeUtf8(bytes, 3), encoding: { name: 'utf-8', bom: true, method: 'bom' } };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { ...decodeUtf16(bytes, true), encoding: { name: 'utf-16le', bom: true, method: 'bom' } };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { ...decodeUtf16(bytes, false), encoding: { name: 'utf-16be', bom: true, method: 'bom' } };

  if (declared !== undefined) {
    const name = encodingFromLabel(declared);
    if (name) return { ...decodeAs(bytes, name), encoding: { name, bom: false, method: 'declared' } };
    const fallback = decodeBytes(bytes);
    return { ...fallback, unknownDeclared: declared };
  }

  const utf8 = decodeUtf8(bytes, 0);
  if (utf8.errors.length === 0)
    return { ...utf8, encoding: { name: 'utf-8', bom: false, method: 'utf8-valid' } };

  // UTF-8 failed. Arabic text in a single-byte code page fails it on nearly every letter; a stray bad
  // byte in otherwise good UTF-8 does not: keep UTF-8 when most non-ASCII characters decoded, and
  // otherwise take the single-byte code page that reads as the most Arabic.
  if (nonAscii(utf8.text) - utf8.errors.length >= 4 * utf8.errors.length)
    return { ...utf8, encoding: { name: 'utf-8', bom: false, method: 'utf8-valid' } };
  const candidates = (['windows-1256', 'iso-8859-6'] as const).map((name) => {
    const d = decodeAs(bytes, name);
    return { name, d, score: arabicLetters(d.text) - 8 * d.errors.length };
  });
  candidates.sort((a, b) => b.score - a.score);
  const best = candidates[0];
  if (best && best.score > 0)
    return { ...best.d, encoding: { name: best.name, bom: false, method: 'fallback' } };
  return { ...utf8, encoding: { name: 'utf-8', bom: false, method: 'utf8-valid' } };
}

function nonAscii(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) n++;
  return n;
}

function decodeAs(bytes: Uint8Array, name: EncodingName): { text: string; errors: DecodingError[] } {
  switch (name) {
    case 'utf-8':
      return decodeUtf8(bytes, 0);
    case 'utf-16le':
      return decodeUtf16(bytes, true, 0);
    case 'utf-16be':
      return decodeUtf16(bytes, false, 0);
    default:
      return decodeSingleByte(bytes, name);
  }
}

function decodeUtf8(bytes: Uint8Array, from: number): { text: string; errors: DecodingError[] } {
  const runs = findInvalidUtf8(bytes, from);
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  if (runs.length === 0) return { text: decoder.decode(bytes.subarray(from)), errors: [] };
  let text = '';
  let at = from;
  const errors: DecodingError[] = [];
  for (const run of runs) {
    text += decoder.decode(bytes.subarray(at, run.byteOffset));
    errors.push({ byteOffset: run.byteOffset, byteLength: run.byteLength, textOffset: text.length });
    text += '\uFFFD';
    at = run.byteOffset + run.byteLength;
  }
  text += decoder.decode(bytes.subarray(at));
  return { text, errors };
}

/** UTF-16 by hand, so lone surrogates and an odd final byte are recorded, not silently replaced. */
function decodeUtf16(bytes: Uint8Array, le: boolean, from = 2): { text: string; errors: DecodingError[] } {
  const units: number[] = [];
  const errors: DecodingError[] = [];
  const parts: string[] = [];
  let i = from;
  const unitAt = (k: number) =>
    le
      ? (bytes[k] as number) | ((bytes[k + 1] as number) << 8)
      : ((bytes[k] as number) << 8) | (bytes[k + 1] as number);
  let length = 0;
  const flush = () => {
    if (units.length > 0) parts.push(String.fromCharCode(...units.splice(0)));
  };
  while (i + 1 < bytes.length) {
    const u = unitAt(i);
    if (u >= 0xd800 && u <= 0xdbff && i + 3 < bytes.length) {
      const v = unitAt(i + 2);
      if (v >= 0xdc00 && v <= 0xdfff) {
        units.push(u, v);
        length += 2;
        i += 4;
        continue;
      }
    }
    if (u >= 0xd800 && u <= 0xdfff) {
      errors.push({ byteOffset: i, byteLength: 2, textOffset: length });
      units.push(0xfffd);
    } else units.push(u);
    length++;
    i += 2;
    if (units.length >= 4096) flush();
  }
  if (i < bytes.length) {
    errors.push({ byteOffset: i, byteLength: 1, textOffset: length });
    units.push(0xfffd);
  }
  flush();
  return { text: parts.join(''), errors };
}

function decodeSingleByte(bytes: Uint8Array, name: 'windows-1256' | 'iso-8859-6') {
  const text = new TextDecoder(name).decode(bytes);
  const errors: DecodingError[] = [];
  // one byte, one UTF-16 unit in these code pages, and no byte maps to U+FFFD: each one is a hole
  for (let k = text.indexOf('\uFFFD'); k >= 0; k = text.indexOf('\uFFFD', k + 1))
    errors.push({ byteOffset: k, byteLength: 1, textOffset: k });
  return { text, errors };
}

function arabicLetters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0621 && c <= 0x064a) n++;
  }
  return n;
}
