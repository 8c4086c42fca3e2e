// Whole-process timings of two or more warraq-brief builds side by side: the first corpus article,
// each build with its own cache folder filled first (warm) or with caches off, runs interleaved
// (the order reversed every other round), wall and CPU (user + system, from /usr/bin/time) medians
// and minimums, each as a ratio to the first build; every build's PDF must equal the first's.
// Usage: node bench/compare-builds.mjs <runs> <name>=<bin/warraq-brief.js>[=off] ...
// e.g. a build of the previous commit in another checkout against this one:
//   node bench/compare-builds.mjs 15 before=../before/apps/brief/bin/warraq-brief.js after=bin/warraq-brief.js
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const article = join(dirname(fileURLToPath(import.meta.url)), '../../../corpus/000_b7c19ba4b4690b72.txt');
const [runsArg, ...specs] = process.argv.slice(2);
const runs = Number(runsArg);
if (!(runs > 0) || specs.length < 2) {
  console.error(
    'usage: node bench/compare-builds.mjs <runs> <name>=<bin/warraq-brief.js>[=off] ... (two or more)',
  );
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), 'brief-compare-'));
const builds = specs.map((spec) => {
  const [name, bin, mode = 'warm'] = spec.split('=');
  return {
    name,
    bin,
    cache: mode === 'off' ? 'off' : join(work, `cache-${name}`),
    pdf: join(work, `${name}.pdf`),
    wall: [],
    cpu: [],
  };
});

function run(build) {
  const done = spawnSync(
    '/usr/bin/time',
    ['-f', '%e %U %S', process.execPath, build.bin, article, '--out', build.pdf],
    {
      encoding: 'utf8',
      env: { ...process.env, SOURCE_DATE_EPOCH: '1617235200', WARRAQ_CACHE_DIR: build.cache },
    },
  );
  if (done.status !== 0) throw new Error(`${build.name} failed: ${done.stderr}`);
  const [wall, user, system] = done.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  return { wall, cpu: user + system };
}

const loads = [];
try {
  for (const build of builds) for (let i = 0; i < 2; i++) run(build); // caches and code cache filled
  for (let i = 0; i < runs; i++) {
    loads.push(loadavg()[0]);
    for (const build of i % 2 === 0 ? builds : [...builds].reverse()) {
      const { wall, cpu } = run(build);
      build.wall.push(wall);
      build.cpu.push(cpu);
    }
  }
  const first = readFileSync(builds[0].pdf);
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const min = (xs) => Math.min(...xs);
  const ratio = (f, key, build) => (f(build[key]) / f(builds[0][key])).toFixed(3);
  for (const build of builds) {
    const same = readFileSync(build.pdf).equals(first) ? 'same PDF' : 'PDF DIFFERS';
    console.log(
      `${build.name}: wall median ${median(build.wall).toFixed(2)} s (${ratio(median, 'wall', build)}×), min ${min(build.wall).toFixed(2)} s (${ratio(min, 'wall', build)}×); ` +
        `CPU median ${median(build.cpu).toFixed(2)} s (${ratio(median, 'cpu', build)}×), min ${min(build.cpu).toFixed(2)} s (${ratio(min, 'cpu', build)}×); ${same}`,
    );
  }
  console.log(
    `${runs} interleaved runs, load average ${min(loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
