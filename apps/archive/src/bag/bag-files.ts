import { createHash } from 'node:crypto';
import { closeSync, openSync, readdirSync, readSync } from 'node:fs';
import { join } from 'node:path';

/** RFC 8493 §2.1.3: a path in a manifest has CR, LF and % percent-encoded. */
export const encodeBagPath = (path: string) =>
  path.replace(/%/g, '%25').replace(/\n/g, '%0A').replace(/\r/g, '%0D');

export const decodeBagPath = (path: string) =>
  path.replace(/%0A/gi, '\n').replace(/%0D/gi, '\r').replace(/%25/g, '%');

/** Every file under `dir`, as '/'-separated paths relative to `base`, sorted. */
export function filesUnder(dir: string, base: string): string[] {
  const out: string[] = [];
  const walk = (abs: string, rel: string) => {
    for (const e of readdirSync(abs, { withFileTypes: true })) {
      const r = rel === '' ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) walk(join(abs, e.name), r);
      else out.push(r);
    }
  };
  walk(dir, base);
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

const CHUNK = 1 << 20;
const buffer = Buffer.allocUnsafe(CHUNK);

/** SHA-256 and SHA-512 of a file and its size, reading it once a chunk at a time. */
export function hashFile(path: string): { sha256: string; sha512: string; size: number } {
  const a = createHash('sha256');
  const b = createHash('sha512');
  let size = 0;
  const fd = openSync(path, 'r');
  try {
    for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) {
      a.update(buffer.subarray(0, n));
      b.update(buffer.subarray(0, n));
      size += n;
    }
  } finally {
    closeSync(fd);
  }
  return { sha256: a.digest('hex'), sha512: b.digest('hex'), size };
}
