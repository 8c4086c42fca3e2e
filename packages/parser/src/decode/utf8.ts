/** One byte sequence that is not UTF-8, by the WHATWG "maximal subpart" rule (one U+FFFD each). */
export interface InvalidRun {
  byteOffset: number;
  byteLength: number;
}

/**
 * Finds every invalid UTF-8 sequence, splitting them exactly as the WHATWG decoder does, so the
 * U+FFFD characters we write stand one-for-one with the records we keep.
 */
export function findInvalidUtf8(bytes: Uint8Array, from = 0): InvalidRun[] {
  const runs: InvalidRun[] = [];
  let i = from;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    } else {
      runs.push({ byteOffset: i, byteLength: 1 });
      i++;
      continue;
    }
    let j = 1;
    for (; j <= need; j++) {
      const c = bytes[i + j];
      const lo = j === 1 ? lower : 0x80;
      const hi = j === 1 ? upper : 0xbf;
      if (c === undefined || c < lo || c > hi) break;
    }
    if (j > need) i += need + 1;
    else {
      runs.push({ byteOffset: i, byteLength: j });
      i += j;
    }
  }
  return runs;
}
