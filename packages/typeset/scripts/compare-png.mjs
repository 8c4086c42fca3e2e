#!/usr/bin/env node
// Compare two 8-bit PNGs (greyscale or RGB, as pdftoppm writes them) within a tolerance:
// the share of pixels whose grey level differs by more than THRESHOLD must not exceed the limit.
// Usage: compare-png.mjs <actual.png> <golden.png> [max share of differing pixels, default 0.005]
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { inflateSync } from 'node:zlib';

const THRESHOLD = 64;

/** Decode a non-interlaced 8-bit greyscale, RGB or RGBA PNG to grey levels { width, height, pixels }. */
export function decodeGreyPng(bytes) {
  if (bytes.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  let at = 8;
  let width = 0;
  let height = 0;
  let bpp = 1;
  const idat = [];
  while (at < bytes.length) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const data = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      bpp = { 0: 1, 2: 3, 4: 2, 6: 4 }[data[9]] ?? 0;
      if (data[8] !== 8 || bpp === 0 || data[12] !== 0)
        throw new Error('only 8-bit, non-interlaced, non-palette PNGs');
    } else if (type === 'IDAT') idat.push(data);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * bpp;
  const rows = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const row = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const at = y * stride + x;
      const a = x >= bpp ? rows[at - bpp] : 0;
      const b = y > 0 ? rows[at - stride] : 0;
      const c = x >= bpp && y > 0 ? rows[at - stride - bpp] : 0;
      let v = row[x];
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      rows[at] = v & 0xff;
    }
  }
  const colours = bpp >= 3 ? 3 : 1;
  const pixels = new Uint8Array(width * height);
  for (let i = 0; i < pixels.length; i++) {
    let sum = 0;
    for (let k = 0; k < colours; k++) sum += rows[i * bpp + k];
    pixels[i] = Math.round(sum / colours);
  }
  return { width, height, pixels };
}

/** Share of pixels that differ by more than THRESHOLD grey levels (1 when the sizes differ). */
export function differingShare(a, b) {
  if (a.width !== b.width || a.height !== b.height) return 1;
  let n = 0;
  for (let i = 0; i < a.pixels.length; i++) if (Math.abs(a.pixels[i] - b.pixels[i]) > THRESHOLD) n++;
  return n / a.pixels.length;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [actual, golden, max = '0.005'] = process.argv.slice(2);
  if (actual === undefined || golden === undefined) {
    console.error('usage: compare-png.mjs <actual.png> <golden.png> [max share]');
    process.exit(2);
  }
  const share = differingShare(decodeGreyPng(readFileSync(actual)), decodeGreyPng(readFileSync(golden)));
  console.log(`${actual}: ${(share * 100).toFixed(3)} % of pixels differ from ${golden}`);
  if (share > Number(max)) process.exit(1);
}
