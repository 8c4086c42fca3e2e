import type { Diagnostic } from '@warraq/schema';

/**
 * Whether received bytes are text at all, before anyone decodes them: a PDF, an image, an archive or
 * random bytes decode (as a single-byte code page accepts any byte) into pages of mojibake that
 * every later step would faithfully process. Shared by every app that takes articles in.
 */

/** Formats people send by mistake, by their first bytes. */
const SIGNATURES: readonly [string, readonly number[]][] = [
  ['a PDF file', [0x25, 0x50, 0x44, 0x46]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a ZIP archive (or a Word/OpenDocument file)', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['an old Word/Excel file', [0xd0, 0xcf, 0x11, 0xe0]],
];

/**
 * Control bytes text never has (C0 except tab, line feed, vertical tab, form feed, carriage
 * return, and the ESC of old terminal text; DEL). The 200 shared articles have none; a stray one
 * in a long text is tolerated; random bytes have one in eight.
 */
function isControl(b: number): boolean {
  return (
    (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) ||
    b === 0x7f
  );
}

/** More than this share of control bytes is not text. */
const MAX_CONTROL_SHARE = 0.005;

/**
 * `undefined` when `bytes` can be text; otherwise an error naming the file, and the line and column
 * of the first byte that gives it away. UTF-16 (with a byte-order mark) is text: its zero bytes are
 * half of its ASCII characters.
 */
export function checkIsText(bytes: Uint8Array, fileName: string): Diagnostic | undefined {
  for (const [what, magic] of SIGNATURES)
    if (magic.every((b, i) => bytes[i] === b))
      return notText(fileName, bytes, 0, `this is ${what}, not text: give the article as a text file`);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return undefined;
  let controls = 0;
  let first = -1;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0)
      return notText(
        fileName,
        bytes,
        i,
        'a zero byte: this is binary data, not text (or UTF-16 without a byte-order mark)',
      );
    if (isControl(b)) {
      controls++;
      if (first < 0) first = i;
    }
  }
  if (controls > 0 && controls / bytes.length > MAX_CONTROL_SHARE)
    return notText(
      fileName,
      bytes,
      first,
      `${controls} control bytes in ${bytes.length} (${((100 * controls) / bytes.length).toFixed(1)} %): this is binary data, not text`,
    );
  return undefined;
}

function notText(file: string, bytes: Uint8Array, at: number, message: string): Diagnostic {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at; i++)
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  return { code: 'NOT_TEXT', severity: 'error', message, file, line, column: at - lineStart + 1 };
}
