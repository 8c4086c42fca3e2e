/**
 * Throughput and memory of parseArticle over the shared corpus (200 articles) with names: 'lexicon'
 * and names: 'model' (the default), in one process and interleaved (a pass of each mode per round),
 * so that the ratio holds on a busy machine whose load changes while it runs. The model keeps what it
 * worked out for each word form it has seen (feature-rows.ts); a third mode gives every pass a
 * freshly decoded model, so each pass over the 200 articles starts with nothing cached, like a
 * process meeting a new corpus. Peak RSS is read after the lexicon's warm-up (before the model is
 * loaded) and at the end; the end figure includes the discarded models of the third mode.
 * Run: npm run bench -w @warraq/parser   (after npm run build of @warraq/schema)
 */
import { readNamesModel } from '@warraq/names-model';
import { findNames, parseArticle } from '../src/index.js';
import { decodeModel } from '../src/names/model/codec.js';
import { loadCorpus } from './corpus.js';

const PASSES = Number(process.env.BENCH_PASSES ?? 5);
const articles = loadCorpus();
const totalBytes = articles.reduce((n, a) => n + a.bytes.length, 0);

let peakRss = 0;
let peakHeap = 0;
/** Peak RSS comes from the OS (resourceUsage().maxRSS); heap is sampled after each pass. */
const sample = () => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
};

type Mode = 'lexicon' | 'model' | 'model, nothing cached';

function pass(mode: Mode): { ms: number; failed: number; inlines: number } {
  let failed = 0;
  let inlines = 0;
  const fresh = mode === 'model, nothing cached' ? decodeModel(readNamesModel()) : undefined;
  const options = fresh
    ? { findNames: (text: string) => findNames(text, { model: fresh }) }
    : { names: mode as 'lexicon' | 'model' };
  const start = process.hrtime.bigint();
  for (const a of articles) {
    const outcome = parseArticle(
      { bytes: a.bytes, fileName: a.path, id: a.record.id, metadata: a.record.metadata },
      options,
    );
    if (!outcome.ok) failed++;
    else for (const b of outcome.document.blocks) inlines += b.content.length;
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  sample(); // outside the timed loop: reading memory figures is itself slow
  return { ms, failed, inlines };
}

const mb = totalBytes / 1e6;
const fmt = (n: number, d = 1) => n.toFixed(d);
console.log(
  `@warraq/parser bench: ${articles.length} articles, ${fmt(mb, 3)} MB, ${PASSES} interleaved rounds after one warm-up per mode`,
);
const MODES = ['lexicon', 'model', 'model, nothing cached'] as const;
const memory = () =>
  `RSS ${fmt(Math.max(peakRss, process.resourceUsage().maxRSS * 1024) / 2 ** 20)} MiB   heap used ${fmt(peakHeap / 2 ** 20)} MiB`;
pass('lexicon'); // warm-up: JIT, Intl data, regex compilation
console.log(`peak memory before the model is loaded: ${memory()}`);
for (const mode of MODES.slice(1)) pass(mode); // warm-up: the model file
const runs = new Map<Mode, { ms: number; failed: number }[]>(MODES.map((m) => [m, []]));
for (let round = 0; round < PASSES; round++) for (const mode of MODES) runs.get(mode)?.push(pass(mode));
const medians: number[] = [];
for (const mode of MODES) {
  const times = (runs.get(mode) ?? []).map((r) => r.ms).sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] as number;
  medians.push(median);
  console.log(`names: '${mode}'`);
  console.log(
    `  median pass   ${fmt(median)} ms   (min ${fmt(times[0] as number)}, max ${fmt(times[times.length - 1] as number)})`,
  );
  console.log(
    `  throughput    ${fmt(mb / (median / 1000), 2)} MB/s   ${fmt(articles.length / (median / 1000))} articles/s`,
  );
  console.log(`  per article   ${fmt(median / articles.length, 2)} ms mean`);
  console.log(`  failed        ${runs.get(mode)?.[0]?.failed ?? 0} of ${articles.length}`);
}
console.log(`peak memory at the end: ${memory()}`);
console.log(`model / lexicon time per article: ${fmt((medians[1] ?? 0) / (medians[0] ?? 1), 2)}×`);
console.log(`model with nothing cached / lexicon: ${fmt((medians[2] ?? 0) / (medians[0] ?? 1), 2)}×`);
