// Synthetic corpora for scale runs, generated at run time and never committed: copies of the shared
// manifest folders, each file renamed c<copy>_<name> (a new id). Used by bench/archive.mjs and, from
// the command line, by scripts/ci-queue.sh and scripts/bench-queue.sh:
//   node apps/archive/bench/synthetic-corpus.mjs <shared-corpus-dir> <articles> <out-dir>
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The shared corpus folders the copies are made of. */
export const sharedSources = (sharedCorpus) =>
  ['saudinewsnet', 'antcorpus-jawharafm'].map((d) => join(sharedCorpus, d));

/** `n` articles copied from `sources` into `dir`; returns the bytes of the articles. */
export function generateCorpus(sources, dir, n) {
  const folders = sources.map((src) => {
    const lines = readFileSync(join(src, 'manifest.jsonl'), 'utf8').split('\n').filter(Boolean);
    return { src, name: src.split('/').pop(), entries: lines.map((l) => JSON.parse(l)) };
  });
  let made = 0;
  let bytes = 0;
  for (let copy = 0; made < n; copy++)
    for (const f of folders) {
      if (made >= n) break;
      const take = f.entries.slice(0, n - made);
      const out = join(dir, `c${String(copy).padStart(4, '0')}-${f.name}`);
      mkdirSync(out, { recursive: true });
      const prefix = `c${String(copy).padStart(4, '0')}_`;
      writeFileSync(
        join(out, 'manifest.jsonl'),
        `${take.map((e) => JSON.stringify({ ...e, file: prefix + e.file, ...(e.id ? { id: prefix + e.id } : {}) })).join('\n')}\n`,
      );
      for (const e of take) {
        copyFileSync(join(f.src, e.file), join(out, prefix + e.file));
        bytes += statSync(join(f.src, e.file)).size;
      }
      made += take.length;
    }
  return bytes;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [shared, count, out] = process.argv.slice(2);
  const n = Number(count);
  if (shared === undefined || out === undefined || !Number.isInteger(n) || n < 1) {
    console.error(
      'usage: node apps/archive/bench/synthetic-corpus.mjs <shared-corpus-dir> <articles> <out-dir>',
    );
    process.exit(2);
  }
  if (existsSync(out)) {
    console.error(`${out} exists: give a new folder`);
    process.exit(2);
  }
  generateCorpus(sharedSources(shared), out, n);
  console.log(`${n} articles in ${out}`);
}
