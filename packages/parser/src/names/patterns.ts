/**
 * Organisation and place patterns: a head word and the words that name it. وزارة/جامعة/شركة/حزب/
 * مجلس/هيئة/منظمة/نادي … open an organisation that runs on over definite words (وزارة التربية
 * والتعليم); مدينة/محافظة/ولاية/بلدة/قرية/مخيم … announce a place, and only the name after them is
 * the mention (مدينة الخليل → الخليل).
 */
import { type Candidate, type Context, PRIORITY, phraseAt, wordAt } from './context.js';
import {
  OPEN_HEADS_WORDS,
  ORG_HEADS_WORDS,
  PLACE_PREFIXES_WORDS,
  PLACE_TRIGGERS_WORDS,
  WEAK_ORG_HEADS_WORDS,
} from './data/pattern-words.js';
import { gazetteerAt } from './gazetteer-match.js';
import { phraseIndex } from './lexicon.js';
import { EXTERNAL_ORG_HEADS } from './org-heads.js';
import { ENDS_ROLE } from './roles.js';
import { isDemonym, isStopword, listedPlaceAt, looksLikeVerb, titleAt } from './words.js';

const ORG_HEADS = phraseIndex(ORG_HEADS_WORDS);

/** Heads after which a name without the article may follow (شركة مايكروسوفت, نادي برشلونة). */
const OPEN_HEADS = new Set(OPEN_HEADS_WORDS);

const PLACE_TRIGGERS = phraseIndex(PLACE_TRIGGERS_WORDS);

/** First parts of compound place names: بيت لحم, دير الزور, كفر قاسم, عين الحلوة. */
const PLACE_PREFIXES = new Set(PLACE_PREFIXES_WORDS);

const MAX_ORG_WORDS = 5;

/** Heads that also head plain descriptions: they need two words, a known name or a demonym after. */
const WEAK_ORG_HEADS = new Set(WEAK_ORG_HEADS_WORDS);

/** The word at k is a known place or organisation, or a demonym (الجيش الأميركي, مجلس النواب الأردني). */
function namedBy(ctx: Context, k: number): boolean {
  const word = wordAt(ctx, k);
  return isDemonym(ctx.lex, word) || gazetteerAt(ctx, k, false) !== undefined || !word.startsWith('ال');
}

function isOrgWord(ctx: Context, k: number, inside: boolean): boolean {
  const word = wordAt(ctx, k);
  if (ENDS_ROLE.has(word) || titleAt(ctx, k)) return false;
  if (word.startsWith('ال') && word.length >= 4) return !ctx.lex.given.has(word);
  // للدراسات الدولية, للدعوة والقتال: a complement with ل inside a longer name
  if (inside && word.startsWith('لل') && word.length >= 5) return true;
  if (isStopword(ctx.lex, word)) return false;
  // و inside a name (التربية والتعليم), but not "and" before another name (والولايات المتحدة)
  const rest = word.slice(1);
  return (
    word.startsWith('وال') &&
    word.length >= 5 &&
    !isStopword(ctx.lex, rest) &&
    !ctx.lex.gazetteer.has(rest) &&
    !isDemonym(ctx.lex, rest)
  );
}

export function patternCandidates(ctx: Context): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const head = phraseAt(ctx, ORG_HEADS, i, true);
    const headWord = wordAt(ctx, i, head?.skip ?? 0);
    if (head && EXTERNAL_ORG_HEADS.has(headWord) && headWord !== 'تلفزيون' && headWord !== 'اذاعه') {
      const name = nameAfterHead(ctx, i + head.length);
      if (name) out.push(name);
    } else if (head) {
      const headWord = wordAt(ctx, i, head.skip);
      const end = orgEnd(ctx, i + head.length, headWord);
      // a generic head with one plain word is a description (حركة التمرد, شرطة المدينة), not a name
      const words = end - (i + head.length);
      const enough =
        words >= 2 || (words === 1 && (!WEAK_ORG_HEADS.has(headWord) || namedBy(ctx, i + head.length)));
      if (enough) {
        out.push({
          first: i,
          end,
          skip: head.skip,
          kind: 'organisation',
          entity: undefined,
          priority: PRIORITY.pattern,
        });
      }
    }
    if (head) {
      const quoted = quotedNameAfter(ctx, i + head.length);
      if (quoted) out.push(quoted);
    }
    const trigger = phraseAt(ctx, PLACE_TRIGGERS, i, true);
    if (trigger) {
      const place = placeAfter(ctx, i + trigger.length);
      if (place) out.push({ ...place, priority: PRIORITY.triggeredPlace });
    }
  }
  return out;
}

function orgEnd(ctx: Context, from: number, head: string): number {
  let k = from;
  let words = 0;
  while (k < ctx.tokens.length && words < MAX_ORG_WORDS && !ctx.tokens[k]?.breakBefore) {
    const known = listedPlaceAt(ctx, k, false);
    if (known) {
      k += known.length;
      words += known.length;
      continue;
    }
    if (isOrgWord(ctx, k, k > from)) {
      k++;
      words++;
      continue;
    }
    const word = wordAt(ctx, k);
    const bareName =
      k === from &&
      OPEN_HEADS.has(head) &&
      word.length >= 3 &&
      !isStopword(ctx.lex, word) &&
      !looksLikeVerb(ctx.lex, word);
    if (bareName) {
      k++;
      words++;
      continue;
    }
    break;
  }
  return k;
}

function placeAfter(ctx: Context, k: number): Candidate | undefined {
  const token = ctx.tokens[k];
  if (!token || token.breakBefore) return undefined;
  const known = gazetteerAt(ctx, k, false);
  if (known) return undefined; // the gazetteer finds it, with its proper entity
  const word = token.text;
  const { lex } = ctx;
  if (
    word.length < 3 ||
    isStopword(lex, word) ||
    titleAt(ctx, k) ||
    lex.commonAdjectives.has(word) ||
    isDemonym(lex, word)
  ) {
    return undefined;
  }
  if (!token.arabic || looksLikeVerb(lex, word)) return undefined;
  let end = k + 1;
  const next = ctx.tokens[end];
  if (PLACE_PREFIXES.has(word) && next && !next.breakBefore && !isStopword(ctx.lex, next.text)) end++;
  // a definite adjective after an indefinite word is part of the name only as a compound (حي الشيخ جراح is not handled)
  // adjectives (التجارية, متطورة) and past-tense verbs (شهدت) after a trigger are not names
  if (end === k + 1 && /(يه|ي)$/.test(word)) return undefined;
  if (
    !word.startsWith('ال') &&
    end === k + 1 &&
    (word.endsWith('ه') || (word.length === 4 && word.endsWith('ت')))
  ) {
    return undefined;
  }
  return { first: k, end, skip: 0, kind: 'place', entity: undefined, priority: PRIORITY.pattern };
}

/** The name after an announcing head (شركة سوني اليابانية → سوني): bare words, or definite ones. */
function nameAfterHead(ctx: Context, from: number): Candidate | undefined {
  const { lex, tokens } = ctx;
  const first = tokens[from];
  if (!first || first.breakBefore) return undefined;
  const known = gazetteerAt(ctx, from, false);
  if (known) return undefined; // found by the gazetteer
  const definite = first.text.startsWith('ال');
  let k = from;
  while (k < tokens.length && k - from < 3) {
    const token = tokens[k];
    if (!token || (k > from && token.breakBefore)) break;
    const word = token.text;
    if (word.length < 2 || isStopword(lex, word) || titleAt(ctx, k) || lex.commonAdjectives.has(word)) break;
    if (isDemonym(lex, word) || word.startsWith('و') || (word.startsWith('ال') !== definite && token.arabic))
      break;
    if (looksLikeVerb(lex, word) || listedPlaceAt(ctx, k, false)) break;
    // a bare Arabic name is one word (شركة سوني); definite (الخطوط الجوية) and Latin names run on
    if (k > from && (token.arabic !== first.arabic || (token.arabic && !definite))) break;
    k++;
  }
  if (k === from) return undefined;
  return {
    first: from,
    end: k,
    skip: 0,
    kind: 'organisation',
    entity: undefined,
    priority: PRIORITY.pattern,
  };
}

const OPENING_QUOTES = /["«“”']/;
const CLOSING_QUOTES = /["»”“']/;

/** An organisation head followed by a quoted name (حركة "طالبان", شركة «ماتسو»): the quoted words. */
function quotedNameAfter(ctx: Context, from: number): Candidate | undefined {
  const { tokens, folded } = ctx;
  const first = tokens[from];
  const previous = tokens[from - 1];
  if (!first || !previous || !OPENING_QUOTES.test(folded.text.slice(previous.end, first.start)))
    return undefined;
  for (let end = from + 1; end <= from + 3 && end <= tokens.length; end++) {
    const next = tokens[end];
    const gap = folded.text.slice(tokens[end - 1]?.end ?? 0, next ? next.start : folded.text.length);
    if (CLOSING_QUOTES.test(gap)) {
      return {
        first: from,
        end,
        skip: 0,
        kind: 'organisation',
        entity: undefined,
        priority: PRIORITY.pattern,
      };
    }
    if (next?.breakBefore) return undefined;
  }
  return undefined;
}
