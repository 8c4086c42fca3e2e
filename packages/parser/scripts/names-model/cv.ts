/**
 * Cross-validation of the names model inside the ANERcorp TRAIN split (never the test split):
 * k contiguous blocks of sentences (news stories run over consecutive sentences, so a block is
 * closer to unseen text than a random sentence); for each, a model is trained on the other blocks
 * and findNames runs on the block as one text. Prints per-type P/R/F1 summed over the blocks.
 *
 *   WARRAQ_SHARED=/work/shared npx tsx scripts/names-model/cv.ts [--folds 5] [--epochs 8] [--min-count 1]
 */

import type { Counts, Tag } from '../../eval/ner-score.js';
import { scoreRow, scoreSentences } from '../../eval/ner-split.js';
import { findNames } from '../../src/names/index.js';
import { decodeModel, encodeModel } from '../../src/names/model/codec.js';
import { readTrainSplit } from './corpus.js';
import { fitModel } from './fit.js';
import { DEFAULT_FIT } from './settings.js';
import { featuredSequences } from './training-data.js';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

const folds = option('folds', 5);
const fit = {
  epochs: option('epochs', DEFAULT_FIT.epochs),
  seed: option('seed', DEFAULT_FIT.seed),
  minCount: option('min-count', DEFAULT_FIT.minCount),
  outsideBias: option('outside-bias', DEFAULT_FIT.outsideBias),
};
const lexiconOnly = process.argv.includes('--lexicon');
const sentences = readTrainSplit();
const t0 = performance.now();
const sequences = featuredSequences(sentences);
console.log(`features: ${sequences.length} sequences in ${(performance.now() - t0).toFixed(0)} ms`);
const total = new Map<Tag | 'ALL', Counts>();
for (let k = 0; k < folds; k++) {
  const from = Math.floor((k * sentences.length) / folds);
  const to = Math.floor(((k + 1) * sentences.length) / folds);
  const held = sentences.slice(from, to);
  let find = (text: string) => findNames(text, { names: 'lexicon' });
  if (!lexiconOnly) {
    const t1 = performance.now();
    const model = decodeModel(
      encodeModel(
        fitModel(
          sequences.filter((s) => s.sentence < from || s.sentence >= to),
          fit,
        ),
      ),
    );
    console.log(
      `fold ${k + 1}: trained in ${((performance.now() - t1) / 1000).toFixed(1)} s, ${model.features.size} features`,
    );
    find = (text: string) => findNames(text, { model });
  }
  for (const [type, c] of scoreSentences(held, find)) {
    const sum = total.get(type) ?? { tp: 0, fp: 0, fn: 0 };
    total.set(type, { tp: sum.tp + c.tp, fp: sum.fp + c.fp, fn: sum.fn + c.fn });
  }
}
console.log(
  `\n${folds}-fold CV inside the train split (${lexiconOnly ? 'lexicon' : `model ${JSON.stringify(fit)}`})`,
);
console.log('            P      R     F1');
for (const [type, c] of total) console.log(scoreRow(type === 'ALL' ? 'overall' : type, c));
