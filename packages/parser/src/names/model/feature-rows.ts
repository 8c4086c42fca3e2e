/**
 * Emission scores straight from a text's evidence, without writing out ~55 feature strings per
 * token and hashing each one (features.ts tokenFeatures, the reference the model is trained on).
 * Words repeat within and across articles, so what depends on a word form alone is worked out once
 * per form and kept in a bounded cache: the summed weights of its own features (bias, w=, b=,
 * affixes, clitic readings, which open every token's list) and the rows it gives its neighbours
 * (w-1=, b+1=, bs2-1= …). Small vocabularies (lexicon tags, gazetteer tags, facts, cues) are looked
 * up once per value. The rows are added in the reference's order, so every sum, and so every
 * decision, is bit for bit the reference's (test/feature-rows.test.ts compares them on real text).
 */
import type { Reading } from '../clitics.js';
import { FeatureTable } from './feature-table.js';
import { BOUNDARY, shapeOf, type TokenEvidence, wordLocalFeatures } from './features.js';
import type { FeatureRows } from './model.js';
import { TAG_COUNT } from './tags.js';

/** A local copy: a module-level constant the hot loops read, whatever the module system does with imports. */
const TAGS = TAG_COUNT;
/**
 * Word forms kept; the cache is emptied when full. 200 news articles hold ~16,000 forms, the ANERcorp
 * train split ~27,000; measured ~0.5 kB of heap per form, so at most ~15 MB per thread.
 */
const WORD_LIMIT = 30_000;
/**
 * Longer words are not kept: V8 may hold a long substring as a view into the whole text it was cut
 * from, and a cached key would keep that article alive.
 */
const LONGEST_KEPT = 12;
const ABSENT = -1;
const NOT_LOOKED_UP = -2;
/** Feature names of a word's first and last k units (p1= … s4=) and of its bare form's (bp2= … bs3=), by k. */
const PREFIX = ['', 'p1=', 'p2=', 'p3=', 'p4='];
const SUFFIX = ['', 's1=', 's2=', 's3=', 's4='];
const BARE_PREFIX = ['', '', 'bp2=', 'bp3='];
const BARE_SUFFIX = ['', '', 'bs2=', 'bs3='];

/** What one word form contributes, to its own token and to its neighbours'. */
interface WordRows {
  /** summed weights of wordLocalFeatures, added from zero in their order */
  readonly local: Float64Array;
  /** rows of w-1=, w+1=, w-2=, w+2=, b-1=, b+1=, bs2-1=, bs2+1= with this word as the neighbour */
  readonly previous: number;
  readonly next: number;
  readonly previous2: number;
  readonly next2: number;
  readonly barePrevious: number;
  readonly bareNext: number;
  readonly endingPrevious: number;
  readonly endingNext: number;
  /** the row of lxb=O|<bare>, once looked up (NOT_LOOKED_UP before): most words only ever see O */
  withOutsideTag: number;
  /** rows of lxb=<lexicon tag>|<bare> for the other tags, filled on use */
  withLexiconTag: Map<string, number> | undefined;
}

/** Rows of `${prefix}${value}` for a feature with few values (tags, facts, cues), each looked up once. */
class ValueRows {
  private readonly rows = new Map<string, number>();

  constructor(
    private readonly prefix: string,
    private readonly features: FeatureRows,
  ) {}

  of(value: string): number {
    let row = this.rows.get(value);
    if (row === undefined) {
      row = this.features.get(this.prefix + value) ?? ABSENT;
      this.rows.set(value, row);
    }
    return row;
  }
}

/** Rows of the features after the word's own, at most this many per token (about 40 in practice). */
const MAX_ROWS_PER_TOKEN = 256;

export class FeatureRowCache {
  private readonly words = new Map<string, WordRows>();
  private readonly boundary: WordRows;
  private readonly plain: ValueRows;
  private readonly lexicon: ValueRows;
  private readonly lexiconBefore: ValueRows;
  private readonly lexiconAfter: ValueRows;
  private readonly lexiconBefore2: ValueRows;
  private readonly lexiconAfter2: ValueRows;
  private readonly gazetteer: ValueRows;
  private readonly gazetteerBefore: ValueRows;
  private readonly gazetteerAfter: ValueRows;
  private readonly elsewhere: ValueRows;
  private readonly fact: ValueRows;
  private readonly factBefore: ValueRows;
  private readonly factAfter: ValueRows;
  /** lx=<tag>|<next tag> and else=<kinds>|<tag>: by first value, then second */
  private readonly lexiconPairs = new Map<string, ValueRows>();
  private readonly elsewherePairs = new Map<string, ValueRows>();
  private readonly scratch = new Int32Array(MAX_ROWS_PER_TOKEN);

  constructor(
    private readonly features: FeatureRows,
    private readonly weights: ArrayLike<number>,
    private readonly wordLimit = WORD_LIMIT,
  ) {
    const rows = (prefix: string) => new ValueRows(prefix, features);
    this.plain = rows('');
    this.lexicon = rows('lx=');
    this.lexiconBefore = rows('lx-1=');
    this.lexiconAfter = rows('lx+1=');
    this.lexiconBefore2 = rows('lx-2=');
    this.lexiconAfter2 = rows('lx+2=');
    this.gazetteer = rows('gz=');
    this.gazetteerBefore = rows('gz-1=');
    this.gazetteerAfter = rows('gz+1=');
    this.elsewhere = rows('else=');
    this.fact = rows('f=');
    this.factBefore = rows('f-1=');
    this.factAfter = rows('f+1=');
    this.boundary = this.wordRows(BOUNDARY, BOUNDARY, []);
  }

  /** Emission scores (TAG_COUNT per token) of every token, summed as emissionsOf sums tokenFeatures' rows. */
  emissions(evidence: TokenEvidence, readings: readonly (readonly Reading[])[]): Float64Array {
    const { words, bares, lexiconTags, gazetteer, facts, elsewhere, cues, breakBefore } = evidence;
    const n = words.length;
    const out = new Float64Array(n * TAGS);
    const rows = words.map((_, k) => this.word(words, bares, readings, k));
    const at = (k: number): WordRows => (k < 0 || k >= n ? this.boundary : (rows[k] as WordRows));
    const lexTag = (k: number): string => (k < 0 || k >= n ? BOUNDARY : lexiconTags[k] || 'O');
    const ids = this.scratch;
    for (let i = 0; i < n; i++) {
      const self = at(i);
      const before = at(i - 1);
      const after = at(i + 1);
      const w = words[i] as string;
      const wordBefore = i > 0 ? (words[i - 1] as string) : BOUNDARY;
      const wordAfter = i + 1 < n ? (words[i + 1] as string) : BOUNDARY;
      const tag = lexTag(i);
      const tagAfter = lexTag(i + 1);
      // the order of tokenFeatures after wordLocalFeatures, row for row
      let c = 0;
      if (breakBefore[i]) ids[c++] = this.plain.of('break<');
      if (i + 1 >= n || breakBefore[i + 1]) ids[c++] = this.plain.of('break>');
      ids[c++] = before.previous;
      ids[c++] = after.next;
      ids[c++] = at(i - 2).previous2;
      ids[c++] = at(i + 2).next2;
      ids[c++] = before.barePrevious;
      ids[c++] = after.bareNext;
      ids[c++] = this.pairRow('w-1w=', wordBefore, w);
      ids[c++] = this.pairRow('ww+1=', w, wordAfter);
      ids[c++] = this.lexicon.of(tag);
      ids[c++] = this.lexiconBefore.of(lexTag(i - 1));
      ids[c++] = this.lexiconAfter.of(tagAfter);
      ids[c++] = this.pairRows(this.lexiconPairs, 'lx=', tag).of(tagAfter);
      ids[c++] = this.lexiconBefore2.of(lexTag(i - 2));
      ids[c++] = this.lexiconAfter2.of(lexTag(i + 2));
      ids[c++] = this.withLexiconTag(self, tag, bares[i] as string);
      ids[c++] = this.pairRow('w-1w+1=', wordBefore, wordAfter);
      ids[c++] = before.endingPrevious;
      ids[c++] = after.endingNext;
      ids[c++] = this.gazetteer.of(gazetteer[i] || 'O');
      ids[c++] = this.gazetteerBefore.of(gazetteer[i - 1] || 'O');
      ids[c++] = this.gazetteerAfter.of(gazetteer[i + 1] || 'O');
      const seen = elsewhere[i];
      if (seen) {
        ids[c++] = this.elsewhere.of(seen);
        ids[c++] = this.pairRows(this.elsewherePairs, 'else=', seen).of(tag);
      }
      for (const fact of facts[i] ?? []) ids[c++] = this.fact.of(fact);
      for (const fact of facts[i - 1] ?? []) ids[c++] = this.factBefore.of(fact);
      for (const fact of facts[i + 1] ?? []) ids[c++] = this.factAfter.of(fact);
      for (const cue of cues[i] ?? []) ids[c++] = this.plain.of(cue);
      const base = i * TAGS;
      out.set(self.local, base);
      for (let k = 0; k < c; k++) this.addRow(out, base, ids[k] as number);
    }
    return out;
  }

  /** Rows of `${prefix}${first}|…`, made on first use. */
  private pairRows(byFirst: Map<string, ValueRows>, prefix: string, first: string): ValueRows {
    let rows = byFirst.get(first);
    if (!rows) {
      rows = new ValueRows(`${prefix}${first}|`, this.features);
      byFirst.set(first, rows);
    }
    return rows;
  }

  private addRow(out: Float64Array, base: number, row: number): void {
    if (row < 0) return;
    const weights = this.weights;
    const from = row * TAGS;
    for (let t = 0; t < TAGS; t++) out[base + t] = (out[base + t] as number) + (weights[from + t] as number);
  }

  private row(feature: string): number {
    return this.features.get(feature) ?? ABSENT;
  }

  /** The row of `${prefix}${first}|${second}`; a FeatureTable finds it without building the string. */
  private pairRow(prefix: string, first: string, second: string): number {
    const { features } = this;
    if (features instanceof FeatureTable) return features.getPair(prefix, first, second) ?? ABSENT;
    return this.row(`${prefix}${first}|${second}`);
  }

  private word(
    words: readonly string[],
    bares: readonly string[],
    readings: readonly (readonly Reading[])[],
    k: number,
  ): WordRows {
    const w = words[k] as string;
    const cached = this.words.get(w);
    if (cached) return cached;
    const rows = this.wordRows(w, bares[k] as string, readings[k] ?? []);
    if (w.length <= LONGEST_KEPT) {
      if (this.words.size >= this.wordLimit) this.words.clear();
      this.words.set(w, rows);
    }
    return rows;
  }

  private wordRows(w: string, b: string, readings: readonly Reading[]): WordRows {
    const local = new Float64Array(TAGS);
    for (const row of this.wordLocalRows(w, b, readings)) this.addRow(local, 0, row);
    return {
      local,
      previous: this.slice('w-1=', w),
      next: this.slice('w+1=', w),
      previous2: this.slice('w-2=', w),
      next2: this.slice('w+2=', w),
      barePrevious: this.slice('b-1=', b),
      bareNext: this.slice('b+1=', b),
      endingPrevious: this.slice('bs2-1=', b, Math.max(0, b.length - 2)),
      endingNext: this.slice('bs2+1=', b, Math.max(0, b.length - 2)),
      withOutsideTag: NOT_LOOKED_UP,
      withLexiconTag: undefined,
    };
  }

  /**
   * The rows of features.ts wordLocalFeatures, in its order, found without writing the strings out
   * (test/feature-rows.test.ts holds the two to the same rows).
   */
  private wordLocalRows(w: string, b: string, readings: readonly Reading[]): number[] {
    if (!(this.features instanceof FeatureTable))
      return wordLocalFeatures(w, b, readings).map((feature) => this.row(feature));
    const rows = [
      this.plain.of('bias'),
      this.slice('w=', w),
      this.slice('b=', b),
      this.slice('sh=', shapeOf(w)),
    ];
    for (let k = 1; k <= 4 && k < w.length; k++)
      rows.push(this.slice(PREFIX[k] as string, w, 0, k), this.slice(SUFFIX[k] as string, w, w.length - k));
    for (let k = 2; k <= 3 && k < b.length; k++)
      rows.push(
        this.slice(BARE_PREFIX[k] as string, b, 0, k),
        this.slice(BARE_SUFFIX[k] as string, b, b.length - k),
      );
    for (const r of readings)
      if (r.skip > 0) rows.push(this.slice('cl=', w, 0, r.skip), this.slice('st=', r.stem));
    if (readings.some((r) => r.stem.startsWith('ال'))) rows.push(this.plain.of('al'));
    return rows;
  }

  /** The row of `${prefix}${text.slice(start, end)}`. */
  private slice(prefix: string, text: string, start = 0, end = text.length): number {
    const { features } = this;
    if (features instanceof FeatureTable) return features.getSlice(prefix, text, start, end) ?? ABSENT;
    return this.row(prefix + text.slice(start, end));
  }

  // a Map per word form for the one tag most words ever see was half the cache's memory
  private withLexiconTag(rows: WordRows, tag: string, b: string): number {
    if (tag === 'O') {
      if (rows.withOutsideTag === NOT_LOOKED_UP) rows.withOutsideTag = this.row(`lxb=O|${b}`);
      return rows.withOutsideTag;
    }
    rows.withLexiconTag ??= new Map();
    let row = rows.withLexiconTag.get(tag);
    if (row === undefined) {
      row = this.row(`lxb=${tag}|${b}`);
      rows.withLexiconTag.set(tag, row);
    }
    return row;
  }
}
