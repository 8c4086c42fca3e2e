// A synthetic corpus for scale tests, generated at run time and never committed: `copies` copies of
// each manifest corpus in <shared-corpus> (the 200 shared articles), each copy's files renamed
// c<k>_<file> so every article has a new id. Only folders with a manifest.jsonl are copied.
// Usage: node scripts/copies-of-shared-corpus.mjs <shared-corpus-dir> <copies> <out-dir>
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [from, copiesArg, to] = process.argv.slice(2);
const copies = Number(copiesArg);
if (from === undefined || to === undefined || !Number.isInteger(copies) || copies < 1) {
  console.error('usage: node scripts/copies-of-shared-corpus.mjs <shared-corpus-dir> <copies> <out-dir>');
  process.exit(2);
}
if (existsSync(to)) {
  console.error(`${to} exists: give a new folder`);
  process.exit(2);
}
let articles = 0;
for (const name of readdirSync(from).sort()) {
  const manifest = join(from, name, 'manifest.jsonl');
  if (!existsSync(manifest)) continue;
  const entries = readFileSync(manifest, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line));
  for (let k = 0; k < copies; k++) {
    const dir = join(to, `c${k}-${name}`);
    mkdirSync(dir, { recursive: true });
    const renamed = entries.map((e) => {
      copyFileSync(join(from, name, e.file), join(dir, `c${k}_${e.file}`));
      return JSON.stringify({ ...e, file: `c${k}_${e.file}`, ...(e.id ? { id: `c${k}_${e.id}` } : {}) });
    });
    writeFileSync(join(dir, 'manifest.jsonl'), `${renamed.join('\n')}\n`);
    for (const extra of ['rights.json'])
      if (existsSync(join(from, name, extra))) copyFileSync(join(from, name, extra), join(dir, extra));
    articles += entries.length;
  }
}
console.log(`${articles} articles in ${to}`);
