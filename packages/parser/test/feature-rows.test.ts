import { readNamesModel } from '@warraq/names-model';
import { describe, expect, it } from 'vitest';
import { hasShared, needsShared } from '../../../test-support/shared-data.js';
import { loadCorpus } from '../bench/corpus.js';
import { decodeBytes } from '../src/index.js';
import { makeContext } from '../src/names/context.js';
import { MentionEntities } from '../src/names/entities.js';
import { lexiconMentions, lexiconTags } from '../src/names/lexicon-mentions.js';
import { decodeModel } from '../src/names/model/codec.js';
import { FeatureRowCache } from '../src/names/model/feature-rows.js';
import { tokenEvidence, tokenFeatures } from '../src/names/model/features.js';
import { NamesModel } from '../src/names/model/model.js';
import { emissionsOf } from '../src/names/model/viterbi.js';

const model = decodeModel(readNamesModel());

function prepared(text: string) {
  const ctx = makeContext(text);
  const { mentions } = lexiconMentions(ctx, new MentionEntities(ctx));
  return { ctx, tags: lexiconTags(ctx.tokens.length, mentions) };
}

/** Emission scores the reference way: tokenFeatures' strings, each looked up, summed by emissionsOf. */
function referenceEmissions(text: string, features: NamesModel['features']): Float64Array {
  const { ctx, tags } = prepared(text);
  const rows = tokenFeatures(ctx, tags).map((f) => Int32Array.from(f, (s) => features.get(s) ?? -1));
  return emissionsOf(rows, model.weights);
}

function fastEmissions(text: string, cache: FeatureRowCache): Float64Array {
  const { ctx, tags } = prepared(text);
  return cache.emissions(tokenEvidence(ctx, tags), ctx.readings);
}

const TEXTS = [
  'قال الرئيس الأميركي جو بايدن في واشنطن إن الأمم المتحدة ستجتمع. وأضاف بايدن أن وزارة الخارجية تتابع.',
  'التقى وزير الخارجية السعودي الأمير فيصل بن فرحان بنظيره الفرنسي في باريس\nثم غادر إلى لندن.',
  'فاز الهلال على النصر 2-1 في الرياض، وسجل سالم الدوسري هدف الفوز للهلال.',
  'بايدن', // one token: every neighbour is the boundary
];

describe('the fast feature rows', () => {
  it('give the reference emission scores bit for bit, cold, warm and after the cache is emptied', () => {
    const caches = [
      new FeatureRowCache(model.features, model.weights),
      new FeatureRowCache(model.features, model.weights, 5), // emptied every five new words
    ];
    for (const cache of caches)
      for (let pass = 0; pass < 2; pass++)
        for (const text of TEXTS)
          expect(fastEmissions(text, cache)).toEqual(referenceEmissions(text, model.features));
  });

  it('work with a Map of features too (a model being trained), looking pairs up by their full string', () => {
    const map = new Map<string, number>();
    for (const row of tokenFeatures(prepared(TEXTS[0] as string).ctx, prepared(TEXTS[0] as string).tags))
      for (const f of row)
        if (model.features.get(f) !== undefined) map.set(f, model.features.get(f) as number);
    expect(map.size).toBeGreaterThan(100);
    const cache = new FeatureRowCache(map, model.weights);
    for (const text of TEXTS) expect(fastEmissions(text, cache)).toEqual(referenceEmissions(text, map));
  });
});

describe.skipIf(!hasShared('corpus'))(
  needsShared('corpus', 'the fast path tags the 200 shared articles as the reference does'),
  () => {
    it('gives every token of every article the reference tag', () => {
      const fresh = NamesModel.fromArrays(model.arrays as NonNullable<typeof model.arrays>);
      let tokens = 0;
      for (const article of loadCorpus()) {
        const { ctx, tags } = prepared(decodeBytes(article.bytes).text);
        const expected = fresh.referenceTagTokens(ctx, tags);
        expect(fresh.tagTokens(ctx, tags)).toEqual(expected);
        tokens += expected.length;
      }
      expect(tokens).toBeGreaterThan(50_000);
    });
  },
);
