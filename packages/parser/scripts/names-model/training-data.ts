/**
 * ANERcorp-style sentences → training sequences for the names model, fed exactly as the parser
 * sees text at run time: the sentences joined into one text, folded and tokenised by the parser,
 * the lexicon recogniser run over it, and each parser token given the gold tag of the corpus
 * token it lies in (B- on the first parser token of an entity, I- on the rest).
 */
import { makeContext } from '../../src/names/context.js';
import { MentionEntities } from '../../src/names/entities.js';
import { lexiconMentions, lexiconTags } from '../../src/names/lexicon-mentions.js';
import { type ConllSentence, joinSentences, tokenAtOffset } from '../../src/names/model/conll.js';
import { tokenFeatures } from '../../src/names/model/features.js';
import { sequenceRanges } from '../../src/names/model/sequences.js';
import { bilouFromIob } from '../../src/names/model/tags.js';

export interface FeaturedSequence {
  /** index of the corpus sentence it comes from */
  readonly sentence: number;
  readonly features: readonly (readonly string[])[];
  readonly gold: Uint8Array;
}

export function featuredSequences(sentences: readonly ConllSentence[]): FeaturedSequence[] {
  const { text, starts } = joinSentences(sentences);
  const corpusTags = sentences.flatMap((s) => s.tags);
  const sentenceOf = sentences.flatMap((s, i) => s.tokens.map(() => i));
  const ctx = makeContext(text);
  const { mentions } = lexiconMentions(ctx, new MentionEntities(ctx));
  const features = tokenFeatures(ctx, lexiconTags(ctx.tokens.length, mentions));
  const corpusIndex = ctx.tokens.map((t) => tokenAtOffset(starts, ctx.folded.origStart[t.start] ?? 0));
  return sequenceRanges(ctx).map(({ from, to }) => {
    const iob: string[] = [];
    for (let i = from; i < to; i++) {
      const corpus = corpusIndex[i] ?? 0;
      let tag = corpusTags[corpus] ?? 'O';
      // a corpus token split into several parser tokens: only the first one opens the entity
      if (tag.startsWith('B-') && corpusIndex[i - 1] === corpus && i > from) tag = `I-${tag.slice(2)}`;
      iob.push(tag);
    }
    const gold = bilouFromIob(iob);
    return { sentence: sentenceOf[corpusIndex[from] ?? 0] ?? 0, features: features.slice(from, to), gold };
  });
}
