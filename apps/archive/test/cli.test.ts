import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeTei } from '@warraq/tei';
import { afterAll, describe, expect, it } from 'vitest';
import { type Io, main } from '../src/index.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const corpus = join(repoRoot, 'corpus');
const temp = mkdtempSync(join(tmpdir(), 'warraq-archive-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function capture(): Io & { lines: { out: string[]; err: string[] } } {
  const lines = { out: [] as string[], err: [] as string[] };
  return { lines, out: (l) => lines.out.push(l), err: (l) => lines.err.push(l) };
}

describe('warraq-archive build', () => {
  it('writes one valid TEI per article, corpus.xml and a manifest with checksums, deterministically', async () => {
    const out = join(temp, 'archive');
    const io = capture();
    expect(await main(['build', corpus, '--out', out], io, {})).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      '.warraq',
      'corpus.xml',
      'manifest.json',
      'syriatv-2021-04-01-coalition.xml',
    ]);
    const tei = readFileSync(join(out, 'syriatv-2021-04-01-coalition.xml'), 'utf8');
    const decoded = decodeTei(tei);
    expect(decoded.ok && decoded.document.source.sha256).toBe(
      'a6481efe2ad6eaf5bd840232f2e9ae580ba620273a3d2269bc241487b0b41a6a',
    );
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.articles[0]).toMatchObject({
      id: 'syriatv-2021-04-01-coalition',
      source: '000_b7c19ba4b4690b72.txt',
      tei: 'syriatv-2021-04-01-coalition.xml',
    });

    const again = join(temp, 'archive-again');
    await main(['build', corpus, '--out', again], capture(), {});
    for (const f of readdirSync(out).filter((f) => f !== '.warraq'))
      expect(readFileSync(join(again, f), 'utf8')).toBe(readFileSync(join(out, f), 'utf8'));

    const validation = capture();
    expect(await main(['validate', out], validation, {})).toBe(0);
    expect(validation.lines.out.join('\n')).toContain('2 of 2 files valid');
  });

  it('honours SOURCE_DATE_EPOCH for the date of the TEI files', async () => {
    const out = join(temp, 'dated');
    expect(await main(['build', corpus, '--out', out], capture(), { SOURCE_DATE_EPOCH: '1700000000' })).toBe(
      0,
    );
    expect(readFileSync(join(out, 'syriatv-2021-04-01-coalition.xml'), 'utf8')).toContain(
      '<date when="2023-11-14">2023-11-14</date>',
    );
  });

  it('refuses bad metadata with file, line and column, and writes nothing', async () => {
    const bad = join(temp, 'bad-corpus');
    cpSync(corpus, bad, { recursive: true });
    const meta = join(bad, '000_b7c19ba4b4690b72.meta.yaml');
    writeFileSync(meta, readFileSync(meta, 'utf8').replace('published: 2021-04-01', 'published: yesterday'));
    const out = join(temp, 'never-written');
    const io = capture();
    expect(await main(['build', bad, '--out', out], io, {})).toBe(1);
    const line =
      readFileSync(meta, 'utf8')
        .split('\n')
        .findIndex((l) => l.startsWith('published:')) + 1;
    expect(io.lines.err[0]).toMatch(
      new RegExp(
        `^${meta.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${line}:\\d+: error META_FIELD: .*published`,
      ),
    );
    expect(existsSync(out)).toBe(false);
  });

  it('reports a broken TEI file when validating', async () => {
    const dir = join(temp, 'broken');
    cpSync(join(temp, 'archive'), dir, { recursive: true });
    const file = join(dir, 'syriatv-2021-04-01-coalition.xml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('<listPlace>', '<listPlace><oops/>'));
    const io = capture();
    expect(await main(['validate', dir], io, {})).toBe(1);
    expect(io.lines.err.some((l) => l.startsWith(`${file}:`) && l.includes('error'))).toBe(true);
  });

  it('prints help, and refuses unknown commands and missing --out with exit code 2', async () => {
    const help = capture();
    expect(await main(['--help'], help, {})).toBe(0);
    expect(help.lines.out[0]).toContain('warraq-archive build <corpus-dir> --out <dir>');
    expect(await main(['build', corpus], capture(), {})).toBe(2);
    expect(await main(['frobnicate', corpus], capture(), {})).toBe(2);
    expect(await main(['build', corpus, '--out'], capture(), {})).toBe(2);
    expect(await main(['build', corpus, '--out', join(temp, 'j'), '--jobs', '0'], capture(), {})).toBe(2);
    expect(await main(['build', corpus, '--out', join(temp, 'j'), '--frobnicate'], capture(), {})).toBe(2);
  });

  it('prints its version', async () => {
    const io = capture();
    expect(await main(['--version'], io, {})).toBe(0);
    expect(io.lines.out).toEqual([
      `warraq-archive ${JSON.parse(readFileSync(join(repoRoot, 'apps/archive/package.json'), 'utf8')).version}`,
    ]);
  });

  it('tells a corpus that does not exist from one that is not a directory', async () => {
    const missing = capture();
    expect(await main(['build', join(temp, 'nowhere'), '--out', join(temp, 'o1')], missing, {})).toBe(1);
    expect(missing.lines.err[0]).toContain('the corpus folder does not exist');
    const file = capture();
    expect(
      await main(['build', join(corpus, '000_b7c19ba4b4690b72.txt'), '--out', join(temp, 'o2')], file, {}),
    ).toBe(1);
    expect(file.lines.err[0]).toContain('the corpus folder is not a directory');
  });
});
