import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';
import { shapingCacheDir } from '../src/shaping-cache-dir.js';
import { article, capture, inOrder, pdfText, tempDir } from './helpers.js';

describe('warraq-brief', () => {
  it('writes the brief of the first corpus article: title, outlet, body in reading order, key dates', async () => {
    const dir = tempDir();
    const out = join(dir, 'briefs', 'syriatv.pdf');
    const { io, err } = capture();
    expect(await main([article, '--out', out], io)).toBe(0);
    expect(err).toEqual([]);
    const pdf = new Uint8Array(readFileSync(out));
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    const text = await pdfText(pdf);
    expect(text).toContain('البيان الختامي لاجتماع وزراء التحالف الدولي ضد تنظيم الدولة');
    expect(text).toContain('العنوان من وضع الأرشيف');
    // Amiri sets an initial yeh after ز/ر 0.12 em away, which extractors read as a word space
    // ("تلفز يون"): compare the outlet without spaces
    expect(text.replace(/\s+/g, '')).toContain('تلفزيونسوريا');
    expect(text).toContain('أبرز ما في الخبر');
    expect(text).toContain('قبل يومين: 30 آذار 2021'); // قبل يومين resolved, in the article's month names
    expect(text).toContain('(داعش)'); // brackets as written
    expect(text).not.toMatch(/\)\s*داعش\s*\(/);
    expect(inOrder(readFileSync(article, 'utf8'), text)).toBeGreaterThanOrEqual(0.95);
    expect(readdirSync(dirname(out))).toEqual(['syriatv.pdf']); // no temp file left behind
  });

  it('is deterministic under SOURCE_DATE_EPOCH and names outputs by document id with --out-dir', async () => {
    const dir = tempDir();
    const { io } = capture();
    const env = { SOURCE_DATE_EPOCH: '1617235200' };
    expect(await main([article, '--out-dir', dir], io, env)).toBe(0);
    const first = readFileSync(join(dir, 'syriatv-2021-04-01-coalition.pdf'));
    expect(await main([article, '--out-dir', dir], io, env)).toBe(0);
    expect(readFileSync(join(dir, 'syriatv-2021-04-01-coalition.pdf')).equals(first)).toBe(true);
  });

  it('rejects bad metadata with file, line, column and code, writes nothing, exits 1', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'نص قصير للتجربة.');
    writeFileSync(join(dir, 'a.meta.yaml'), 'id: good-id\nlanguage: ar\npublished: yesterday\n');
    const { io, err } = capture();
    expect(await main([join(dir, 'a.txt'), '--out-dir', join(dir, 'out')], io)).toBe(1);
    expect(err.join('\n')).toMatch(/a\.meta\.yaml:\d+:\d+: error [A-Z_]+: .*published/);
    expect(() => readdirSync(join(dir, 'out'))).toThrow();
  });

  it('reports a missing article or sidecar with a stable code', async () => {
    const dir = tempDir();
    const { io, err } = capture();
    expect(await main([join(dir, 'none.txt'), '--out-dir', dir], io)).toBe(1);
    expect(err[0]).toMatch(/none\.txt:1:1: error CORPUS_FILE: cannot read the article/);
    writeFileSync(join(dir, 'b.txt'), 'نص.');
    expect(await main([join(dir, 'b.txt'), '--out-dir', dir], io)).toBe(1);
    expect(err[1]).toMatch(/b\.txt:1:1: error CORPUS_FILE: no metadata: .*b\.meta\.yaml is missing/);
  });

  it('prints help, and a usage error with status 2', async () => {
    const help = capture();
    expect(await main(['--help'], help.io)).toBe(0);
    expect(help.out[0]).toMatch(/^usage: warraq-brief/);
    const bad = capture();
    expect(await main(['a.txt', 'b.txt', '--out', 'x.pdf'], bad.io)).toBe(2);
    expect(bad.err[0]).toMatch(/--out takes one article/);
    expect(await main([], bad.io)).toBe(2);
  });
});

describe('where warraq-brief keeps its shaping cache', () => {
  it('is WARRAQ_CACHE_DIR, else under XDG_CACHE_HOME, else under HOME; off when asked or homeless', () => {
    expect(shapingCacheDir({ WARRAQ_CACHE_DIR: '/c', XDG_CACHE_HOME: '/x', HOME: '/h' })).toBe('/c');
    expect(shapingCacheDir({ XDG_CACHE_HOME: '/x', HOME: '/h' })).toBe(join('/x', 'warraq'));
    expect(shapingCacheDir({ HOME: '/h' })).toBe(join('/h', '.cache', 'warraq'));
    expect(shapingCacheDir({ WARRAQ_CACHE_DIR: 'off', HOME: '/h' })).toBeUndefined();
    expect(shapingCacheDir({ WARRAQ_CACHE_DIR: '', HOME: '/h' })).toBeUndefined();
    expect(shapingCacheDir({ SOURCE_DATE_EPOCH: '0' })).toBeUndefined();
  });
});
