/**
 * Features of each word for the sequence model, as strings (the model keeps a weight row per
 * string it saw in training). What a good Arabic tagger looks at: the word, its clitic-split parts
 * (و ف ب ل ك ال), prefixes and suffixes, shape, the words around it, and what the lexicons say —
 * gazetteer names, given and family names, titles, common words, and the lexicon recogniser's own
 * reading — as evidence to weigh, not rules.
 */
import { bareForm, type Reading } from '../clitics.js';
import type { Context } from '../context.js';
import { gazetteerAt } from '../gazetteer-match.js';
import { isDemonym, isStopAt, looksLikeVerb, titleAt } from '../words.js';
import { documentCues } from './document-cues.js';

/** Per token: 'B-person' / 'I-place' … where the lexicon recogniser put a name, '' elsewhere. */
export type LexiconTags = readonly string[];

/** The word, bare form and lexicon tag of a position before the first or after the last token. */
export const BOUNDARY = '<s>';

export function shapeOf(word: string): string {
  const first = word.charCodeAt(0);
  const script = /^[0-9]+$/.test(word) ? 'D' : first >= 0x0621 && first <= 0x06ff ? 'A' : 'L';
  const length = word.length <= 2 ? '1' : word.length <= 4 ? '2' : word.length <= 7 ? '3' : '4';
  return script + length;
}

/** The gazetteer kind covering each token (longest name starting left of it), with B/I. */
function gazetteerTags(ctx: Context): string[] {
  const tags = new Array<string>(ctx.tokens.length).fill('');
  for (let i = 0; i < ctx.tokens.length; i++) {
    const hit = gazetteerAt(ctx, i);
    if (!hit) continue;
    const kind = hit.entry.entity.kind;
    for (let k = i; k < i + hit.length; k++) {
      const tag = `${k === i ? 'B' : 'I'}-${kind}`;
      if (tags[k] === '' || k === i) tags[k] = tag;
    }
  }
  return tags;
}

/** How far (in words) another mention of the same word still counts: about one news article. */
const NEIGHBOURHOOD = 300;

/**
 * Non-local evidence (Ratinov & Roth 2009): how the lexicon read the same bare word elsewhere
 * within about an article's distance — a family name introduced in full earlier, a place named
 * after a trigger later. Kinds seen, sorted, one feature; a window keeps it the same for a short
 * article and for a long evaluation text.
 */
function elsewhereTags(bares: readonly string[], lexiconTags: LexiconTags): string[] {
  const positions = new Map<string, number[]>();
  bares.forEach((b, i) => {
    if (!lexiconTags[i]) return;
    const list = positions.get(b) ?? [];
    list.push(i);
    positions.set(b, list);
  });
  return bares.map((b, i) => {
    const kinds = new Set<string>();
    for (const k of positions.get(b) ?? []) {
      if (k === i || Math.abs(k - i) > NEIGHBOURHOOD) continue;
      kinds.add((lexiconTags[k] ?? '').slice(2));
    }
    return [...kinds].sort().join('+');
  });
}

/** Lexicon facts about one word: all its clitic readings are tried. */
function wordFacts(ctx: Context, i: number): string[] {
  const { lex } = ctx;
  const facts: string[] = [];
  const readings = ctx.readings[i] ?? [];
  const word = ctx.tokens[i]?.text ?? '';
  if (readings.some((r) => lex.given.has(r.stem))) facts.push('given');
  if (readings.some((r) => lex.ambiguousGiven.has(r.stem))) facts.push('given?');
  if (readings.some((r) => lex.familyNames.has(r.stem))) facts.push('family');
  if (lex.connectors.has(word)) facts.push('connector');
  if (isStopAt(ctx, i)) facts.push('stop');
  if (lex.commonAdjectives.has(word)) facts.push('adjective');
  if (readings.some((r) => isDemonym(lex, r.stem))) facts.push('demonym');
  if (looksLikeVerb(lex, word)) facts.push('verb?');
  if (titleAt(ctx, i)) facts.push('title');
  return facts;
}

/** What the features of every token are made of, computed once per text. */
export interface TokenEvidence {
  readonly words: readonly string[];
  readonly bares: readonly string[];
  readonly lexiconTags: LexiconTags;
  /** the gazetteer kind covering each token, with B/I, '' elsewhere */
  readonly gazetteer: readonly string[];
  readonly facts: readonly (readonly string[])[];
  /** kinds the lexicon gave the same bare word nearby, '' when none */
  readonly elsewhere: readonly string[];
  readonly cues: readonly (readonly string[])[];
  /** punctuation or a line start before token i (token.breakBefore) */
  readonly breakBefore: readonly boolean[];
}

export function tokenEvidence(ctx: Context, lexiconTags: LexiconTags): TokenEvidence {
  const words = ctx.tokens.map((t) => t.text);
  const bares = words.map(bareForm);
  const facts = ctx.tokens.map((_, i) => wordFacts(ctx, i));
  return {
    words,
    bares,
    lexiconTags,
    gazetteer: gazetteerTags(ctx),
    facts,
    elsewhere: elsewhereTags(bares, lexiconTags),
    cues: documentCues({ bares, facts }, NEIGHBOURHOOD),
    breakBefore: ctx.tokens.map((t) => t.breakBefore),
  };
}

/**
 * The features of a word that depend on the word alone, in the order tokenFeatures lists them
 * (they open every token's list, which lets the fast path sum their weights once per word form).
 */
export function wordLocalFeatures(w: string, b: string, readings: readonly Reading[]): string[] {
  const f: string[] = ['bias', `w=${w}`, `b=${b}`, `sh=${shapeOf(w)}`];
  for (let k = 1; k <= 4 && k < w.length; k++) f.push(`p${k}=${w.slice(0, k)}`, `s${k}=${w.slice(-k)}`);
  for (let k = 2; k <= 3 && k < b.length; k++) f.push(`bp${k}=${b.slice(0, k)}`, `bs${k}=${b.slice(-k)}`);
  for (const r of readings) if (r.skip > 0) f.push(`cl=${w.slice(0, r.skip)}`, `st=${r.stem}`);
  if (readings.some((r) => r.stem.startsWith('ال'))) f.push('al');
  return f;
}

/**
 * Feature strings of every token of the context: what the model is trained on, and the reference
 * the fast path (feature-rows.ts) must agree with row for row.
 */
export function tokenFeatures(ctx: Context, lexiconTags: LexiconTags): string[][] {
  const { words, bares, gazetteer, facts, elsewhere, cues, breakBefore } = tokenEvidence(ctx, lexiconTags);
  const n = words.length;
  const word = (i: number): string => (i < 0 || i >= n ? BOUNDARY : (words[i] ?? BOUNDARY));
  const bare = (i: number): string => (i < 0 || i >= n ? BOUNDARY : (bares[i] ?? BOUNDARY));
  const lexTag = (i: number): string => (i < 0 || i >= n ? BOUNDARY : lexiconTags[i] || 'O');
  const out: string[][] = [];
  for (let i = 0; i < n; i++) {
    const w = word(i);
    const b = bare(i);
    const f = wordLocalFeatures(w, b, ctx.readings[i] ?? []);
    if (breakBefore[i]) f.push('break<');
    if (i + 1 >= n || breakBefore[i + 1]) f.push('break>');
    f.push(`w-1=${word(i - 1)}`, `w+1=${word(i + 1)}`, `w-2=${word(i - 2)}`, `w+2=${word(i + 2)}`);
    f.push(
      `b-1=${bare(i - 1)}`,
      `b+1=${bare(i + 1)}`,
      `w-1w=${word(i - 1)}|${w}`,
      `ww+1=${w}|${word(i + 1)}`,
    );
    f.push(
      `lx=${lexTag(i)}`,
      `lx-1=${lexTag(i - 1)}`,
      `lx+1=${lexTag(i + 1)}`,
      `lx=${lexTag(i)}|${lexTag(i + 1)}`,
      `lx-2=${lexTag(i - 2)}`,
      `lx+2=${lexTag(i + 2)}`,
      `lxb=${lexTag(i)}|${b}`,
    );
    f.push(
      `w-1w+1=${word(i - 1)}|${word(i + 1)}`,
      `bs2-1=${bare(i - 1).slice(-2)}`,
      `bs2+1=${bare(i + 1).slice(-2)}`,
    );
    f.push(`gz=${gazetteer[i] || 'O'}`, `gz-1=${gazetteer[i - 1] || 'O'}`, `gz+1=${gazetteer[i + 1] || 'O'}`);
    if (elsewhere[i]) f.push(`else=${elsewhere[i]}`, `else=${elsewhere[i]}|${lexTag(i)}`);
    for (const fact of facts[i] ?? []) f.push(`f=${fact}`);
    for (const fact of facts[i - 1] ?? []) f.push(`f-1=${fact}`);
    for (const fact of facts[i + 1] ?? []) f.push(`f+1=${fact}`);
    f.push(...(cues[i] ?? []));
    out.push(f);
  }
  return out;
}
