// What travels through Redis per article (the README's "More than one machine" figures): the job
// payload (JSON, bytes in base64) and the result (JSON) for the 200 shared articles.
// Usage: node apps/archive/bench/queue-sizes.mjs   (needs the package built and ../shared)
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jobFor, listCorpus } from '../dist/corpus/enumerate.js';
import { processArticles } from '../dist/job/process-batch.js';
import { toPayload } from '../dist/queue/payload.js';
import { sharedSources } from './synthetic-corpus.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const shared = process.env.WARRAQ_SHARED ?? resolve(here, '../../../../shared');
const sources = sharedSources(join(shared, 'corpus'));
if (!sources.every((d) => existsSync(d))) {
  console.log(
    'queue-sizes: skipped (needs ../shared/corpus: put the shared data beside the clone or set WARRAQ_SHARED)',
  );
  process.exit(0);
}
const rows = { source: [], job: [], tei: [], result: [] };
for (const dir of sources) {
  const jobs = listCorpus(dir, 'ar').entries.map((e, i) =>
    jobFor(e, i, dir, { language: 'ar', tei: { date: '2024-01-02' } }),
  );
  const results = await processArticles(jobs);
  for (const [i, job] of jobs.entries()) {
    const result = results[i];
    rows.source.push(job.bytes.length);
    rows.job.push(Buffer.byteLength(JSON.stringify(toPayload(job))));
    rows.tei.push(result.ok ? Buffer.byteLength(result.tei) : 0);
    rows.result.push(Buffer.byteLength(JSON.stringify(result)));
  }
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`${rows.source.length} articles`);
for (const [name, sizes] of Object.entries(rows)) {
  const total = sizes.reduce((a, b) => a + b, 0);
  console.log(`${name.padEnd(7)} mean ${kb(total / sizes.length)}, largest ${kb(Math.max(...sizes))}`);
}
