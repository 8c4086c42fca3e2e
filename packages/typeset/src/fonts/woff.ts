import { reusedInflate } from '../reused-zlib.js';

/** Thrown for bytes that are not a well-formed WOFF 1.0 file; `code` is stable. */
export class FontFormatError extends Error {
  readonly code = 'FONT_FORMAT';
}

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const WOFF_HEADER_SIZE = 44;
const WOFF_ENTRY_SIZE = 20;
const SFNT_ENTRY_SIZE = 16;

/** True when the bytes start with the WOFF 1.0 signature. */
export function isWoff(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && view(bytes).getUint32(0) === WOFF_SIGNATURE;
}

/**
 * WOFF 1.0 to a plain sfnt (TTF/OTF) in memory: inflate each table with zlib and lay them out
 * behind an sfnt table directory. pdfkit's subsetter crashes on WOFF2 and re-parses WOFF slowly on
 * every access, while an sfnt it reads directly (about 40× faster per article).
 */
export function woffToSfnt(woff: Uint8Array): Uint8Array {
  if (woff.length < WOFF_HEADER_SIZE || !isWoff(woff)) throw new FontFormatError('not a WOFF 1.0 font');
  const header = view(woff);
  const flavor = header.getUint32(4);
  const numTables = header.getUint16(12);
  const tables: { tag: number; checksum: number; data: Uint8Array }[] = [];
  for (let i = 0; i < numTables; i++) {
    const at = WOFF_HEADER_SIZE + i * WOFF_ENTRY_SIZE;
    if (at + WOFF_ENTRY_SIZE > woff.length) throw new FontFormatError('WOFF table directory is truncated');
    const tag = header.getUint32(at);
    const offset = header.getUint32(at + 4);
    const compLength = header.getUint32(at + 8);
    const origLength = header.getUint32(at + 12);
    const checksum = header.getUint32(at + 16);
    if (offset + compLength > woff.length) throw new FontFormatError('WOFF table data lies outside the file');
    const stored = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? new Uint8Array(reusedInflate(stored, origLength)) : stored;
    if (data.length !== origLength) throw new FontFormatError('WOFF table inflates to the wrong length');
    tables.push({ tag, checksum, data });
  }
  // sfnt wants the directory sorted by tag; WOFF keeps the same order, but do not rely on it.
  tables.sort((a, b) => a.tag - b.tag);
  const directorySize = 12 + numTables * SFNT_ENTRY_SIZE;
  let size = directorySize;
  for (const t of tables) size += align4(t.data.length);
  const out = new Uint8Array(size);
  const w = view(out);
  const entrySelector = Math.floor(Math.log2(numTables || 1));
  const searchRange = 2 ** entrySelector * 16;
  w.setUint32(0, flavor);
  w.setUint16(4, numTables);
  w.setUint16(6, searchRange);
  w.setUint16(8, entrySelector);
  w.setUint16(10, numTables * 16 - searchRange);
  let offset = directorySize;
  tables.forEach((t, i) => {
    const at = 12 + i * SFNT_ENTRY_SIZE;
    w.setUint32(at, t.tag);
    w.setUint32(at + 4, t.checksum);
    w.setUint32(at + 8, offset);
    w.setUint32(at + 12, t.data.length);
    out.set(t.data, offset);
    offset += align4(t.data.length);
  });
  return out;
}

function align4(n: number): number {
  return (n + 3) & ~3;
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
