/**
 * Where a name cannot go on. The model labels word by word and read البنك الألماني للتنمية (KFW,
 * فهد العتيبي (سعودي and سامسونج، جالاكسي as one name each, and وأشار مميش لـ«عكاظ» as the person
 * مميش ل. A name stops before a comma, a colon, a question or exclamation mark, a bracket it does not
 * close, or a one-letter preposition written apart with tatweel (لـ, بـ). The ANERcorp train split has
 * no entity across any of these marks (its only punctuation inside names is the abbreviation dot:
 * بي. بي. سي), and a bracket both opened and closed inside a name is kept. Straight and curly quotes
 * are not read: their direction is not written consistently in Arabic text, and a quoted name after
 * its head (ملعب "لوفتس رود") is one. The lexicon's proposals and the model's spans are cut so before
 * anything else reads them (lexicon-mentions.ts, model-mentions.ts); the rules that add mentions after
 * that match whole phrases without a break (wordsMatch, phraseAt) or words already cut. On the train split no lexicon proposal is cut,
 * so the model's training features are what they were (`train.ts --check` gives the shipped model).
 */
import type { Context } from './context.js';

const CLAUSE_MARK = /[,،;؛:!?؟]/;
const OPENING = '([{«';
const CLOSING = ')]}»';
const TATWEEL = 'ـ';

/** A one-letter word drawn out by tatweel (لـ«عكاظ», بـ 20): a preposition held apart, as no name's word is. */
function isHeldPreposition(ctx: Context, k: number): boolean {
  const token = ctx.tokens[k];
  if (!token || token.end - token.start !== 1) return false;
  return ctx.original.charAt(ctx.folded.origEnd[token.start] ?? -1) === TATWEEL;
}

/** The end (exclusive) of a name read over the words first..end-1: `end`, or the first word it cannot take in. */
export function whereNameStops(ctx: Context, first: number, end: number): number {
  const { tokens, folded } = ctx;
  const open: { word: number; closer: string }[] = []; // brackets still open, and the word each opens before
  for (let k = first + 1; k < end; k++) {
    if (isHeldPreposition(ctx, k)) return open[0]?.word ?? k;
    const token = tokens[k];
    if (!token?.breakBefore) continue;
    const gap = folded.text.slice(tokens[k - 1]?.end ?? token.start, token.start);
    if (CLAUSE_MARK.test(gap)) return open[0]?.word ?? k;
    for (const mark of gap) {
      const opening = OPENING.indexOf(mark);
      if (opening >= 0) open.push({ word: k, closer: CLOSING.charAt(opening) });
      else if (CLOSING.includes(mark)) {
        if (open.at(-1)?.closer !== mark) return open[0]?.word ?? k;
        open.pop();
      }
    }
  }
  return open[0]?.word ?? end;
}

/** The mention, span or candidate cut at its name's end (itself when nothing cuts it). */
export function cutWhereNameStops<T extends { readonly first: number; readonly end: number }>(
  ctx: Context,
  span: T,
): T {
  const end = whereNameStops(ctx, span.first, span.end);
  return end === span.end ? span : { ...span, end };
}
