#!/usr/bin/env node
// Archive at scale: articles/s, MB/s and peak RSS for cold builds with --jobs 1 and --jobs 2, and
// an unchanged rerun, at 200, 2,000 and 10,000 articles (100,000 too with --long). The corpora are
// generated here from the shared articles (copies with new file names, hence new ids) and deleted
// afterwards: never committed.
// Usage: npm run bench -w @warraq/archive [-- --long] [-- --sizes 200,2000]
// Needs ../shared (WARRAQ_SHARED) and the package built.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus, sharedSources } from './synthetic-corpus.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const bin = resolve(here, '../bin/warraq-archive.js');
const shared = process.env.WARRAQ_SHARED ?? resolve(here, '../../../../shared');
const sources = sharedSources(join(shared, 'corpus'));
if (!sources.every((d) => existsSync(join(d, 'manifest.jsonl')))) {
  console.log(
    `bench: skipped (needs ../shared/corpus: put the shared data beside the clone or set WARRAQ_SHARED)`,
  );
  process.exit(0);
}
const args = process.argv.slice(2);
const sizesArg = args.includes('--sizes') ? args[args.indexOf('--sizes') + 1] : undefined;
const sizes = sizesArg
  ? sizesArg.split(',').map(Number)
  : [200, 2000, 10000, ...(args.includes('--long') ? [100000] : [])];
const uptime = () => execFileSync('uptime', { encoding: 'utf8' }).trim();

/** `n` articles: copies of the shared manifest folders, each file renamed c<copy>_<name> (a new id). */
const generate = (dir, n) => generateCorpus(sources, dir, n);

/**
 * One build as a user runs it: the command itself (its launcher line and flags included), in a
 * fresh process; wall time measured here, peak RSS from its --json summary (worker threads share
 * the process, so they are in it).
 */
function run(corpus, out, jobs) {
  const started = performance.now();
  const r = spawnSync(bin, ['build', corpus, '--out', out, '--jobs', String(jobs), '--json'], {
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: '1700000000' },
    maxBuffer: 1 << 30,
  });
  const seconds = (performance.now() - started) / 1000;
  if (r.status !== 0) throw new Error(`build failed (${r.status}): ${r.stderr.slice(0, 2000)}`);
  return { seconds, maxRssMb: JSON.parse(r.stdout).peakRssMb };
}

console.log(`bench (archive): ${uptime()}`);
console.log('articles | run            | seconds | articles/s | MB/s  | peak RSS MB');
for (const n of sizes) {
  const temp = mkdtempSync(join(tmpdir(), `warraq-bench-${n}-`));
  try {
    const corpus = join(temp, 'corpus');
    const mb = generate(corpus, n) / 1e6;
    const row = (label, r) =>
      console.log(
        `${String(n).padStart(8)} | ${label.padEnd(14)} | ${r.seconds.toFixed(1).padStart(7)} | ${(n / r.seconds).toFixed(1).padStart(10)} | ${(mb / r.seconds).toFixed(2).padStart(5)} | ${r.maxRssMb.toFixed(0).padStart(5)}`,
      );
    const one = run(corpus, join(temp, 'out1'), 1);
    row('cold --jobs 1', one);
    const two = run(corpus, join(temp, 'out2'), 2);
    row('cold --jobs 2', two);
    const again = run(corpus, join(temp, 'out2'), 2);
    row('unchanged', again);
    const same = readFileSync(join(temp, 'out1', 'corpus.xml')).equals(
      readFileSync(join(temp, 'out2', 'corpus.xml')),
    );
    console.log(
      `${String(n).padStart(8)} | --jobs 2 / --jobs 1: ${(one.seconds / two.seconds).toFixed(2)}× articles/s; unchanged rerun / cold (--jobs 2): ${((100 * again.seconds) / two.seconds).toFixed(1)} %; corpus.xml identical: ${same} | ${uptime()}`,
    );
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
