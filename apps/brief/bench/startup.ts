// Start-up: one brief as a whole process (node bin/warraq-brief.js, the first corpus article)
// against one Typst compile as a whole process on the same article with Amiri (Debian's
// fonts-hosny-amiri TTFs), interleaved, medians of wall time. Run with `npm run bench` (after a
// build). The machine's load is printed with the figures: compare ratios, not milliseconds.
// warraq-brief is timed with its caches (WARRAQ_CACHE_DIR: shaped words, glyph outlines, the
// bundle's compiled code) off (as on a first run), filled
// from 10 other articles only (../shared's saudinewsnet, never the article timed: a fresh copy
// before every run, so it never learns this article's words), and warm (this article briefed
// before). Also timed: the same brief from the experimental V8 startup snapshot (bench/snapshot),
// cache off, built here twice: with nothing rendered, and warmed on the same 10 other articles.
// Every peer's PDF must be byte-identical to the plain brief's. Three floors are timed beside
// them, to show what no brief can go below in this runtime: Node doing nothing (`node -e 0`), the
// command with its code loaded and nothing briefed (`--help`, code cache warm), and the same from
// the V8 snapshot; and the snapshot's best case, warmed on the very article it then briefs.
// Usage: tsx bench/startup.ts [runs]   (AMIRI_TTF_DIR overrides the fonts folder)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '../../..');
const article = join(repo, 'corpus/000_b7c19ba4b4690b72.txt');
const fontsDir = process.env.AMIRI_TTF_DIR ?? '/usr/share/fonts/opentype/fonts-hosny-amiri';
const runs = Number(process.argv[2] ?? 9);

if (!existsSync(join(fontsDir, 'Amiri-Regular.ttf'))) {
  console.log(`startup bench skipped: no Amiri TTFs in ${fontsDir} (apt-get install fonts-hosny-amiri)`);
  process.exit(0);
}

const out = mkdtempSync(join(tmpdir(), 'brief-startup-'));
const shared = process.env.WARRAQ_SHARED ?? join(repo, '../shared');
const warmDir = join(shared, 'corpus/saudinewsnet');
const warm = existsSync(warmDir)
  ? readdirSync(warmDir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .slice(0, 10)
      .map((f) => join(warmDir, f))
  : [];
function snapshot(name: string, articles: string[]): string {
  const dir = join(out, name);
  const made = spawnSync(process.execPath, [join(here, 'snapshot/build.mjs'), dir, ...articles], {
    encoding: 'utf8',
  });
  if (made.status !== 0) throw new Error(`snapshot build failed: ${made.stderr}`);
  return join(dir, 'brief.blob');
}
const fromSnapshot = (blob: string, pdf: string) => [
  '--regexp-interpret-all',
  '--snapshot-blob',
  blob,
  article,
  '--out',
  join(out, pdf),
];
// the article first: from a snapshot, node reads leading options as its own
const helpFromSnapshot = (blob: string) => [
  '--regexp-interpret-all',
  '--snapshot-blob',
  blob,
  article,
  '--help',
];
const brief = (pdf: string) => [join(here, '../bin/warraq-brief.js'), article, '--out', join(out, pdf)];
const PLAIN = 'warraq-brief (PDF/A-3b, TEI inside), caches off';
const OTHERS = 'warraq-brief, caches filled from 10 other articles';
const WARM = 'warraq-brief, caches warm (this article briefed before)';
const TYPST = 'Typst (typst-ts-node-compiler)';
const NODE_ALONE = 'floor: node -e 0';
const CODE_LOADED = 'floor: warraq-brief --help (code loaded from its warm cache, nothing briefed)';
const SNAPSHOT_LOADED = 'floor: warraq-brief --help from the V8 snapshot';
const cacheOf = (name: string) => join(out, `cache-${name}`);
// the cache of the 10 other articles, copied afresh before each timed run
if (warm.length > 0) {
  const filled = spawnSync(
    process.execPath,
    [join(here, '../bin/warraq-brief.js'), ...warm, '--out-dir', join(out, 'others')],
    {
      env: { ...process.env, WARRAQ_CACHE_DIR: cacheOf('others') },
    },
  );
  if (filled.status !== 0) throw new Error(`filling the shaping cache failed: ${filled.stderr}`);
}
const cacheDir: Record<string, string> = {
  [OTHERS]: cacheOf('others-run'),
  [WARM]: cacheOf('warm'),
  [CODE_LOADED]: cacheOf('warm'),
};
const beforeRun: Record<string, () => void> = {
  [OTHERS]: () => {
    rmSync(cacheOf('others-run'), { recursive: true, force: true });
    cpSync(cacheOf('others'), cacheOf('others-run'), { recursive: true });
  },
};
const coldBlob = snapshot('cold', []);
const peers: Record<string, string[]> = {
  [PLAIN]: brief('plain.pdf'),
  ...(warm.length > 0 ? { [OTHERS]: brief('others.pdf') } : {}),
  [WARM]: brief('warm-cache.pdf'),
  'warraq-brief from a V8 snapshot, nothing rendered': fromSnapshot(coldBlob, 'cold.pdf'),
  ...(warm.length > 0
    ? {
        'warraq-brief from a V8 snapshot warmed on 10 other articles': fromSnapshot(
          snapshot('warm', warm),
          'warm.pdf',
        ),
      }
    : {}),
  'warraq-brief from a V8 snapshot warmed on this very article (its best case)': fromSnapshot(
    snapshot('same', [article]),
    'same.pdf',
  ),
  [NODE_ALONE]: ['-e', '0'],
  [CODE_LOADED]: [join(here, '../bin/warraq-brief.js'), article, '--help'],
  [SNAPSHOT_LOADED]: helpFromSnapshot(coldBlob),
  [TYPST]: [join(here, 'typst-process.mjs'), fontsDir, article, join(out, 'typst.pdf')],
};
const times: Record<string, number[]> = Object.fromEntries(Object.keys(peers).map((k) => [k, []]));
const loads: number[] = [];
try {
  for (let i = 0; i <= runs; i++) {
    loads.push(loadavg()[0]!);
    for (const [name, args] of Object.entries(peers)) {
      beforeRun[name]?.();
      const t = performance.now();
      const run = spawnSync(process.execPath, args, {
        encoding: 'utf8',
        env: { ...process.env, SOURCE_DATE_EPOCH: '1617235200', WARRAQ_CACHE_DIR: cacheDir[name] ?? 'off' },
      });
      const ms = performance.now() - t;
      if (run.status !== 0) throw new Error(`${name} failed (${run.status}): ${run.stderr}`);
      if (i > 0) times[name]!.push(ms); // the first round fills the file cache
    }
  }
  const plain = readFileSync(join(out, 'plain.pdf'));
  for (const pdf of ['others.pdf', 'warm-cache.pdf', 'cold.pdf', 'warm.pdf', 'same.pdf'])
    if (existsSync(join(out, pdf)) && !readFileSync(join(out, pdf)).equals(plain))
      throw new Error(`${pdf} differs from the plain brief`);
} finally {
  rmSync(out, { recursive: true, force: true });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const typst = median(times[TYPST]!);

console.log(
  `one process, first corpus article, median of ${runs} interleaved runs (node ${process.version})`,
);
for (const [name, xs] of Object.entries(times))
  console.log(`  ${name}: ${median(xs).toFixed(0)} ms (${(median(xs) / typst).toFixed(2)}× Typst)`);
for (const name of [PLAIN, OTHERS, WARM].filter((n) => times[n] !== undefined)) {
  const ratio = median(times[name]!) / typst;
  console.log(`  ${name}: ${ratio.toFixed(2)}× Typst (target ≤ 1.5×: ${ratio <= 1.5 ? 'met' : 'NOT met'})`);
}
console.log(
  `  load average during the runs ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} on ${availableParallelism()} cores`,
);
