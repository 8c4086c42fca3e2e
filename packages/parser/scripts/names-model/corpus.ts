/** Where the ANERcorp train split lives (../shared, or WARRAQ_SHARED). */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ConllSentence, parseConll } from '../../src/names/model/conll.js';

const here = dirname(fileURLToPath(import.meta.url));
export const sharedDir = process.env.WARRAQ_SHARED ?? join(here, '..', '..', '..', '..', '..', 'shared');
export const trainPath = join(sharedDir, 'corpus', 'ner-train', 'ANERCorp_CamelLab_train.txt');
export const modelPath = join(here, '..', '..', '..', 'names-model', 'model', 'names.wnm');

export function readTrainSplit(): ConllSentence[] {
  if (!existsSync(trainPath)) {
    console.error(
      `${trainPath}:1:1 NER_TRAIN_MISSING the ANERcorp train split is not there (set WARRAQ_SHARED)`,
    );
    process.exit(1);
  }
  return parseConll(readFileSync(trainPath, 'utf8'));
}
