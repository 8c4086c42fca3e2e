// The main job on the bundled corpus: the TEI archive of every article and a PDF brief of each.
// Run through `npm start`, which builds everything first.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const corpus = 'corpus';
const articles = readdirSync(corpus)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => `${corpus}/${f}`);

const steps = [
  ['apps/archive/bin/warraq-archive.js', 'build', corpus, '--out', 'out/archive'],
  ['apps/brief/bin/warraq-brief.js', ...articles, '--out-dir', 'out/briefs'],
];
for (const [bin, ...args] of steps) {
  console.log(`$ ${bin.split('/').pop()} ${args.join(' ')}`);
  const run = spawnSync(process.execPath, [bin, ...args], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
