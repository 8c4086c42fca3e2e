/**
 * Throughput and memory of parseArticle over the shared corpus (200 articles), first with
 * names: 'lexicon', then with names: 'model' (the default) in the same process, so the ratio of the
 * two is fair on a busy machine; peak RSS is read after each phase (the model phase includes the
 * lexicon phase's peak, so its figure is an upper bound).
 * Run: npm run bench -w @warraq/parser   (after npm run build of @warraq/schema)
 */
import { parseArticle } from '../src/index.js';
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

function pass(names: 'lexicon' | 'model'): { ms: number; failed: number; inlines: number } {
  let failed = 0;
  let inlines = 0;
  const start = process.hrtime.bigint();
  for (const a of articles) {
    const outcome = parseArticle(
      { bytes: a.bytes, fileName: a.path, id: a.record.id, metadata: a.record.metadata },
      { names },
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
  `@warraq/parser bench: ${articles.length} articles, ${fmt(mb, 3)} MB, ${PASSES} passes after one warm-up per mode`,
);
const medians: number[] = [];
for (const names of ['lexicon', 'model'] as const) {
  pass(names); // warm-up: JIT, Intl data, regex compilation, the model file
  const runs = Array.from({ length: PASSES }, () => pass(names));
  const times = runs.map((r) => r.ms).sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] as number;
  medians.push(median);
  console.log(`names: '${names}'`);
  console.log(
    `  median pass   ${fmt(median)} ms   (min ${fmt(times[0] as number)}, max ${fmt(times[times.length - 1] as number)})`,
  );
  console.log(
    `  throughput    ${fmt(mb / (median / 1000), 2)} MB/s   ${fmt(articles.length / (median / 1000))} articles/s`,
  );
  console.log(`  per article   ${fmt(median / articles.length, 2)} ms mean`);
  console.log(
    `  peak memory   RSS ${fmt(Math.max(peakRss, process.resourceUsage().maxRSS * 1024) / 2 ** 20)} MiB   heap used ${fmt(peakHeap / 2 ** 20)} MiB`,
  );
  console.log(`  failed        ${runs[0]?.failed ?? 0} of ${articles.length}`);
}
console.log(`model / lexicon time per article: ${fmt((medians[1] ?? 0) / (medians[0] ?? 1), 2)}×`);
