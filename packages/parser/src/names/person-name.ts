/**
 * The words of a person's name from a given position: a first word, then up to three more (a
 * father's or family name, ibn/abu/abd with the word they join, an ordinal like الثاني), stopping
 * at punctuation, everyday words, titles, known places and organisations, demonyms and verbs.
 */
import { type Context, wordAt } from './context.js';
import { isDemonym, isStopAt, isStopword, looksLikeVerb, placeOrOrgAt, titleAt } from './words.js';

const MAX_WORDS = 4;

/** Definite words that look like ال + a given name but are everyday nouns (السلام peace). */
const PATRONYM_LOOKALIKES = new Set([
  'السلام',
  'الامل',
  'النور',
  'الجمال',
  'الحياه',
  'الصباح',
  'الاسلام',
  'الجهاد',
  'النصر',
  'الامين',
  'العدل',
  'الخير',
  'الفرح',
  'الوفاء',
  'الرجاء',
  'النجاح',
  'الفلاح',
  'الاحلام',
  'الايمان',
  'السماح',
  'الحنان',
  'الضياء',
  'الرضا',
  'النضال',
  'العماد',
  'السلطان',
  'الملك',
  'الامير',
]);

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
  if (lex.given.has(word)) return true;
  return !looksLikeVerb(lex, word) && !looksLikeCommonWord(ctx, i, word, false);
}

/**
 * Shapes that belong to everyday words much more than to names: a feminine plural (…ات), a
 * feminine noun (…ة) unless right after a given name, the verb forms أفعل and استفعل, and a clitic
 * on a word the lexicon knows (بالاتحاد, لصحيفة).
 */
function looksLikeCommonWord(ctx: Context, k: number, word: string, afterGivenName: boolean): boolean {
  if (ctx.lex.given.has(word)) return false;
  // right after a known given name, only the surest signs count: the shapes below also fit names;
  // verbal nouns are افعال, انفعال/افتعال, تفعيل (اطلاق, انسحاب, تحقيق)
  if (!afterGivenName) {
    if (word.endsWith('ات') && word.length >= 5) return true;
    if (word.endsWith('ه')) return true;
    if (word.length === 4 && word.startsWith('ا')) return true;
    if (word.startsWith('است') && word.length >= 5) return true;
    if (/^ا..ا.$|^ا...ا.$|^ت..ي.$/.test(word)) return true;
  }
  // an everyday word with the accusative ending (جديدا, كبيرا)
  if (word.endsWith('ا') && isStopword(ctx.lex, word.slice(0, -1))) return true;
  // a pronoun suffix (أجهزتها, قادتهم) never ends a name
  if (/(ها|هم|هما)$/.test(word) && word.length >= 5) return true;
  // a preposition on a verb (ليبدد, بتورط) is no name
  // (four letters right after a given name are as likely a foreign family name: كريستوف بيغو)
  if (
    !(afterGivenName && word.length === 4) &&
    (ctx.readings[k] ?? []).some(
      (r) => r.skip === 1 && /^[بلك][يت]..?.$/.test(word) && !ctx.lex.given.has(r.stem),
    )
  ) {
    return true;
  }
  return isCliticOnKnownWord(ctx, k);
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
      // a nisba right after a lone given name is the family name (محمد المصري, أحمد الحلبي);
      // after a longer name it describes the person (محمد البرادعي المصري)
      const nisbaFamily =
        k === first + 1 && lex.given.has(wordAt(ctx, first, skip)) && /ي$/.test(word) && isDemonym(lex, word);
      if (nisbaFamily && !lex.commonAdjectives.has(word)) {
        k++;
        words++;
        break;
      }
      if (lex.commonAdjectives.has(word) || isDemonym(lex, word) || word.length < 4) break;
      // a patronymic with the article (جابر الأحمد الجابر الصباح) goes on like a given name
      if (lex.given.has(word.slice(2)) && !PATRONYM_LOOKALIKES.has(word)) {
        k++;
        words++;
        continue;
      }
      // a family name with the article closes the name: a nisba (البرادعي), or any such word
      // right after a known given name (غيث الطراونة); otherwise it is more likely a noun
      // everyday definite words: plurals (المتظاهرون), participles (المولود), verbal nouns (التقرير)
      const bare = word.slice(2);
      if (!lex.given.has(bare) && /ون$|^م..و.$|^ا..ا.$|^ا...ا.$|^ت..ي.$|^است/.test(bare)) break;
      const previous = k - 1 === first ? wordAt(ctx, first, skip) : wordAt(ctx, k - 1);
      const afterGivenName = lex.given.has(previous) || lex.given.has(previous.slice(2));
      if (!word.endsWith('ي') && !afterGivenName) break;
      k++;
      break;
    }
    if (looksLikeCommonWord(ctx, k, word, lex.given.has(wordAt(ctx, k - 1)))) break;
    if (!token.arabic && !/^[a-z]/.test(word)) break;
    if (looksLikeVerb(lex, word)) break;
    k++;
    words++;
    // a word that is not a known given name is the family name: it closes the name
    if (!lex.given.has(word)) break;
  }
  return k;
}

/**
 * A proclitic on a word that stands on its own (وأحمد, والحكومة, لصحيفة, بالقول): "and/for/with …",
 * not part of a name like ويلميس or بلير.
 */
function isCliticOnKnownWord(ctx: Context, k: number): boolean {
  const { lex } = ctx;
  const word = wordAt(ctx, k);
  if (word.startsWith('و') && word.length <= 4) return true;
  for (const r of ctx.readings[k] ?? []) {
    if (r.skip === 0) continue;
    const stem = r.stem;
    if (
      stem.startsWith('ال') ||
      (lex.given.has(stem) && /^[وف]/.test(word)) ||
      isStopword(lex, stem) ||
      lex.honorifics.has(stem) ||
      lex.roleHeads.has(stem) ||
      lex.gazetteer.has(stem)
    ) {
      return true;
    }
  }
  return false;
}
