/**
 * The words of a person's name from a given position: a first word, then up to three more (a
 * father's or family name, ibn/abu/abd with the word they join, an ordinal like الثاني), stopping
 * at punctuation, everyday words, titles, known places and organisations, demonyms and verbs.
 */
import { type Context, wordAt } from './context.js';
import { isDemonym, isStopAt, isStopword, looksLikeVerb, placeOrOrgAt, titleAt } from './words.js';

const MAX_WORDS = 4;

/** Can the word at i be the first word of a name (after a title, or as a known given name)? */
export function canStartName(ctx: Context, i: number, skip = 0): boolean {
  const token = ctx.tokens[i];
  if (!token) return false;
  const word = wordAt(ctx, i, skip);
  const { lex } = ctx;
  if (word.length < 2 || isStopword(lex, word) || lex.connectors.has(word)) {
    return lex.connectors.has(word) && (word === 'ابو' || word === 'عبد' || word === 'ابن' || word === 'ام');
  }
  if (word.startsWith('ال') && !lex.given.has(word)) return false;
  // a first word opening with و is the conjunction unless the whole word is a name (وليد, وائل)
  if (word.startsWith('و') && !lex.given.has(word)) return false;
  if (titleAt(ctx, i) || placeOrOrgAt(ctx, i) > 0) return false;
  if (word.endsWith('علي') && isStopAt(ctx, i)) return false;
  return !looksLikeVerb(lex, word) || lex.given.has(word);
}

/** End (exclusive) of the name that starts at token `first` (already accepted as a first word). */
export function nameEnd(ctx: Context, first: number, skip = 0): number {
  const { lex, tokens } = ctx;
  let k = first + 1;
  let words = 1;
  // a name opened by a connector (أبو مازن, عبد الله) takes the joined word with it
  if (lex.connectors.has(wordAt(ctx, first, skip))) {
    if (!tokens[k] || tokens[k]?.breakBefore || isStopword(lex, wordAt(ctx, k))) return first;
    k++;
  }
  while (k < tokens.length && words < MAX_WORDS) {
    const token = tokens[k];
    if (!token || token.breakBefore) break;
    const word = token.text;
    if (isStopAt(ctx, k) || titleAt(ctx, k) || placeOrOrgAt(ctx, k) > 0) break;
    if (lex.connectors.has(word)) {
      const next = tokens[k + 1];
      if (!next || next.breakBefore || isStopword(lex, next.text) || titleAt(ctx, k + 1)) break;
      k += 2;
      words++;
      continue;
    }
    if (lex.nameSuffixes.has(word)) {
      k++;
      break;
    }
    if (word === 'الله' || word === 'الدين') {
      k++;
      continue;
    }
    if (word.startsWith('ال')) {
      if (lex.commonAdjectives.has(word) || isDemonym(lex, word) || word.length < 4) break;
      // a family name with the article (البرادعي, الطراونة) closes the name
      k++;
      break;
    }
    if (word.startsWith('و') && !lex.given.has(word) && isConjoined(ctx, k)) break;
    if (!token.arabic && !/^[a-z]/.test(word)) break;
    if (looksLikeVerb(lex, word)) break;
    k++;
    words++;
  }
  return k;
}

/** و + a word that stands on its own (وأحمد, والحكومة, وقال): "and …", not a name like ويلميس. */
function isConjoined(ctx: Context, k: number): boolean {
  const rest = wordAt(ctx, k).slice(1);
  const { lex } = ctx;
  return (
    rest.length < 3 ||
    rest.startsWith('ال') ||
    lex.given.has(rest) ||
    isStopword(lex, rest) ||
    titleAt(ctx, k) ||
    placeOrOrgAt(ctx, k) > 0 ||
    (ctx.readings[k] ?? []).some((r) => r.skip === 1 && ctx.lex.gazetteer.has(r.stem))
  );
}
