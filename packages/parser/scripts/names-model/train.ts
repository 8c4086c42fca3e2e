/**
 * Trains the shipped names model on the whole ANERcorp TRAIN split and writes
 * packages/names-model/model/names.wnm (atomically), printing its SHA-256, the time and the peak
 * memory. Deterministic: the same data, code and settings give the same bytes.
 *
 *   WARRAQ_SHARED=/work/shared npx tsx scripts/names-model/train.ts [--check] [--out <path>]
 *
 * --check trains into memory and compares with the shipped file instead of writing it (exit 1 when
 * they differ): the byte-for-byte reproduction check CI runs.
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { encodeModel } from '../../src/names/model/codec.js';
import { modelPath, readTrainSplit } from './corpus.js';
import { fitModel } from './fit.js';
import { DEFAULT_FIT } from './settings.js';
import { featuredSequences } from './training-data.js';

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const outAt = process.argv.indexOf('--out');
const out = outAt >= 0 ? (process.argv[outAt + 1] ?? modelPath) : modelPath;
const t0 = performance.now();
const sequences = featuredSequences(readTrainSplit());
const bytes = encodeModel(fitModel(sequences, DEFAULT_FIT));
const seconds = ((performance.now() - t0) / 1000).toFixed(1);
const peak = ((process.resourceUsage().maxRSS * 1024) / 2 ** 20).toFixed(0);
console.log(`names model: ${bytes.length} bytes, sha256 ${sha256(bytes)}`);
console.log(`trained with ${JSON.stringify(DEFAULT_FIT)} in ${seconds} s, peak RSS ${peak} MiB`);
if (process.argv.includes('--check')) {
  const shipped = readFileSync(out);
  if (sha256(shipped) !== sha256(bytes)) {
    console.error(
      `${out}:1:1 NAMES_MODEL_DIFFERS the shipped model (sha256 ${sha256(shipped)}) is not what training gives`,
    );
    process.exit(1);
  }
  console.log(`${out}: identical to the shipped model`);
} else {
  writeFileSync(`${out}.tmp`, bytes);
  renameSync(`${out}.tmp`, out);
  console.log(`written to ${out}`);
}
