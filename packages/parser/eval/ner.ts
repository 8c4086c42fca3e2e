/**
 * NER evaluation on the ANERcorp test split (CAMeL Lab split) in ../shared/corpus/ner-gold/.
 * The test split is for the final figure only: never for choices (those are made by
 * cross-validation inside the train split: scripts/names-model/cv.ts).
 *
 *   npx tsx eval/ner.ts [--errors]        (inside packages/parser)
 *
 * The tokens are joined with single spaces (sentences with a line break) into one text, which goes
 * through parseArticle as an article would; each entity mention of the Document is mapped to the
 * corpus tokens it touches. Entity-level (CoNLL exact match) precision, recall and F1 per type
 * (PERS, LOC, ORG) and overall over those three types, for names: 'model' (the default) and
 * names: 'lexicon'. MISC: gold MISC entities are not scored (the parser has no MISC kind); a
 * prediction that lands on a MISC span counts as a false positive of its own type.
 * --errors prints counts of error categories (no names: this file is for measuring only).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseConll } from '../src/names/model/conll.js';
import { SCORED, type Span, score } from './ner-score.js';
import { goldSpans, predictedSpans, scoreRow } from './ner-split.js';
import { parsedMentions } from './parsed-mentions.js';

const SOURCE = { fileName: 'ANERCorp_CamelLab_test.txt', id: 'anercorp-test' };

const here = dirname(fileURLToPath(import.meta.url));
const shared = process.env.WARRAQ_SHARED ?? join(here, '..', '..', '..', '..', 'shared');
const goldPath = join(shared, 'corpus', 'ner-gold', 'ANERCorp_CamelLab_test.txt');

function errorCategories(gold: readonly Span[], predicted: readonly Span[]): void {
  const overlaps = (a: Span, b: Span): boolean => a.first <= b.last && b.first <= a.last;
  const exact = (a: Span, b: Span): boolean => a.first === b.first && a.last === b.last;
  const counts = new Map<string, number>();
  const bump = (k: string): void => {
    counts.set(k, (counts.get(k) ?? 0) + 1);
  };
  for (const g of gold.filter((s) => SCORED.includes(s.type))) {
    const hit = predicted.filter((p) => overlaps(p, g));
    if (hit.some((p) => exact(p, g) && p.type === g.type)) continue;
    if (hit.length === 0) bump(`missed ${g.type} (${g.last - g.first + 1} tokens)`);
    else if (hit.some((p) => exact(p, g)))
      bump(`wrong type ${g.type} → ${hit.find((p) => exact(p, g))?.type}`);
    else bump(`boundary ${g.type}`);
  }
  for (const p of predicted) {
    const hit = gold.filter((g) => overlaps(p, g));
    if (hit.some((g) => exact(p, g) && g.type === p.type)) continue;
    if (hit.length === 0) bump(`spurious ${p.type}`);
    else if (hit.every((g) => g.type === 'MISC')) bump(`on MISC as ${p.type}`);
  }
  for (const [k, v] of [...counts].sort((a, b) => b[1] - a[1]))
    console.log(`  ${String(v).padStart(5)}  ${k}`);
}

if (!existsSync(goldPath)) {
  console.error(`${goldPath}:1:1 NER_GOLD_MISSING the ANERcorp test split is not there (set WARRAQ_SHARED)`);
  process.exit(1);
}
const sentences = parseConll(readFileSync(goldPath, 'utf8'));
console.log(
  `ANERcorp test split: ${sentences.length} sentences, ${sentences.reduce((n, s) => n + s.tokens.length, 0)} tokens, as one text through parseArticle`,
);
console.log(
  'Anchors (F1): ANERsys 1.0 55.2, CRF 79.2, CAMeLBERT 82.4, CAMeL Tools 83. MISC not scored; see the header of this file.',
);
const gold = goldSpans(sentences);
for (const names of ['model', 'lexicon'] as const) {
  const t0 = performance.now();
  const predicted = predictedSpans(sentences, (text) => parsedMentions(text, SOURCE, names));
  const ms = performance.now() - t0;
  const scores = score(gold, predicted);
  console.log(`\nnames: '${names}' (${ms.toFixed(0)} ms)    P      R     F1`);
  for (const type of [...SCORED, 'ALL' as const]) {
    const c = scores.get(type);
    if (c) console.log(scoreRow(type === 'ALL' ? 'overall' : type, c));
  }
  if (process.argv.includes('--errors')) errorCategories(gold, predicted);
}
