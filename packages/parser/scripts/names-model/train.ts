/**
 * Trains the shipped names model on the whole ANERcorp TRAIN split and writes
 * packages/names-model/model/names.wnm and its SHA-256 beside it (names.wnm.sha256, the format
 * sha256sum writes and checks; the parser reads it to know the model without hashing it), each
 * atomically, printing the digest, the time and the peak memory. Deterministic: the same data, code and settings give the same bytes.
 *
 *   WARRAQ_SHARED=/work/shared npx tsx scripts/names-model/train.ts [--check] [--out <path>]
 *
 * --check trains into memory and compares with the shipped files instead of writing them (exit 1
 * when either differs): the byte-for-byte reproduction check CI runs.
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
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
const digestFile = `${out}.sha256`;
const digestLine = `${sha256(bytes)}  ${basename(out)}\n`;
console.log(`trained with ${JSON.stringify(DEFAULT_FIT)} in ${seconds} s, peak RSS ${peak} MiB`);
if (process.argv.includes('--check')) {
  const shipped = readFileSync(out);
  if (sha256(shipped) !== sha256(bytes)) {
    console.error(
      `${out}:1:1 NAMES_MODEL_DIFFERS the shipped model (sha256 ${sha256(shipped)}) is not what training gives`,
    );
    process.exit(1);
  }
  if (readFileSync(digestFile, 'utf8') !== digestLine) {
    console.error(`${digestFile}:1:1 NAMES_MODEL_DIGEST_DIFFERS it does not say: ${digestLine.trim()}`);
    process.exit(1);
  }
  console.log(`${out}: identical to the shipped model, and ${basename(digestFile)} names it`);
} else {
  writeFileSync(`${out}.tmp`, bytes);
  renameSync(`${out}.tmp`, out);
  writeFileSync(`${digestFile}.tmp`, digestLine);
  renameSync(`${digestFile}.tmp`, digestFile);
  console.log(`written to ${out} and ${digestFile}`);
}
