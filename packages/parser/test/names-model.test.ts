import { describe, expect, it } from 'vitest';
import { makeContext } from '../src/names/context.js';
import { findNames } from '../src/names/index.js';
import { decodeModel, encodeModel } from '../src/names/model/codec.js';
import { joinSentences, parseConll, tokenAtOffset } from '../src/names/model/conll.js';
import { trainCrf } from '../src/names/model/crf.js';
import { documentCues } from '../src/names/model/document-cues.js';
import { trainPerceptron } from '../src/names/model/perceptron.js';
import { sequenceRanges } from '../src/names/model/sequences.js';
import {
  allowed,
  bilouFromIob,
  canEnd,
  spansOf,
  TAG_COUNT,
  TAGS,
  tagIndex,
} from '../src/names/model/tags.js';
import { emissionsOf, START_ROW, TRANSITION_COUNT, viterbi } from '../src/names/model/viterbi.js';

const surfaces = (text: string, names: 'lexicon' | 'model' = 'model'): string[] =>
  findNames(text, { names }).map((m) => `${m.kind}:${text.slice(m.start, m.end)}`);

describe('the sequence model pieces', () => {
  it('keeps BILOU whole: no span opened without B-, none left open at the end', () => {
    const emissions = new Float64Array(2 * TAG_COUNT);
    emissions[tagIndex('I-PERS')] = 5;
    emissions[TAG_COUNT + tagIndex('L-LOC')] = 5;
    emissions[TAG_COUNT + tagIndex('O')] = 1;
    // L-LOC second is only possible after B-LOC first
    expect([...viterbi(emissions, 2, new Float64Array(TRANSITION_COUNT))]).toEqual([
      tagIndex('B-LOC'),
      tagIndex('L-LOC'),
    ]);
    const open = new Float64Array(TAG_COUNT);
    open[tagIndex('B-ORG')] = 5;
    expect([...viterbi(open, 1, new Float64Array(TRANSITION_COUNT))]).not.toEqual([tagIndex('B-ORG')]);
  });

  it('reads spans from BILOU tags', () => {
    const tags = ['B-PERS', 'L-PERS', 'O', 'U-LOC', 'B-ORG', 'I-ORG', 'L-ORG'].map(tagIndex);
    expect(spansOf(tags)).toEqual([
      { type: 'PERS', first: 0, end: 2 },
      { type: 'LOC', first: 3, end: 4 },
      { type: 'ORG', first: 4, end: 7 },
    ]);
  });

  it('turns IOB2 into BILOU', () => {
    const bilou = bilouFromIob(['B-PERS', 'I-PERS', 'I-PERS', 'O', 'B-LOC', 'I-ORG', 'B-MISC']);
    expect([...bilou].map((t) => TAGS[t])).toEqual([
      'B-PERS',
      'I-PERS',
      'L-PERS',
      'O',
      'U-LOC',
      'U-ORG',
      'U-MISC',
    ]);
  });

  it('learns a toy tagging and gives the same weights for the same seed', () => {
    // feature 0: "a name word", feature 1: "an everyday word"
    const rows = (pattern: string) => [...pattern].map((c) => Int32Array.of(c === 'n' ? 0 : 1));
    const gold = (pattern: string) =>
      Uint8Array.from([...pattern], (c) => tagIndex(c === 'n' ? 'U-LOC' : 'O'));
    const data = ['xnx', 'nxx', 'xxn'].map((p) => ({ rows: rows(p), gold: gold(p) }));
    const a = trainPerceptron(data, 2, { epochs: 20, seed: 3 });
    const b = trainPerceptron(data, 2, { epochs: 20, seed: 3 });
    expect([...a.weights]).toEqual([...b.weights]);
    const model = decodeModel(
      encodeModel({
        features: ['name', 'word'],
        weights: a.weights,
        transitions: a.transitions,
        outsideBias: 0,
      }),
    );
    expect(model.features.get('name')).toBe(0);
    const emissions = new Float64Array(3 * TAG_COUNT);
    [1, 0, 1].forEach((f, i) => {
      for (let t = 0; t < TAG_COUNT; t++)
        emissions[i * TAG_COUNT + t] = model.weights[f * TAG_COUNT + t] ?? 0;
    });
    expect([...viterbi(emissions, 3, model.transitions)]).toEqual([0, tagIndex('U-LOC'), 0]);
  });

  it('learns the toy tagging with passive-aggressive steps and with cost-augmented training too', () => {
    const rows = (pattern: string) => [...pattern].map((c) => Int32Array.of(c === 'n' ? 0 : 1));
    const gold = (pattern: string) =>
      Uint8Array.from([...pattern], (c) => tagIndex(c === 'n' ? 'U-LOC' : 'O'));
    const data = ['xnx', 'nxx', 'xxn'].map((p) => ({ rows: rows(p), gold: gold(p) }));
    for (const extra of [{ aggressiveness: 1 }, { margin: 2 }]) {
      const trained = trainPerceptron(data, 2, { epochs: 20, seed: 3, ...extra });
      const emissions = new Float64Array(3 * TAG_COUNT);
      [1, 0, 1].forEach((f, i) => {
        for (let t = 0; t < TAG_COUNT; t++)
          emissions[i * TAG_COUNT + t] = trained.weights[f * TAG_COUNT + t] ?? 0;
      });
      expect([...viterbi(emissions, 3, trained.transitions)]).toEqual([0, tagIndex('U-LOC'), 0]);
    }
  });

  it("takes the CRF's gradient step: observed minus expected counts, the expectation over every allowed path", () => {
    // zero weights: every allowed tag sequence is equally likely, so brute force gives the expectation
    const rows = [Int32Array.of(0), Int32Array.of(1), Int32Array.of(0)];
    const gold = Uint8Array.from(['B-PERS', 'L-PERS', 'O'].map(tagIndex));
    const rate = 0.5;
    const step = trainCrf([{ rows, gold }], 2, { epochs: 1, seed: 1, l2: 0, rate });
    const expectedWeights = new Float64Array(2 * TAG_COUNT);
    const expectedTransitions = new Float64Array(TRANSITION_COUNT);
    const paths: number[][] = [];
    for (let a = 0; a < TAG_COUNT; a++)
      for (let b = 0; b < TAG_COUNT; b++)
        for (let c = 0; c < TAG_COUNT; c++)
          if (allowed(0, a) && allowed(a, b) && allowed(b, c) && canEnd(c)) paths.push([a, b, c]);
    for (const path of paths)
      path.forEach((tag, i) => {
        expectedWeights[rows[i]![0]! * TAG_COUNT + tag]! += 1 / paths.length;
        const from = i === 0 ? START_ROW : path[i - 1]!;
        expectedTransitions[from * TAG_COUNT + tag]! += 1 / paths.length;
      });
    [...gold].forEach((tag, i) => {
      expectedWeights[rows[i]![0]! * TAG_COUNT + tag]! -= 1;
      expectedTransitions[(i === 0 ? START_ROW : gold[i - 1]!) * TAG_COUNT + tag]! -= 1;
    });
    // one step from zero: rate × (observed − expected) = −rate × (what was just accumulated)
    for (const [k, w] of step.weights.entries()) expect(w).toBeCloseTo(-rate * expectedWeights[k]!, 12);
    for (const [k, w] of step.transitions.entries())
      expect(w).toBeCloseTo(-rate * expectedTransitions[k]!, 12);
  });

  it('learns a toy tagging of two-word names with the CRF, the same for the same seed', () => {
    // feature 0: a given name, 1: a family name, 2: an everyday word
    const kinds: Record<string, number> = { g: 0, f: 1, x: 2 };
    const tags: Record<string, string> = { g: 'B-PERS', f: 'L-PERS', x: 'O' };
    const data = ['xgfx', 'gfxx', 'xxgf', 'xgfxgf'].map((p) => ({
      rows: [...p].map((c) => Int32Array.of(kinds[c]!)),
      gold: Uint8Array.from([...p], (c) => tagIndex(tags[c]!)),
    }));
    const options = { epochs: 30, seed: 3, l2: 1e-3, rate: 0.5 };
    const a = trainCrf(data, 3, options);
    expect([...trainCrf(data, 3, options).weights]).toEqual([...a.weights]);
    const rows = [2, 0, 1, 2, 2].map((f) => Int32Array.of(f));
    expect([...viterbi(emissionsOf(rows, a.weights), 5, a.transitions)].map((t) => TAGS[t])).toEqual([
      'O',
      'B-PERS',
      'L-PERS',
      'O',
      'O',
    ]);
  });

  it('encodes the same model to the same bytes, whatever the order of its features', () => {
    const weights = Float64Array.from({ length: 2 * TAG_COUNT }, (_, k) => k - 5);
    const swapped = Float64Array.from([...weights.subarray(TAG_COUNT), ...weights.subarray(0, TAG_COUNT)]);
    const transitions = new Float64Array(TRANSITION_COUNT).fill(0.5);
    const one = encodeModel({ features: ['a', 'b'], weights, transitions, outsideBias: 0.5 });
    const two = encodeModel({ features: ['b', 'a'], weights: swapped, transitions, outsideBias: 0.5 });
    expect(decodeModel(one).outsideBias).toBe(0.5);
    expect(Buffer.from(one).equals(Buffer.from(two))).toBe(true);
    expect(() => decodeModel(new Uint8Array(8))).toThrow(/magic/);
  });

  it('sees how the same word is used elsewhere: after a title or a given name', () => {
    // الرئيس عباس قال عباس … محمد زكي … زكي: tokens 0–6
    const input = {
      bares: ['رئيس', 'عباس', 'قال', 'عباس', 'محمد', 'زكي', 'زكي'],
      facts: [['title'], [], [], [], ['given'], [], []],
    };
    const cues = documentCues(input, 300);
    expect(cues[3]).toEqual(['else=afterTitle']); // the bare mention, named after a title at 1
    expect(cues[1]).toEqual([]); // its own title is not evidence from elsewhere
    expect(cues[6]).toEqual(['else=afterGiven']); // after a given name at 5
    expect(cues[2]).toEqual([]);
    expect(documentCues(input, 1)[3]).toEqual([]); // beyond the reach
  });

  it('reads CoNLL sentences and joins them as the evaluation does', () => {
    const sentences = parseConll('قال O\nبوش B-PERS\n\nفي O\nبغداد B-LOC\n');
    const { text, starts } = joinSentences(sentences);
    expect(text).toBe('قال بوش\nفي بغداد');
    expect(tokenAtOffset(starts, text.indexOf('بغداد') + 2)).toBe(3);
    expect(sequenceRanges(makeContext(text))).toEqual([
      { from: 0, to: 2 },
      { from: 2, to: 4 },
    ]);
  });
});

describe('findNames with the shipped model', () => {
  it('finds persons, places and organisations in sentences written for this test', () => {
    const text = 'وقال وزير الخارجية الفرنسي جان إيف لودريان في باريس إن الاتحاد الأوروبي سيجتمع في بروكسل.';
    const found = surfaces(text);
    expect(found).toContain('person:جان إيف لودريان');
    expect(found).toContain('place:باريس');
    expect(found).toContain('place:بروكسل');
    expect(found).toContain('organisation:الاتحاد الأوروبي');
  });

  it('keeps the mention without its clitics and is deterministic', () => {
    const text = 'وصل الوفد إلى بغداد أمس، وفي بغداد التقى رئيس الوزراء العراقي.';
    expect(surfaces(text).filter((s) => s === 'place:بغداد')).toHaveLength(2);
    expect(JSON.stringify(findNames(text))).toBe(JSON.stringify(findNames(text)));
  });

  it('lets the lexicon mode run without the model', () => {
    expect(surfaces('التقى الرئيس في دمشق.', 'lexicon')).toEqual(['place:دمشق']);
  });
});
