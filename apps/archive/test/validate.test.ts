import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/index.js';
import { addArticle, capture, SDE, seedText, sidecarCorpus, tempDir } from './corpora.js';

const temp = tempDir('validate');
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** windows-1256 bytes for a text, built from the platform's own decoder table. */
function windows1256(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1256');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  return new Uint8Array([...text].map((c) => table.get(c) ?? 0x3f));
}

async function validate(dir: string) {
  const io = capture();
  const code = await main(['validate', dir], io, {});
  return { code, io, errors: io.lines.err.join('\n') };
}

const corpus = sidecarCorpus(join(temp, 'corpus'), 2);
addArticle(corpus, 'cp1256', windows1256(readFileSync(seedText, 'utf8')));
const archive = join(temp, 'archive');

describe('validate <dir> against the manifest', () => {
  it('accepts a complete build', async () => {
    expect(await main(['build', corpus, '--out', archive, '--jobs', '1'], capture(), SDE)).toBe(0);
    const manifest = JSON.parse(readFileSync(join(archive, 'manifest.json'), 'utf8'));
    expect(manifest.articles.find((a: { id: string }) => a.id === 'cp1256').sourceEncoding).toBe(
      'windows-1256',
    );
    const { code, io } = await validate(archive);
    expect(code).toBe(0);
    expect(io.lines.out[0]).toContain('4 of 4 files valid');
  });

  it('fails an edited TEI made from a windows-1256 source, even with the manifest’s file checksum updated', async () => {
    const dir = join(temp, 'edited');
    cpSync(archive, dir, { recursive: true });
    const file = join(dir, 'cp1256.xml');
    const xml = readFileSync(file, 'utf8');
    const body = xml.indexOf('<body>');
    // one letter of the text changed for another: the markup stays sound, only the text differs
    const at = xml.indexOf('التحالف', body);
    writeFileSync(file, `${xml.slice(0, at)}الثحالف${xml.slice(at + 7)}`);
    const changed = await validate(dir);
    expect(changed.code).toBe(1);
    expect(changed.errors).toContain('ARCHIVE_CHANGED');
    expect(changed.errors).toContain('TEI_FIXITY');

    const manifestPath = join(dir, 'manifest.json');
    const manifest = readFileSync(manifestPath, 'utf8');
    const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
    writeFileSync(manifestPath, manifest.replace(sha(join(archive, 'cp1256.xml')), sha(file)));
    const disguised = await validate(dir);
    expect(disguised.code).toBe(1);
    expect(disguised.errors).not.toContain('ARCHIVE_CHANGED');
    expect(disguised.errors).toMatch(/cp1256\.xml:\d+:\d+: error TEI_FIXITY: .*windows-1256/);
  });

  it('reports missing, extra and changed files and an interrupted publication', async () => {
    const dir = join(temp, 'damaged');
    cpSync(archive, dir, { recursive: true });
    rmSync(join(dir, 'a01.xml'));
    writeFileSync(join(dir, 'stray.xml'), '<x/>');
    appendFileSync(join(dir, 'corpus.xml'), '\n');
    writeFileSync(join(dir, '.warraq', 'PUBLISHING'), '');
    const { code, errors } = await validate(dir);
    expect(code).toBe(1);
    for (const c of ['ARCHIVE_INCOMPLETE', 'ARCHIVE_MISSING', 'ARCHIVE_EXTRA', 'ARCHIVE_CHANGED'])
      expect(errors).toContain(c);
  });

  it('says whether a path does not exist or is not an archive', async () => {
    expect((await validate(join(temp, 'nowhere'))).errors).toContain('does not exist');
    expect((await validate(corpus)).errors).toContain('there is no manifest.json');
  });
});

describe('build --bag', () => {
  it('writes a bag that validate accepts, and fails one whose received bytes changed', async () => {
    const bag = join(temp, 'bag');
    expect(
      await main(
        ['build', corpus, '--out', bag, '--bag', '--publisher', 'Test archive', '--jobs', '1'],
        capture(),
        SDE,
      ),
    ).toBe(0);
    const info = readFileSync(join(bag, 'bag-info.txt'), 'utf8');
    for (const field of [
      'Payload-Oxum: ',
      'Bagging-Date: 2023-11-14',
      'Bag-Size: ',
      'Source-Organization: Test archive',
    ])
      expect(info).toContain(field);
    expect(existsSync(join(bag, 'data', 'source', 'cp1256.txt'))).toBe(true);
    expect(readFileSync(join(bag, 'data', 'source', 'cp1256.txt'))).toEqual(
      readFileSync(join(corpus, 'cp1256.txt')),
    );
    expect((await validate(bag)).code).toBe(0);
    appendFileSync(join(bag, 'data', 'source', 'a01.txt'), ' ');
    const tampered = await validate(bag);
    expect(tampered.code).toBe(1);
    expect(tampered.errors).toContain('BAG_INVALID');
  });
});
