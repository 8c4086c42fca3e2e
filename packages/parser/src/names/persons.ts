/**
 * Person candidates: a name after a title or role (وزير الخارجية الأميركي أنطوني بلينكين), and a
 * name that opens with a known given name (محمد البرادعي, جورج بوش). A given name that is also an
 * everyday word (أمل, باسم) opens a name only when another name word follows it.
 */
import { type Candidate, type Context, PRIORITY, wordAt } from './context.js';
import { givenNameBehindPreposition } from './false-friends.js';
import { gazetteerAt } from './gazetteer-match.js';
import { canStartName, nameEnd } from './person-name.js';
import { roleAt } from './roles.js';

export function personCandidates(ctx: Context): Candidate[] {
  const out: Candidate[] = [];
  const { tokens, lex } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const role = roleAt(ctx, i);
    const start = role?.end ?? -1;
    if (
      role &&
      start > i &&
      start < tokens.length &&
      !tokens[start]?.breakBefore &&
      canStartName(ctx, start)
    ) {
      const end = nameEnd(ctx, start);
      // after a weak role, a single unknown word is more likely the role's complement (وزير دفاع)
      const vouched = role.strength === 'strong' || end - start >= 2 || lex.given.has(wordAt(ctx, start));
      if (end > start && vouched) out.push(candidate(ctx, start, end, 0));
    }
    const framed = framedName(ctx, i);
    if (framed) out.push(candidate(ctx, i, framed, 0));
    for (const reading of ctx.readings[i] ?? []) {
      const word = reading.stem;
      const opensName = lex.given.has(word) || word === 'عبد' || word === 'ابو';
      if (!opensName || !canStartName(ctx, i, reading.skip)) continue;
      const end = nameEnd(ctx, i, reading.skip);
      if (end - i < 2) {
        // an unambiguous given name on its own (قال محمد) is a person too, at the lowest priority
        const alone = !lex.ambiguousGiven.has(word) && lex.given.has(word) && word.length >= 3;
        if (alone && !givenNameBehindPreposition(ctx, i, reading.skip)) {
          out.push(lowPriorityPerson(i, i + 1, reading.skip));
          break;
        }
        continue;
      }
      if (lex.ambiguousGiven.has(word)) {
        const next = wordAt(ctx, i + 1);
        if (!lex.given.has(next) && !lex.connectors.has(next)) continue;
      }
      out.push(candidate(ctx, i, end, reading.skip));
      break;
    }
  }
  return out;
}

/**
 * Listed family names on their own (وقال الطراونة, وأكد سميث) are persons, found last: only on
 * words that no other candidate and no propagated full name has taken (a full name found earlier in
 * the text keeps its two words).
 */
export function familyNameCandidates(ctx: Context, occupied: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (occupied[i]) continue;
    const c = familyNameAt(ctx, i);
    if (c && (c.first === i || !occupied[c.first])) out.push(c);
  }
  return out;
}

function familyNameAt(ctx: Context, i: number): Candidate | undefined {
  const token = ctx.tokens[i];
  if (!token) return undefined;
  for (const reading of ctx.readings[i] ?? []) {
    if (!ctx.lex.familyNames.has(reading.stem) && !hasForeignSurnameShape(ctx, reading.stem)) continue;
    // an unknown word right before it that could be a first name (غيث الطراونة) joins the name
    const previous = ctx.tokens[i - 1];
    if (reading.skip === 0 && previous && !token.breakBefore && canStartName(ctx, i - 1)) {
      return lowPriorityPerson(i - 1, i + 1, 0);
    }
    return lowPriorityPerson(i, i + 1, reading.skip);
  }
  return undefined;
}

/**
 * Surname endings that no Arabic word has: Slavic -vich/-ski/-enko/-ov, Georgian -shvili,
 * Turkish -oğlu (ميلوسيفيتش, كاتشينسكي, تيموشينكو, لافروف, ساكاشفيلي, داود أوغلو).
 */
const FOREIGN_SURNAME = /(يتش|سكي|شفيلي|ينكو|اوغلو)$/;

function hasForeignSurnameShape(ctx: Context, word: string): boolean {
  if (word.startsWith('ال') || ctx.lex.stopwords.has(word)) return false;
  if (FOREIGN_SURNAME.test(word)) return word.length >= 6;
  // -ov/-ev: long enough that no Arabic noun (ظروف, صفوف, مألوف) ends so
  return word.length >= 6 && /[^و]وف$/.test(word);
}

/** Verbs of saying that put their speaker right after them (VSO): قال X Y إن … */
const SPEECH_VERBS = new Set([
  'قال',
  'اضاف',
  'اكد',
  'اوضح',
  'صرح',
  'ذكر',
  'اشار',
  'تابع',
  'اعتبر',
  'راي',
  'لفت',
  'شدد',
  'كشف',
  'اعلن',
  'نفي',
  'قالت',
  'اضافت',
  'اكدت',
  'اوضحت',
  'اعلنت',
  'اشارت',
  'اعرب',
  'اعربت',
  'حذر',
  'حذرت',
  'دعا',
  'دعت',
  'طالب',
  'طالبت',
  'رحب',
  'رحبت',
  'اشاد',
  'اشادت',
  'ابلغ',
  'ابلغت',
  'افاد',
  'افادت',
  'صرحت',
  'ذكرت',
  'تابعت',
  'شددت',
  'كشفت',
  'نفت',
  'يقول',
  'تقول',
]);

/** Words that often follow a speaker's name before what was said: قال X Y في بيان, لوكالة, أمس. */
const AFTER_SPEAKER = new Set([
  'في',
  'خلال',
  'امس',
  'اليوم',
  'امام',
  'عقب',
  'لدي',
  'عبر',
  'مساء',
  'صباح',
  'للصحفيين',
  'للصحافيين',
  'لوكاله',
  'لصحيفه',
  'لقناه',
  'لاذاعه',
  'لتلفزيون',
]);

/** Words that open what was said (إن, أن, بأن) after the speaker's name. */
const REPORTED = new Set(['ان', 'انه', 'انها', 'بان', 'بانه', 'انهم']);

/**
 * A name of two or three unknown words held in a frame that only a person fits: after a verb of
 * saying and before what was said (قال رومانو برودي إن), or before an appositive role (قال X Y رئيس
 * المفوضية). Returns the end of the name, or undefined.
 */
function framedName(ctx: Context, i: number): number | undefined {
  const { tokens } = ctx;
  const token = tokens[i];
  if (!token || !canStartName(ctx, i)) return undefined;
  const end = nameEnd(ctx, i);
  if (end - i < 2 || end - i > 3) return undefined;
  const after = tokens[end];
  const verb = (ctx.readings[i - 1] ?? []).some((r) => r.skip <= 1 && SPEECH_VERBS.has(r.stem));
  const saidNext =
    after !== undefined && (after.breakBefore || REPORTED.has(after.text) || AFTER_SPEAKER.has(after.text));
  if (verb && saidNext) return end;
  const roleNext = after !== undefined && !after.breakBefore && roleAt(ctx, end)?.strength === 'strong';
  return roleNext && verb ? end : undefined;
}

/** A known person's full name wins over a longer guess (جورج بوش, not جورج بوش لصحيفة). */
/** A person found by a weak pattern (a lone given or family name): any stronger reading wins. */
function lowPriorityPerson(first: number, end: number, skip: number): Candidate {
  return { first, end, skip, kind: 'person', entity: undefined, priority: PRIORITY.pattern };
}

function candidate(ctx: Context, first: number, end: number, skip: number): Candidate {
  const known = gazetteerAt(ctx, first, skip > 0);
  if (known && known.entry.entity.kind === 'person' && known.length <= end - first && known.length >= 2) {
    return {
      first,
      end: first + known.length,
      skip,
      kind: 'person',
      entity: known.entry.entity,
      priority: PRIORITY.person,
    };
  }
  return { first, end, skip, kind: 'person', entity: undefined, priority: PRIORITY.person };
}
