/**
 * Cross-validation of the names model inside the ANERcorp TRAIN split (never the test split):
 * k contiguous blocks of sentences (news stories run over consecutive sentences, so a block is
 * closer to unseen text than a random sentence); for each, a model is trained on the other blocks
 * and findNames runs on the block as one text. Prints per-type P/R/F1 summed over the blocks.
 * --paths also scores the model's raw spans (before findNames' post-processing) and the block as
 * one text through parseArticle (what eval/ner.ts measures on the test split), from the same models.
 *
 *   WARRAQ_SHARED=/work/shared npx tsx scripts/names-model/cv.ts [--folds 5] [--epochs 8] [--min-count 1] [--shuffles 3] [--biases 0.5,1] [--paths] [--crf --l2 1e-4 --rate 0.05]
 */

import type { Counts, Tag } from '../../eval/ner-score.js';
import { scoreRow, scoreSentences } from '../../eval/ner-split.js';
import { parsedMentions } from '../../eval/parsed-mentions.js';
import { findNames } from '../../src/names/index.js';
import { decodeModel, encodeModel } from '../../src/names/model/codec.js';
import { NamesModel } from '../../src/names/model/model.js';
import type { NameMatch } from '../../src/names/types.js';
import { readTrainSplit } from './corpus.js';
import { fitModel } from './fit.js';
import { rawModelNames } from './raw-spans.js';
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
  shuffles: option('shuffles', DEFAULT_FIT.shuffles),
  margin: option('margin', 0),
  aggressiveness: option('pa', 0),
  ...(process.argv.includes('--crf') ? { crf: { l2: option('l2', 1e-4), rate: option('rate', 0.05) } } : {}),
};
const lexiconOnly = process.argv.includes('--lexicon');
const allPaths = process.argv.includes('--paths') && !lexiconOnly;
// --biases 0.5,1: also decode with these outside biases (the same trained models)
const biasesAt = process.argv.indexOf('--biases');
const biases = biasesAt >= 0 ? (process.argv[biasesAt + 1] ?? '').split(',').map(Number) : [];
type Finder = (text: string) => NameMatch[];
const sentences = readTrainSplit();
const t0 = performance.now();
const sequences = featuredSequences(sentences);
console.log(`features: ${sequences.length} sequences in ${(performance.now() - t0).toFixed(0)} ms`);
const totals = new Map<string, Map<Tag | 'ALL', Counts>>();
const SOURCE = { fileName: 'anercorp-train-fold.txt', id: 'anercorp-train-fold' };
for (let k = 0; k < folds; k++) {
  const from = Math.floor((k * sentences.length) / folds);
  const to = Math.floor(((k + 1) * sentences.length) / folds);
  const held = sentences.slice(from, to);
  const finders = new Map<string, Finder>();
  if (lexiconOnly) finders.set('findNames', (text) => findNames(text, { names: 'lexicon' }));
  else {
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
    const find: Finder = (text) => findNames(text, { model });
    finders.set('findNames', find);
    for (const bias of biases) {
      const biased = new NamesModel(model.features, model.weights, model.transitions, bias);
      finders.set(`outside bias ${bias}`, (text) => findNames(text, { model: biased }));
    }
    if (allPaths) {
      finders.set('raw model spans', (text) => rawModelNames(text, model));
      finders.set('parseArticle', (text) => parsedMentions(text, SOURCE, 'model', find));
    }
  }
  for (const [path, find] of finders) {
    const total = totals.get(path) ?? new Map<Tag | 'ALL', Counts>();
    totals.set(path, total);
    for (const [type, c] of scoreSentences(held, find)) {
      const sum = total.get(type) ?? { tp: 0, fp: 0, fn: 0 };
      total.set(type, { tp: sum.tp + c.tp, fp: sum.fp + c.fp, fn: sum.fn + c.fn });
    }
  }
}
console.log(
  `\n${folds}-fold CV inside the train split (${lexiconOnly ? 'lexicon' : `model ${JSON.stringify(fit)}`})`,
);
for (const [path, total] of totals) {
  console.log(`${path}      P      R     F1`);
  for (const [type, c] of total) console.log(scoreRow(type === 'ALL' ? 'overall' : type, c));
}
