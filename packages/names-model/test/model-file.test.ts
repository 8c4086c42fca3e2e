import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { namesModelDigestUrl, namesModelUrl, readNamesModel, readNamesModelDigest } from '../src/index.js';

describe('the names model file', () => {
  it('is shipped inside the package and starts with its magic number', () => {
    expect(namesModelUrl.pathname.endsWith('/model/names.wnm')).toBe(true);
    const bytes = readNamesModel();
    expect(new TextDecoder().decode(bytes.subarray(0, 4))).toBe('WNM1');
    expect(bytes.byteLength).toBeLessThan(10 * 2 ** 20);
  });

  it('is read once and shared', () => {
    expect(readNamesModel()).toBe(readNamesModel());
  });

  it('ships with its SHA-256 in sha256sum format, which is the digest of the file shipped', () => {
    const actual = createHash('sha256').update(readFileSync(namesModelUrl)).digest('hex');
    expect(readFileSync(namesModelDigestUrl, 'utf8')).toBe(`${actual}  names.wnm\n`);
    expect(Buffer.from(readNamesModelDigest()!).toString('hex')).toBe(actual);
  });
});
