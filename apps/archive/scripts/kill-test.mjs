#!/usr/bin/env node
// Crash-safety check: SIGKILLs `warraq-archive build` at random moments and checks that
//  - `validate` never accepts a folder that differs from a complete build (the previous one or the new one);
//  - the next build completes, byte-identical to an uninterrupted build, with no temp file left.
// Usage: node scripts/kill-test.mjs [kills=20] [seed]   (needs the package built: npm run build)
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { snapshot } from './snapshot.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const bin = resolve(here, '../bin/warraq-archive.js');
const seedArticle = resolve(here, '../../../corpus/000_b7c19ba4b4690b72');
const kills = Number(process.argv[2] ?? 20);
let state = Number(process.argv[3] ?? Date.now() % 1e9) >>> 0;
console.log(`kill-test: ${kills} kills, seed ${state}`);
const random = () => {
  state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
  return state / 2 ** 32;
};
const env = { ...process.env, SOURCE_DATE_EPOCH: '1700000000' };
// pauses 40 ms before each publication step in the killed builds, so kills land inside publications too
const slowPublish = { ...env, WARRAQ_CRASH_TEST_STEP_MS: '40' };
const temp = mkdtempSync(join(tmpdir(), 'warraq-kill-'));

function corpus(dir, ids, changed) {
  mkdirSync(dir, { recursive: true });
  const text = readFileSync(`${seedArticle}.txt`, 'utf8');
  const meta = readFileSync(`${seedArticle}.meta.yaml`, 'utf8');
  for (const id of ids) {
    writeFileSync(join(dir, `${id}.txt`), changed.has(id) ? `${text} وأضاف المتحدث.` : text);
    writeFileSync(join(dir, `${id}.meta.yaml`), meta.replace(/^id: .*$/m, `id: ${id}`));
  }
  return dir;
}
const ids = Array.from({ length: 8 }, (_, i) => `k${String(i).padStart(2, '0')}`);
const v1 = corpus(join(temp, 'v1'), ids, new Set());
// v2: one article changed, one removed, one added
const v2 = corpus(join(temp, 'v2'), [...ids.filter((id) => id !== 'k05'), 'k99'], new Set(['k10']));

const run = (args) => spawnSync(process.execPath, [bin, ...args], { env, encoding: 'utf8' });
const build = (src, out, jobs) => run(['build', src, '--out', out, '--jobs', String(jobs), '--quiet']);

const same = (a, b) => a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);
function leftovers(dir) {
  const found = [];
  const walk = (abs) => {
    for (const name of readdirSync(abs)) {
      const full = join(abs, name);
      if (name.endsWith('.tmp') || name === 'staging' || name === 'PUBLISHING') found.push(full);
      else if (statSync(full).isDirectory()) walk(full);
    }
  };
  walk(dir);
  return found;
}

const ref1 = join(temp, 'ref1');
const ref2 = join(temp, 'ref2');
let t = performance.now();
if (build(v1, ref1, 1).status !== 0) throw new Error('reference build v1 failed');
const cold = performance.now() - t;
cpSync(ref1, ref2, { recursive: true });
t = performance.now();
if (build(v2, ref2, 1).status !== 0) throw new Error('reference build v2 failed');
// a build of v2 over v1 reuses the cache: it takes less time, so it is killed sooner
const warm = performance.now() - t;
const [snap1, snap2] = [snapshot(ref1), snapshot(ref2)];

let failures = 0;
const counts = { accepted: 0, refused: 0 };
for (let i = 0; i < kills; i++) {
  const out = join(temp, `out${i}`);
  const fromPrevious = i % 2 === 1;
  if (fromPrevious) cpSync(ref1, out, { recursive: true });
  const jobs = i % 4 < 2 ? 1 : 2;
  const full = fromPrevious ? warm : cold;
  // half the kills at any moment of the build, half inside the publication (once its journal exists)
  const duringPublication = random() < 0.5;
  const delay = Math.round(random() * (duringPublication ? 12 * 40 : full));
  const child = spawn(process.execPath, [bin, 'build', v2, '--out', out, '--jobs', String(jobs), '--quiet'], {
    env: slowPublish,
    stdio: 'ignore',
  });
  let done = false;
  const exited = new Promise((r) =>
    child.on('exit', (code, signal) => {
      done = true;
      r(signal ?? `exit ${code}`);
    }),
  );
  const journal = join(out, '.warraq', 'PUBLISHING');
  while (duringPublication && !done && !existsSync(journal)) await new Promise((r) => setTimeout(r, 2));
  await new Promise((r) => setTimeout(r, delay));
  child.kill('SIGKILL');
  const exit = await exited;
  const verdict = run(['validate', out, '--quiet']).status;
  const now = existsSync(out) ? snapshot(out) : new Map();
  const complete = same(now, snap2) || (fromPrevious && same(now, snap1));
  let problem;
  if (verdict === 0 && !complete) problem = 'validate accepted a folder that is not a complete build';
  counts[verdict === 0 ? 'accepted' : 'refused']++;
  const rerun = build(v2, out, jobs);
  if (!problem && rerun.status !== 0) problem = `the rerun failed: ${rerun.stderr}`;
  if (!problem && !same(snapshot(out), snap2))
    problem = 'the rerun is not byte-identical to an uninterrupted build';
  const left = leftovers(out);
  if (!problem && left.length > 0) problem = `left behind: ${left.join(', ')}`;
  if (!problem && run(['validate', out, '--quiet']).status !== 0) problem = 'validate refused the rerun';
  console.log(
    `kill ${i + 1}: ${fromPrevious ? 'over v1' : 'empty'}, --jobs ${jobs}, ${duringPublication ? `${delay} ms into the publication` : `after ${delay} ms`} (${exit}): validate ${verdict === 0 ? 'accepted' : 'refused'}; ${problem ?? 'rerun identical, nothing left'}`,
  );
  if (problem) failures++;
  rmSync(out, { recursive: true, force: true });
}
rmSync(temp, { recursive: true, force: true });
console.log(
  `kill-test: ${kills - failures}/${kills} passed (validate accepted ${counts.accepted}, refused ${counts.refused}; an uninterrupted build took ${Math.round(cold)} ms cold, ${Math.round(warm)} ms over the previous one)`,
);
process.exit(failures > 0 ? 1 : 0);
