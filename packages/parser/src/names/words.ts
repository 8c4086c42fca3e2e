/** What a single word can be, as far as the lexicon tells. */
import { type Context, phraseAt, wordAt } from './context.js';
import { type GazetteerHit, gazetteerAt } from './gazetteer-match.js';
import type { Lexicon } from './lexicon.js';

/** ال + a country stem + ي/ية/يون/يين: السوري, الأميركية, العراقيون. */
export function isDemonym(lex: Lexicon, word: string): boolean {
  if (!word.startsWith('ال')) return false;
  const bare = word.slice(2);
  for (const ending of ['يون', 'يين', 'يه', 'ي']) {
    if (!bare.endsWith(ending)) continue;
    const stem = bare.slice(0, -ending.length);
    if (lex.placeStems.has(stem) || lex.placeStems.has(`ا${stem}`)) return true;
  }
  return false;
}

/** A word that looks like an imperfect verb (يزور, تعلن) rather than a name. */
export function looksLikeVerb(lex: Lexicon, word: string): boolean {
  if (lex.given.has(word) || word.startsWith('تش')) return false;
  return /^[يتن]/.test(word) && word.length >= 3 && word.length <= 5;
}

export function isStopword(lex: Lexicon, word: string): boolean {
  return lex.stopwords.has(word) || /^[0-9]/.test(word);
}

/** Like isStopword for the word at i, and also the preposition على (folded like the name علي). */
export function isStopAt(ctx: Context, i: number): boolean {
  const token = ctx.tokens[i];
  if (!token) return true;
  if (isStopword(ctx.lex, token.text)) return true;
  if (!token.text.endsWith('علي')) return false;
  return ctx.original[ctx.folded.origStart[token.end - 1] ?? 0] === 'ى';
}

/** A title or role word starts at token i (with clitics: والرئيس, لوزير). */
export function titleAt(ctx: Context, i: number): boolean {
  const cached = ctx.memo.title[i];
  if (cached) return cached > 0;
  const found =
    phraseAt(ctx, ctx.lex.honorifics, i, true) !== undefined ||
    phraseAt(ctx, ctx.lex.roleHeads, i, true) !== undefined;
  if (i < ctx.memo.title.length) ctx.memo.title[i] = found ? 1 : -1;
  return found;
}

/** A known place or organisation name starts at token i, read without clitics. */
export function placeOrOrgAt(ctx: Context, i: number): number {
  const hit = gazetteerAt(ctx, i, false);
  return hit && hit.entry.entity.kind !== 'person' ? hit.length : 0;
}

/** The listed place starting at token i (after clitics when allowed), else undefined. */
export function listedPlaceAt(ctx: Context, i: number, allowClitics = true): GazetteerHit | undefined {
  const hit = gazetteerAt(ctx, i, allowClitics);
  return hit?.entry.entity.kind === 'place' ? hit : undefined;
}

/** The word at i with the article written as a clan particle آل folded to ال (آل نهيان). */
export function isArticleWord(ctx: Context, i: number): boolean {
  return wordAt(ctx, i).startsWith('ال');
}
