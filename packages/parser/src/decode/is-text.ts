import type { Diagnostic } from '@warraq/schema';
import { Locator } from '../diagnostics.js';
import { decodeBytes } from './decode.js';

/**
 * Share of the decoded characters that may be control characters or undecodable bytes before the
 * input is refused as "not text". Real articles have none or a handful (a stray byte, a form feed);
 * random bytes read as a single-byte code page give ~11 % C0 controls alone.
 */
const MAX_NOISE_SHARE = 0.05;
/** fewer noisy characters than this never refuse a file: a short text with one bad byte is still text */
const MIN_NOISE = 4;

/** C0 controls except tab, line feed, form feed and carriage return; DEL; C1 controls; U+FFFD. */
function isNoise(code: number): boolean {
  if (code < 0x20) return code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d;
  return code === 0x7f || (code >= 0x80 && code <= 0x9f) || code === 0xfffd;
}

/**
 * Whether the received bytes are text at all, before any parsing: a NUL byte outside UTF-16, or
 * mostly undecodable bytes and control characters, refuse the file with an error at the first
 * offending character (file:line:column of the text as decoded). An empty file is text (the parser
 * warns that it has no content). Shared by the archive and the brief so both refuse the same files.
 */
export function checkIsText(bytes: Uint8Array, fileName: string): Diagnostic[] {
  if (bytes.length === 0) return [];
  const decoded = decodeBytes(bytes);
  const { text } = decoded;
  const locator = new Locator(text, fileName);
  const utf16 = decoded.encoding.name !== 'utf-8' && decoded.encoding.name.startsWith('utf-16');
  if (!utf16) {
    const nulByte = bytes.indexOf(0);
    if (nulByte >= 0)
      return [
        locator.diagnostic(
          'NOT_TEXT',
          'error',
          `this is not text: it contains a NUL byte (at byte ${nulByte}); refused`,
          Math.max(0, text.indexOf('\u0000')),
          { byteOffset: nulByte },
        ),
      ];
  }
  let noise = 0;
  let first = -1;
  for (let i = 0; i < text.length; i++)
    if (isNoise(text.charCodeAt(i))) {
      noise++;
      if (first < 0) first = i;
    }
  if (noise < MIN_NOISE || noise <= MAX_NOISE_SHARE * text.length) return [];
  const percent = ((100 * noise) / text.length).toFixed(1);
  return [
    locator.diagnostic(
      'NOT_TEXT',
      'error',
      `this is not text: ${percent} % of its characters are control characters or bytes that are not valid ${decoded.encoding.name}; refused`,
      first,
    ),
  ];
}
