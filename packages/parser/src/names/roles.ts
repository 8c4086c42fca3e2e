/**
 * Role phrases before a person's name: a title (الرئيس, الشيخ) or a role head (وزير, نائب, متحدث)
 * followed by what qualifies it (الخارجية الأميركي, باسم الحكومة, العام للأمم المتحدة), possibly
 * several joined by و (نائب رئيس الوزراء البلجيكي ووزيرة الخارجية).
 */
import { type Context, phraseAt, wordAt } from './context.js';
import { gazetteerAt } from './gazetteer-match.js';
import { isDemonym } from './words.js';

const MAX_QUALIFIERS = 7;

/** Words that qualify a role without the article: وزير خارجية فرنسا, رئيس وزراء إسرائيل. */
const CONSTRUCT_WORDS = new Set([
  'خارجيه',
  'داخليه',
  'دفاع',
  'ماليه',
  'عدل',
  'وزراء',
  'حكومه',
  'مجلس',
  'اداره',
  'هيئه',
  'حزب',
  'حركه',
  'جمعيه',
  'لجنه',
  'اتحاد',
  'نادي',
  'شركه',
  'بلديه',
  'جامعه',
  'كليه',
  'فريق',
  'منتخب',
  'دائره',
  'مكتب',
  'جهاز',
  'وكاله',
  'مؤسسه',
  'بنك',
  'دوله',
  'قسم',
  'اركان',
  'مدير',
  'تحرير',
  'صحيفه',

  'جيش',
]);

/** Definite words that cannot qualify a role: relatives and time words. */
export const ENDS_ROLE: ReadonlySet<string> = new Set([
  'الذي',
  'التي',
  'الذين',
  'اللذين',
  'اللتين',
  'اليوم',
  'الان',
  'الماضي',
  'الماضيه',
  'المقبل',
  'المقبله',
  'الجاري',
  'الحاليه',
  'الاسبوع',
  'الشهر',
  'الليله',
  'الاحد',
  'الاثنين',
  'الثلاثاء',
  'الاربعاء',
  'الخميس',
  'الجمعه',
  'السبت',
]);

export interface RoleSpan {
  readonly first: number;
  readonly end: number;
  readonly skip: number;
  /**
   * How much the role vouches for a name after it: 'strong' for a title or a qualified role
   * (الرئيس, وزير الخارجية); 'weak' for a nationality alone (الفرنسي) or a bare role head (وزير),
   * after which a word is as likely the role's complement as a name.
   */
  readonly strength: 'strong' | 'weak';
}

interface TitleHead {
  readonly length: number;
  readonly skip: number;
  readonly kind: 'honorific' | 'head' | 'demonym';
}

/** A role phrase starting at token i, or undefined. */
export function roleAt(ctx: Context, i: number): RoleSpan | undefined {
  const cached = ctx.memo.role[i];
  if (cached !== undefined) return (cached as RoleSpan | null) ?? undefined;
  const role = parseRole(ctx, i);
  ctx.memo.role[i] = role ?? null;
  return role;
}

function parseRole(ctx: Context, i: number): RoleSpan | undefined {
  const head = titleHead(ctx, i, true);
  if (!head) return undefined;
  let k = i + head.length;
  let qualifiers = 0;
  // a definite role (الرئيس, وزير الخارجية) vouches for a name; وزير خارجية فرنسا or لاعب برشلونة
  // may as well go on with a noun (هدفا), so it needs a known given name or two name words
  let definite = head.kind === 'honorific';
  while (k < ctx.tokens.length && qualifiers < MAX_QUALIFIERS) {
    const token = ctx.tokens[k];
    if (!token || token.breakBefore) break;
    const word = token.text;
    const another = titleHead(ctx, k, true);
    if (another) {
      if (another.kind === 'honorific') definite = true;
      k += another.length;
      continue;
    }
    const known = gazetteerAt(ctx, k, true);
    if (known && known.entry.entity.kind !== 'person') {
      if (/^(ال|لل)/.test(word) || word.startsWith('ال', known.skip)) definite = true;
      k += known.length;
      qualifiers++;
      continue;
    }
    if (ctx.lex.roleInner.has(word) || CONSTRUCT_WORDS.has(word)) {
      if (word.startsWith('ال')) definite = true;
      k++;
      qualifiers++;
      continue;
    }
    if (
      (word.startsWith('ال') || word.startsWith('لل')) &&
      !ENDS_ROLE.has(word) &&
      !ctx.lex.given.has(word)
    ) {
      definite = true;
      k++;
      qualifiers++;
      continue;
    }
    break;
  }
  return { first: i, end: k, skip: head.skip, strength: definite ? 'strong' : 'weak' };
}

function titleHead(ctx: Context, i: number, allowClitics: boolean): TitleHead | undefined {
  // a nationality stands as a title before a name in news: الإسباني فرناندو …, البلجيكية …
  const word = wordAt(ctx, i);
  if (isDemonym(ctx.lex, word) && !/(يين|يون)$/.test(word)) return { length: 1, skip: 0, kind: 'demonym' };
  const honorific = phraseAt(ctx, ctx.lex.honorifics, i, allowClitics);
  const head = phraseAt(ctx, ctx.lex.roleHeads, i, allowClitics);
  if (head && (!honorific || head.length > honorific.length)) return { ...head, kind: 'head' };
  return honorific ? { ...honorific, kind: 'honorific' } : undefined;
}

/** Is the word at i a role word without the article (for telling a role from a name)? */
export function isRoleWord(ctx: Context, i: number): boolean {
  return phraseAt(ctx, ctx.lex.roleHeads, i, false) !== undefined || wordAt(ctx, i) === 'باسم';
}
