import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';

const repo = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const article = join(repo, 'corpus/000_b7c19ba4b4690b72.txt');

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s) }, out, err };
}

/**
 * The brief's text as pdf.js extracts it, items joined with nothing between them (as a copy from
 * its text layer joins them), with the invisible bidi marks the engine adds for extractors
 * (RLM, LRM) removed and runs of spaces made one.
 */
async function pdfText(pdf: Uint8Array): Promise<string> {
  const doc = await getDocument({ data: pdf, verbosity: 0 }).promise;
  let text = '';
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    for (const item of content.items) if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '');
  }
  await doc.destroy();
  return text.replace(/[\u200e\u200f]/g, '').replace(/ +/g, ' ');
}

function wordsOf(s: string): string[] {
  return s.normalize('NFC').match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/** Share of the source's words that appear in order (longest common subsequence). */
function inOrder(source: string, extracted: string): number {
  const a = wordsOf(source);
  const b = wordsOf(extracted);
  let prev = new Uint32Array(b.length + 1);
  let cur = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++)
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]! / a.length;
}

/** Temporary folders made by a test, removed after it (pass or fail). */
const made: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'brief-'));
  made.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

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
    expect(text).toContain('عنوان من وضع الأرشيف');
    // Amiri sets an initial yeh after ز/ر 0.12 em away, which extractors read as a word space
    // ("تلفز يون"): compare the outlet without spaces
    expect(text.replace(/\s+/g, '')).toContain('تلفزيونسوريا');
    expect(text).toContain('أبرز ما في الخبر');
    expect(text).toContain('2021-03-30'); // the resolved date of قبل يومين, left to right
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
    expect(err[0]).toMatch(/none\.txt:1:1: error BRIEF_READ: cannot read the article/);
    writeFileSync(join(dir, 'b.txt'), 'نص.');
    expect(await main([join(dir, 'b.txt'), '--out-dir', dir], io)).toBe(1);
    expect(err[1]).toMatch(/b\.meta\.yaml:1:1: error BRIEF_NO_METADATA/);
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
