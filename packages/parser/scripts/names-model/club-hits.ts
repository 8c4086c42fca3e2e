/**
 * The precision of the club rule (src/names/sports-clubs.ts) on the ANERcorp TRAIN split: every
 * club it reads in the split (joined as the evaluations join it) against the gold tags of the words
 * it covers; the hits without a gold organisation are printed with their context.
 *
 *   WARRAQ_SHARED=/work/shared npx tsx scripts/names-model/club-hits.ts
 */
import { makeContext } from '../../src/names/context.js';
import { mentionOffsets } from '../../src/names/entities.js';
import { joinSentences, tokenAtOffset } from '../../src/names/model/conll.js';
import { withSportsClubs } from '../../src/names/sports-clubs.js';
import { readTrainSplit } from './corpus.js';

const sentences = readTrainSplit();
const { text, starts } = joinSentences(sentences);
const tags = sentences.flatMap((s) => s.tags);
const words = sentences.flatMap((s) => s.tokens);
const ctx = makeContext(text);
let organisations = 0;
let others = 0;
for (const club of withSportsClubs(ctx, [])) {
  const { start, end } = mentionOffsets(ctx, club);
  const first = tokenAtOffset(starts, start);
  const last = tokenAtOffset(starts, end - 1);
  const gold = tags.slice(first, last + 1).join(',');
  if (gold.includes('ORG')) {
    organisations++;
    continue;
  }
  others++;
  const around = (from: number, to: number) => words.slice(Math.max(0, from), to).join(' ');
  console.log(
    `${gold.padEnd(14)} ${around(first - 6, first)} [${around(first, last + 1)}] ${around(last + 1, last + 6)}`,
  );
}
console.log(`club hits: ${organisations} on a gold organisation, ${others} on none`);
