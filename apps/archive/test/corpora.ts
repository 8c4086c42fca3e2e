import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Io } from '../src/index.js';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const seedText = join(repoRoot, 'corpus', '000_b7c19ba4b4690b72.txt');
export const seedMeta = join(repoRoot, 'corpus', '000_b7c19ba4b4690b72.meta.yaml');
export const SDE = { SOURCE_DATE_EPOCH: '1700000000' };

export function capture(): Io & { lines: { out: string[]; err: string[] } } {
  const lines = { out: [] as string[], err: [] as string[] };
  return { lines, out: (l) => lines.out.push(l), err: (l) => lines.err.push(l) };
}

export const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), `warraq-${prefix}-`));

/** A sidecar corpus of `n` copies of the repository's article, ids a01, a02, … */
export function sidecarCorpus(dir: string, n: number): string {
  mkdirSync(dir, { recursive: true });
  const meta = readFileSync(seedMeta, 'utf8');
  for (let i = 1; i <= n; i++) {
    const name = `a${String(i).padStart(2, '0')}`;
    cpSync(seedText, join(dir, `${name}.txt`));
    writeFileSync(join(dir, `${name}.meta.yaml`), meta.replace(/^id: .*$/m, `id: ${name}`));
  }
  return dir;
}

/** Adds one article with these bytes (and a sidecar) to a sidecar corpus. */
export function addArticle(dir: string, name: string, bytes: Uint8Array | string): void {
  writeFileSync(join(dir, `${name}.txt`), bytes);
  writeFileSync(
    join(dir, `${name}.meta.yaml`),
    readFileSync(seedMeta, 'utf8').replace(/^id: .*$/m, `id: ${name}`),
  );
}

export { snapshot } from '../scripts/snapshot.mjs';

/** Modification times of an archive's files, to tell which were rewritten. */
export function mtimes(dir: string): Map<string, number> {
  return new Map(
    readdirSync(dir)
      .filter((n) => n !== '.warraq')
      .map((n) => [n, statSync(join(dir, n)).mtimeMs]),
  );
}
