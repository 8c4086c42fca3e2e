// Encode and decode throughput over the 200 shared articles, and pandoc's time to write TEI for
// the same texts (`pandoc -f markdown -t tei -s`, one process per article as it is used), as a
// ratio per article. Run: npm run bench -w @warraq/tei
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { decodeTei, encodeTei } from '../src/index.js';
import { sharedArticles } from '../test/articles.js';

const articles = sharedArticles();
const docs = articles.map((a) => a.document);
const bytes = docs.reduce((sum, d) => sum + d.source.byteLength, 0);

function time(rounds: number, run: () => void): number {
  run(); // warm up
  const start = performance.now();
  for (let i = 0; i < rounds; i++) run();
  return (performance.now() - start) / rounds;
}

const xmls = docs.map((d) => encodeTei(d));
const rounds = 20;
const encodeMs = time(rounds, () => {
  for (const d of docs) encodeTei(d);
});
const decodeMs = time(rounds, () => {
  for (const x of xmls) decodeTei(x);
});
const teiBytes = xmls.reduce((sum, x) => sum + Buffer.byteLength(x), 0);

const perArticle = (ms: number) => ms / docs.length;
console.log(
  `articles: ${docs.length}, ${(bytes / 1024).toFixed(0)} KiB received, ${(teiBytes / 1024).toFixed(0)} KiB of TEI written`,
);
console.log(
  `encodeTei: ${perArticle(encodeMs).toFixed(3)} ms/article, ${((docs.length / encodeMs) * 1000).toFixed(0)} articles/s, ${(bytes / 1024 / 1024 / (encodeMs / 1000)).toFixed(1)} MiB/s of text`,
);
console.log(
  `decodeTei: ${perArticle(decodeMs).toFixed(3)} ms/article, ${((docs.length / decodeMs) * 1000).toFixed(0)} articles/s, ${(teiBytes / 1024 / 1024 / (decodeMs / 1000)).toFixed(1)} MiB/s of TEI`,
);

const pandoc = spawnSync('pandoc', ['--version'], { encoding: 'utf8' });
if (pandoc.status !== 0) {
  console.log('pandoc: not installed (apt-get install pandoc); no ratio');
} else {
  const texts = articles.map((a) => readFileSync(a.file));
  const start = performance.now();
  let pandocBytes = 0;
  for (const t of texts) {
    const r = spawnSync('pandoc', ['-f', 'markdown', '-t', 'tei', '-s'], {
      input: t,
      maxBuffer: 64 * 1024 * 1024,
    });
    if (r.status !== 0) throw new Error(`pandoc failed: ${r.stderr}`);
    pandocBytes += r.stdout.length;
  }
  const pandocMs = performance.now() - start;
  console.log(
    `pandoc ${pandoc.stdout.split('\n')[0]?.replace(/^pandoc /, '')}: ${perArticle(pandocMs).toFixed(2)} ms/article (process per article), ${(pandocBytes / 1024).toFixed(0)} KiB of TEI`,
  );
  // the same texts in one pandoc process: its startup paid once, a lower bound on pandoc's cost
  const oneStart = performance.now();
  const one = spawnSync('pandoc', ['-f', 'markdown', '-t', 'tei', '-s'], {
    input: Buffer.concat(texts.flatMap((t) => [t, Buffer.from('\n\n')])),
    maxBuffer: 64 * 1024 * 1024,
  });
  if (one.status !== 0) throw new Error(`pandoc failed: ${one.stderr}`);
  const oneMs = performance.now() - oneStart;
  console.log(
    `pandoc, all texts in one process: ${perArticle(oneMs).toFixed(2)} ms/article (startup paid once)`,
  );
  console.log(`ratio, startup amortised: ${(perArticle(oneMs) / perArticle(encodeMs)).toFixed(0)}×`);
  console.log(
    `ratio: encodeTei is ${(perArticle(pandocMs) / perArticle(encodeMs)).toFixed(0)}× faster per article than pandoc (target ≥ 20×)`,
  );
}
