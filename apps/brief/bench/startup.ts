// Start-up: one brief as a whole process (node bin/warraq-brief.js, the first corpus article)
// against one Typst compile as a whole process on the same article with Amiri (Debian's
// fonts-hosny-amiri TTFs), interleaved, medians of wall time. Run with `npm run bench` (after a
// build). The machine's load is printed with the figures: compare ratios, not milliseconds.
// Usage: tsx bench/startup.ts [runs]   (AMIRI_TTF_DIR overrides the fonts folder)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
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
const peers: Record<string, string[]> = {
  'warraq-brief (PDF/A-3b, TEI inside)': [
    join(here, '../bin/warraq-brief.js'),
    article,
    '--out',
    join(out, 'b.pdf'),
  ],
  'Typst (typst-ts-node-compiler)': [join(here, 'typst-process.mjs'), fontsDir, article, join(out, 't.pdf')],
};
const times: Record<string, number[]> = Object.fromEntries(Object.keys(peers).map((k) => [k, []]));
const loads: number[] = [];
try {
  for (let i = 0; i <= runs; i++) {
    loads.push(loadavg()[0]!);
    for (const [name, args] of Object.entries(peers)) {
      const t = performance.now();
      const run = spawnSync(process.execPath, args, {
        encoding: 'utf8',
        env: { ...process.env, SOURCE_DATE_EPOCH: '1617235200' },
      });
      const ms = performance.now() - t;
      if (run.status !== 0) throw new Error(`${name} failed (${run.status}): ${run.stderr}`);
      if (i > 0) times[name]!.push(ms); // the first round fills the file cache
    }
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const [ours, typst] = Object.values(times).map(median) as [number, number];
console.log(
  `one process, first corpus article, median of ${runs} interleaved runs (node ${process.version})`,
);
for (const [name, xs] of Object.entries(times)) console.log(`  ${name}: ${median(xs).toFixed(0)} ms`);
console.log(
  `  ratio: ${(ours / typst).toFixed(2)}× Typst (target ≤ 1.5×: ${ours / typst <= 1.5 ? 'met' : 'NOT met'})`,
);
console.log(
  `  load average during the runs ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} on ${availableParallelism()} cores`,
);
