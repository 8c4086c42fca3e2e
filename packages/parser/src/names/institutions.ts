/**
 * Bodies named by a head noun and the words that make it specific: لجنة الانضباط, الإدارة العامة
 * للزراعة, مصلحة الزكاة والدخل, المحكمة الابتدائية بتوزر, جمعية البر بجدة. News is full of them and
 * this package's conventions (eval/ner-news.md: "ministries, authorities, committees …") make them
 * organisations; ANERcorp's annotators mostly did not (لجنة 25 times in its train split, tagged
 * twice), so neither the model nor the lexicon finds them, and the model reads the place or the
 * person inside them instead (جدة, عبدالعزيز). Three ways to name a body (data/institutions.ts):
 * - a head and its words: after a head without the article, an idafa (up to two words without it,
 *   then one with it: إدارة شؤون المعلمين; or a listed name: بنك إنجلترا); then adjectives (a nisba,
 *   a participle, a listed one: after a head with the article nothing else continues a name, so
 *   واستثنى المجلس الملكيات is none), و and a word with the article (والدخل), one ل-phrase (للعلوم,
 *   لمكافحة المنشطات), and at the very end ب and a listed place (بجدة, بمنطقة عسير). It stops at
 *   punctuation, stopwords, titles, another head, describing words (DESCRIBING_WORDS) and before a
 *   verbal noun that takes its object (مجلس الوزراء الموافقة على). A nationality alone names nothing
 *   (الإدارة الأميركية), nor an everyday head without what makes it a body (EVERYDAY_HEADS);
 * - a head, a royal title and the person's mention the model or the lexicon found (مركز الملك سلمان
 *   للإغاثة), then the same words as above;
 * - a sector and a listed place (تعليم الخرج, شرطة دبي).
 * The phrase replaces the mentions inside it, after its head (جدة in جمعية البر بجدة); a mention over
 * the head or across the phrase's edges stands (الاتحاد السوفياتي, a place for the gazetteer and
 * ANERcorp). Measured on the development news set and by CV inside the train split: see the parser's
 * README ("Bodies named by a head"); its hits on the train split: scripts/names-model/rule-hits.ts.
 */
import { type Candidate, type Context, PRIORITY } from './context.js';
import {
  BODY_NAME_WORDS,
  DESCRIBING_WORDS,
  EVERYDAY_HEADS,
  GENERIC_COMPLEMENTS,
  INSTITUTION_HEADS,
  PLACE_HEADS,
  PLAIN_ADJECTIVES,
  ROYAL_NAMED_HEADS,
  ROYAL_TITLES,
  SECTOR_HEADS,
} from './data/institutions.js';
import { STOPWORDS } from './data/stopwords.js';
import { foldName } from './fold.js';
import { takeOverlapped } from './select.js';
import { isDemonym, isStopAt, listedPlaceAt, looksLikeVerb, placeOrOrgAt, titleAt } from './words.js';

/** the longest phrase read, head included */
const MAX_WORDS = 8;

interface InstitutionWords {
  readonly heads: ReadonlySet<string>;
  readonly everydayHeads: ReadonlySet<string>;
  readonly genericComplements: ReadonlySet<string>;
  readonly describing: ReadonlySet<string>;
  readonly placeHeads: ReadonlySet<string>;
  readonly plainAdjectives: ReadonlySet<string>;
  readonly royalHeads: ReadonlySet<string>;
  readonly royalTitles: ReadonlySet<string>;
  readonly sectorHeads: ReadonlySet<string>;
  /** the stopwords less BODY_NAME_WORDS (the lexicon's stopwords hold more common words still) */
  readonly functionWords: ReadonlySet<string>;
}

let words: InstitutionWords | undefined;

function institutionWords(): InstitutionWords {
  words ??= {
    heads: new Set(INSTITUTION_HEADS.map(foldName)),
    everydayHeads: new Set(EVERYDAY_HEADS.map(foldName)),
    genericComplements: new Set(GENERIC_COMPLEMENTS.map(foldName)),
    describing: new Set(DESCRIBING_WORDS.map(foldName)),
    placeHeads: new Set(PLACE_HEADS.map(foldName)),
    plainAdjectives: new Set(PLAIN_ADJECTIVES.map(foldName)),
    royalHeads: new Set(ROYAL_NAMED_HEADS.map(foldName)),
    royalTitles: new Set(ROYAL_TITLES.map(foldName)),
    sectorHeads: new Set(SECTOR_HEADS.map(foldName)),
    functionWords: new Set(STOPWORDS.filter((word) => !BODY_NAME_WORDS.includes(word)).map(foldName)),
  };
  return words;
}

interface Head {
  readonly skip: number;
  readonly definite: boolean;
  /** the head without clitics nor article (لجنه) */
  readonly noun: string;
}

/** A nisba (العربية), a participle (المتحدة) or a listed adjective (العليا). */
function looksAdjectival(word: string, w: InstitutionWords): boolean {
  if (w.plainAdjectives.has(word) || /(ي|يه|يين|يون)$/.test(word)) return true;
  return word.startsWith('الم') && word.length >= 6 && !word.endsWith('ات'); // not a plural noun: الملكيات
}

/** A verbal noun with its object (قرر مجلس الوزراء الموافقة على): a participle-like word before على or عن. */
function takesObject(ctx: Context, k: number): boolean {
  const word = ctx.tokens[k]?.text ?? '';
  const next = ctx.tokens[k + 1];
  if (!next || next.breakBefore || /(ي|يه)$/.test(word)) return false;
  return next.text === 'عن' || (next.text === 'علي' && isStopAt(ctx, k + 1));
}

function isHead(stem: string, heads: ReadonlySet<string>): boolean {
  return heads.has(stem) || (stem.startsWith('ال') && heads.has(stem.slice(2)));
}

/**
 * The head at i. After ل, a head without the article is a verbal noun or a preposition (لإدارة
 * الأزمة, لمصلحة الروس), unless the head itself starts with ل: للجنة is ل with اللجنة or with لجنة
 * in an idafa (للجنة الاستئناف), so it is read as the latter, which takes both continuations.
 */
function headAt(ctx: Context, i: number, heads: ReadonlySet<string>): Head | undefined {
  const text = ctx.tokens[i]?.text ?? '';
  for (const r of ctx.readings[i] ?? []) {
    const { skip, stem } = r;
    if (stem.startsWith('ال') && heads.has(stem.slice(2)))
      return { skip, definite: true, noun: stem.slice(2) };
    if (!heads.has(stem)) continue;
    if (!text.slice(0, skip).endsWith('ل')) return { skip, definite: false, noun: stem };
    if (stem.startsWith('ل')) return { skip, definite: false, noun: stem };
  }
  return undefined;
}

/** An everyday head (EVERYDAY_HEADS) read as a body: see there. */
function everydayHeadNamesBody(ctx: Context, i: number, head: Head): boolean {
  if (head.definite) return true; // decided by its ل-phrase, at the end of nameEnd
  // لإدارة الأزمة, لمصلحة الشعب: a verbal noun or a preposition after ل or ك (بمصلحة الزكاة is the body)
  const clitics = ctx.tokens[i]?.text.slice(0, head.skip) ?? '';
  if (/[لك]/.test(clitics)) return false;
  const before = ctx.tokens[i - 1];
  if (!before || ctx.tokens[i]?.breakBefore !== false) return true;
  return !/^(في|من|عن|الي|علي|مجلس)$/.test(before.text);
}

interface NameEnd {
  /** exclusive */
  readonly end: number;
  readonly lamPhrase: boolean;
}

/**
 * The end of the body's name whose head is at i, or undefined when it names nothing. `after`: where
 * the name goes on after a person it is named after (مركز الملك سلمان …), instead of an idafa.
 */
function nameEnd(
  ctx: Context,
  i: number,
  head: Head,
  w: InstitutionWords,
  after?: number,
): NameEnd | undefined {
  const { tokens } = ctx;
  const limit = Math.min(tokens.length, i + MAX_WORDS);
  const inPhrase = (k: number): boolean => k < limit && tokens[k]?.breakBefore === false;
  /** a word with the article that can belong to a name */
  const modifier = (stem: string): boolean =>
    stem.startsWith('ال') &&
    stem.length >= 4 &&
    !w.functionWords.has(stem) &&
    !w.describing.has(stem) &&
    !isHead(stem, w.heads);
  const modifierAt = (k: number): boolean =>
    inPhrase(k) && modifier(tokens[k]?.text ?? '') && !titleAt(ctx, k);

  let j = after ?? i + 1;
  let named = after !== undefined;
  if (!named && !head.definite) {
    let k = j;
    while (k < j + 2 && inPhrase(k)) {
      const text = tokens[k]?.text ?? '';
      if (
        text.startsWith('ال') ||
        /^(لل|بال)/.test(text) ||
        w.functionWords.has(text) ||
        /^[0-9]/.test(text) ||
        w.describing.has(text) ||
        looksLikeVerb(ctx.lex, text)
      )
        break;
      k++;
    }
    const listed = k === j && inPhrase(j) ? placeOrOrgAt(ctx, j) : 0;
    if (modifierAt(k) && !w.genericComplements.has(tokens[k]?.text ?? '')) j = k + 1;
    else if (listed > 0 && j + listed <= limit) j += listed;
    else return undefined;
    named = true;
  }
  let lamPhrase = false;
  while (inPhrase(j)) {
    const text = tokens[j]?.text ?? '';
    // after the head's idafa, a word with the article is an adjective of the name or the sentence goes on
    if (modifierAt(j) && looksAdjectival(text, w) && !takesObject(ctx, j)) {
      named ||= !isDemonym(ctx.lex, text);
      j++;
      continue;
    }
    const clitic = (ctx.readings[j] ?? []).filter((r) => r.skip === 1);
    if (named && text.startsWith('و') && clitic.some((r) => modifier(r.stem))) {
      j++;
      continue;
    }
    if (named && !lamPhrase && text.startsWith('ل')) {
      if (clitic.some((r) => modifier(r.stem))) {
        lamPhrase = true;
        j++;
        continue;
      }
      const noun = clitic.some(
        (r) => !r.stem.startsWith('ال') && r.stem.length >= 3 && !w.functionWords.has(r.stem),
      );
      if (noun && modifierAt(j + 1)) {
        lamPhrase = true;
        j += 2;
        continue;
      }
    }
    if (named && text.startsWith('ب')) j += placeAfterBa(ctx, j, limit, w);
    break;
  }
  if (head.definite && w.everydayHeads.has(head.noun) && !lamPhrase) return undefined;
  return named ? { end: j, lamPhrase } : undefined;
}

/**
 * A head without the article, a royal title and the person a body is named after (مركز الملك سلمان,
 * مؤسسة الأمير سلطان): the head and where the person's mention ends, else undefined.
 */
function royalNameAt(
  ctx: Context,
  i: number,
  mentions: readonly Candidate[],
  w: InstitutionWords,
): { head: Head; personEnd: number } | undefined {
  const title = ctx.tokens[i + 1];
  if (!title || title.breakBefore || !w.royalTitles.has(title.text)) return undefined;
  const person = mentions.find((m) => m.kind === 'person' && (m.first === i + 1 || m.first === i + 2));
  if (!person || person.skip > 0 || person.end - i > MAX_WORDS) return undefined;
  const text = ctx.tokens[i]?.text ?? '';
  for (const { skip, stem } of ctx.readings[i] ?? []) {
    if (!w.royalHeads.has(stem) && !w.heads.has(stem)) continue;
    if (/[لك]/.test(text.slice(0, skip))) return undefined;
    return { head: { skip, definite: false, noun: stem }, personEnd: person.end };
  }
  return undefined;
}

/** How many words ب and a listed place take at j (بجدة, بمنطقة عسير), or 0. */
function placeAfterBa(ctx: Context, j: number, limit: number, w: InstitutionWords): number {
  const hit = listedPlaceAt(ctx, j);
  if (hit && hit.skip === 1 && j + hit.length <= limit) return hit.length;
  const generic = (ctx.readings[j] ?? []).some((r) => r.skip === 1 && w.placeHeads.has(r.stem));
  if (!generic || ctx.tokens[j + 1]?.breakBefore !== false) return 0;
  const place = listedPlaceAt(ctx, j + 1, false);
  return place && j + 1 + place.length <= limit ? 1 + place.length : 0;
}

/** A sector and a listed place (تعليم الخرج): the head's clitics and the name's end, else undefined. */
function sectorNameAt(
  ctx: Context,
  i: number,
  w: InstitutionWords,
): { skip: number; end: number } | undefined {
  const next = ctx.tokens[i + 1];
  if (!next || next.breakBefore) return undefined;
  const text = ctx.tokens[i]?.text ?? '';
  for (const { skip, stem } of ctx.readings[i] ?? []) {
    if (!w.sectorHeads.has(stem) || /[لك]/.test(text.slice(0, skip))) continue;
    const place = listedPlaceAt(ctx, i + 1, false);
    if (place) return { skip, end: i + 1 + place.length };
  }
  return undefined;
}

/** The body named at i: by a sector and a place, after a king or a prince, or by a head and its words. */
function bodyAt(
  ctx: Context,
  i: number,
  mentions: readonly Candidate[],
  w: InstitutionWords,
): { skip: number; end: number } | undefined {
  const sector = sectorNameAt(ctx, i, w);
  if (sector) return sector;
  const royal = royalNameAt(ctx, i, mentions, w);
  if (royal) {
    const name = nameEnd(ctx, i, royal.head, w, royal.personEnd);
    // without a ل-phrase, مدينة الأمير عبدالله بن جلوي الرياضية is a sports ground
    if (!name || (royal.head.noun === 'مدينه' && !name.lamPhrase)) return undefined;
    return { skip: royal.head.skip, end: name.end };
  }
  const head = headAt(ctx, i, w.heads);
  if (!head || (w.everydayHeads.has(head.noun) && !everydayHeadNamesBody(ctx, i, head))) return undefined;
  const name = nameEnd(ctx, i, head, w);
  return name && { skip: head.skip, end: name.end };
}

/** The mentions with the bodies named by a head phrase, each replacing the mentions inside it. */
export function withInstitutions(ctx: Context, mentions: readonly Candidate[]): Candidate[] {
  const w = institutionWords();
  let out = [...mentions];
  for (let i = 0; i < ctx.tokens.length; i++) {
    const body = bodyAt(ctx, i, out, w);
    if (!body) continue;
    const { skip, end } = body;
    const span: Candidate = {
      first: i,
      end,
      skip,
      kind: 'organisation',
      entity: undefined,
      priority: PRIORITY.pattern,
    };
    // a mention over the head itself was chosen by the model or the lexicon: theirs stands; one
    // that starts inside the body at one of its adjectives and runs past it names nothing (المحكمة
    // [الرياضية الدولية التابعة للفيفا]): the body wins
    const startsAtAdjective = (m: Candidate): boolean =>
      m.first > i && m.first < end && looksAdjectival(ctx.tokens[m.first]?.text ?? '', w);
    const taken = takeOverlapped(out, span, (m) => m.first <= i || (m.end > end && !startsAtAdjective(m)));
    if (!taken) continue;
    out = taken;
    i = end - 1;
  }
  return out.sort((a, b) => a.first - b.first);
}
