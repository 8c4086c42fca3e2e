import { type Reading, readings } from './clitics.js';
import { type FoldedText, foldText } from './fold.js';
import { type Lexicon, lexicon } from './lexicon.js';
import { type Token, tokenize } from './tokens.js';
import type { NameEntity, NameKind } from './types.js';

/** Everything the recognisers share about one text. */
export interface Context {
  readonly original: string;
  readonly folded: FoldedText;
  readonly tokens: readonly Token[];
  /** clitic readings of each token, the whole word first */
  readonly readings: readonly (readonly Reading[])[];
  readonly lex: Lexicon;
  /** per-token memo of lookups that several recognisers repeat (filled lazily) */
  readonly memo: Memo;
}

export interface Memo {
  readonly gazetteer: unknown[];
  readonly gazetteerBare: unknown[];
  readonly title: Int8Array;
  readonly role: unknown[];
}

/** A possible mention, in token positions; `skip` folded characters of clitic open the first token. */
export interface Candidate {
  readonly first: number;
  /** exclusive */
  readonly end: number;
  readonly skip: number;
  readonly kind: NameKind;
  /** a curated entity, or undefined when the entity is made from the mention's words */
  readonly entity: NameEntity | undefined;
  /** lower wins among candidates of the same length */
  readonly priority: number;
  readonly role?: { readonly first: number; readonly end: number; readonly skip: number };
}

/** a place announced by مدينة/بلدة … outranks a guessed person over the same words */
export const PRIORITY = {
  club: -1,
  gazetteer: 0,
  triggeredPlace: 0.5,
  person: 1,
  pattern: 2,
  propagated: 3,
} as const;

export function makeContext(original: string): Context {
  const folded = foldText(original);
  const tokens = tokenize(folded.text);
  const memo: Memo = { gazetteer: [], gazetteerBare: [], title: new Int8Array(tokens.length), role: [] };
  return { original, folded, tokens, readings: tokens.map((t) => readings(t.text)), lex: lexicon(), memo };
}

/** Folded text of token i without its first `skip` characters. */
export function wordAt(ctx: Context, i: number, skip = 0): string {
  return ctx.tokens[i]?.text.slice(skip) ?? '';
}

/** True when tokens [from, to) follow each other with nothing but spaces between them. */
export function joined(ctx: Context, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (ctx.tokens[k]?.breakBefore !== false) return false;
  return to <= ctx.tokens.length;
}

/** Whether the words at i (first one read with `stem`) continue with the rest of `words`. */
export function wordsMatch(ctx: Context, i: number, stem: string, words: readonly string[]): boolean {
  if (words[0] !== stem || i + words.length > ctx.tokens.length) return false;
  for (let k = 1; k < words.length; k++) {
    const token = ctx.tokens[i + k];
    if (!token || token.breakBefore || token.text !== words[k]) return false;
  }
  return true;
}

/** Longest phrase of an index at token i, optionally after clitics. */
export function phraseAt(
  ctx: Context,
  index: ReadonlyMap<string, readonly (readonly string[])[]>,
  i: number,
  allowClitics: boolean,
): { length: number; skip: number } | undefined {
  let best: { length: number; skip: number } | undefined;
  for (const reading of ctx.readings[i] ?? []) {
    if (!allowClitics && reading.skip > 0) break;
    for (const words of index.get(reading.stem) ?? []) {
      if ((best?.length ?? 0) >= words.length) break;
      if (wordsMatch(ctx, i, reading.stem, words)) best = { length: words.length, skip: reading.skip };
    }
  }
  return best;
}
