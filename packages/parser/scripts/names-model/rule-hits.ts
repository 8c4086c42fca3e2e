/**
 * The precision of a rule that adds organisations, on the ANERcorp TRAIN split: every name the club
 * rule (src/names/sports-clubs.ts) or the institution rule (src/names/institutions.ts) reads in the
 * split (joined as the evaluations join it) against the gold tags of the words it covers; the hits
 * without a gold organisation are printed with their context, and with --all the others too, with
 * whether the gold organisation is exactly the hit.
 *
 *   WARRAQ_SHARED=/work/shared npx tsx scripts/names-model/rule-hits.ts clubs|institutions [--all]
 */
import { makeContext } from '../../src/names/context.js';
import { mentionOffsets } from '../../src/names/entities.js';
import { withInstitutions } from '../../src/names/institutions.js';
import { joinSentences, tokenAtOffset } from '../../src/names/model/conll.js';
import { withSportsClubs } from '../../src/names/sports-clubs.js';
import { readTrainSplit } from './corpus.js';

const RULES = { clubs: withSportsClubs, institutions: withInstitutions } as const;
const ruleName = process.argv[2];
if (ruleName !== 'clubs' && ruleName !== 'institutions') {
  console.error('usage: rule-hits.ts clubs|institutions [--all]');
  process.exit(2);
}
const rule = RULES[ruleName];
const showAll = process.argv.includes('--all');
const sentences = readTrainSplit();
const { text, starts } = joinSentences(sentences);
const tags = sentences.flatMap((s) => s.tags);
const words = sentences.flatMap((s) => s.tokens);
const ctx = makeContext(text);
let exact = 0;
let organisations = 0;
let others = 0;
const around = (from: number, to: number) => words.slice(Math.max(0, from), to).join(' ');
for (const hit of rule(ctx, [])) {
  const { start, end } = mentionOffsets(ctx, hit);
  const first = tokenAtOffset(starts, start);
  const last = tokenAtOffset(starts, end - 1);
  const covered = tags.slice(first, last + 1);
  const gold = covered.join(',');
  const isExact =
    covered[0] === 'B-ORG' && covered.slice(1).every((t) => t === 'I-ORG') && tags[last + 1] !== 'I-ORG';
  if (isExact) exact++;
  if (gold.includes('ORG')) organisations++;
  else others++;
  if (gold.includes('ORG') && !showAll) continue;
  const mark = isExact ? 'exact' : gold.includes('ORG') ? 'part' : 'none';
  console.log(
    `${mark.padEnd(6)} ${gold.padEnd(14)} ${around(first - 6, first)} [${around(first, last + 1)}] ${around(last + 1, last + 6)}`,
  );
}
console.log(
  `${ruleName} hits: ${organisations} on a gold organisation (${exact} exactly), ${others} on none`,
);
