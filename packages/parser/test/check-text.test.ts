import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkIsText } from '../src/index.js';
import { encoder } from './helpers.js';

/** Deterministic pseudo-random bytes (a linear congruential generator): no flaky test. */
function randomBytes(n: number, seed = 12345): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

const root = join(import.meta.dirname, '../../..');
const shared = process.env.WARRAQ_SHARED ?? join(root, '../shared');
let hasShared = false;
try {
  hasShared = readdirSync(join(shared, 'corpus')).length > 0;
} catch {}

describe('checkIsText', () => {
  it('accepts Arabic text in UTF-8, windows-1256 and UTF-16 with a BOM', () => {
    expect(checkIsText(encoder.encode('وصل الوفد إلى بيروت.\nثم غادر.'), 'a.txt')).toBeUndefined();
    expect(
      checkIsText(new Uint8Array([0xe6, 0xd5, 0xe1, 0x20, 0xc7, 0xe1, 0x0d, 0x0a]), 'a.txt'),
    ).toBeUndefined();
    expect(checkIsText(new Uint8Array([0xff, 0xfe, 0x48, 0x06, 0x35, 0x06]), 'a.txt')).toBeUndefined();
    expect(checkIsText(new Uint8Array(), 'empty.txt')).toBeUndefined(); // empty is text; apps decide
  });

  it('refuses random bytes, naming where the first control byte is', () => {
    const d = checkIsText(randomBytes(5000), 'noise.txt');
    expect(d).toMatchObject({ code: 'NOT_TEXT', severity: 'error', file: 'noise.txt' });
    expect(d!.line).toBeGreaterThanOrEqual(1);
    expect(d!.column).toBeGreaterThanOrEqual(1);
    expect(d!.message).toMatch(/binary data, not text/);
  });

  it('refuses a zero byte at its line and column, and known binary formats by name', () => {
    const bytes = encoder.encode('سطر أول\nab\0c');
    expect(checkIsText(bytes, 'x.txt')).toMatchObject({ code: 'NOT_TEXT', line: 2, column: 3 });
    expect(checkIsText(encoder.encode('%PDF-1.7\n...'), 'x.txt')!.message).toMatch(/a PDF file/);
    expect(checkIsText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]), 'x.txt')!.message).toMatch(/ZIP/);
  });

  it('tolerates a stray control character in a long text', () => {
    const text = `${'وصل الوفد إلى بيروت. '.repeat(100)}\u0019${'ثم غادر. '.repeat(100)}`;
    expect(checkIsText(encoder.encode(text), 'x.txt')).toBeUndefined();
  });

  describe.skipIf(!hasShared)(
    'every shared article (needs ../shared/corpus: put the shared data beside the clone or set WARRAQ_SHARED)',
    () => {
      it('is text', () => {
        const refused: string[] = [];
        for (const dir of ['saudinewsnet', 'antcorpus-jawharafm'])
          for (const f of readdirSync(join(shared, 'corpus', dir)).filter((x) => x.endsWith('.txt')))
            if (checkIsText(readFileSync(join(shared, 'corpus', dir, f)), f) !== undefined) refused.push(f);
        expect(refused).toEqual([]);
      });
    },
  );
});
