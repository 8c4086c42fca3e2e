import type { Certainty } from '@warraq/schema';
import { inferYear } from './absolute.js';
import {
  addDays,
  addMonths,
  fromHijri,
  hijriPeriod,
  isoDay,
  isoMonth,
  isValid,
  toHijri,
  type Ymd,
} from './calendar.js';
import { letterPattern } from './letter-pattern.js';
import { monthInDiscussion } from './month-in-discussion.js';
import { MONTH_ALTERNATION, type MonthName, monthOf } from './months.js';
import { futureClause } from './tense.js';
import { B, type DateMatch, E } from './types.js';
import { matchesWhere } from './words.js';

/**
 * Which part of a month a phrase names: مطلع مايو is days 1–10, منتصف 11–20, أواخر 21 to the end;
 * العشر الأواخر من رمضان is that last third too, آخر أسبوع في رمضان its last seven days, أول أيام
 * رمضان its first day.
 */
const PARTS =
  '(?:اول|ثاني|ثالث|رابع)\\s+ايام|العشر\\s+(?:الاوائل|الاواسط|الاواخر)\\s+(?:من|في)|(?:اخر\\s+اسبوع|الاسبوع\\s+الاخير)\\s+(?:من|في)|مطلع|بداية|بدايات|اوائل|مستهل|منتصف|اواسط|اواخر|نهاية|اخر|ختام';
type MonthPart = 0 | 1 | 2 | 'last-week' | { day: number };
const NTH_DAY: Record<string, number> = { اول: 1, ثاني: 2, ثالث: 3, رابع: 4 };
function partOf(phrase: string): MonthPart {
  const p = phrase.replace(/\s+(?:من|في)$/u, '').replace(/^العشر\s+ال/u, '');
  if (/اسبوع/u.test(p)) return 'last-week';
  // أول أيام رمضان: its first day, as ثالث أيام العيد is the feast's third
  const nth = /^(?<n>اول|ثاني|ثالث|رابع)\s+ايام$/u.exec(p)?.groups?.n;
  if (nth !== undefined) return { day: NTH_DAY[nth] ?? 1 };
  return /^(?:منتصف|اواسط)$/.test(p) ? 1 : /^(?:اواخر|نهاية|اخر|ختام)$/.test(p) ? 2 : 0;
}

const QUALIFIERS = 'الماضي|الماضية|الفائت|المنصرم|المنقضي|الفارط|السابق|المقبل|القادم|الجاري|الحالي';
const HONORIFICS = 'المعظم|المبارك|الكريم|الفضيل|الحرام|الخير';
const NO_YEAR_AFTER = '(?!\\s*[،,]?\\s*(?:من\\s+)?(?:ل?عام\\s+|ل?سنة\\s+|العام\\s+|السنة\\s+)?\\d)';
const MONTH_PHRASE = letterPattern(
  `${B}(?:(?<part>${PARTS})\\s+)?(?:(?<shahr>شهر|شهري)\\s+)?(?<m1>${MONTH_ALTERNATION})${E}(?:\\s*[/\\\\]\\s*(?<m2>${MONTH_ALTERNATION})${E}|\\s*\\(\\s*(?<m3>${MONTH_ALTERNATION})\\s*\\))?(?:\\s+(?<hon>${HONORIFICS})${E})?(?:\\s+(?<q>${QUALIFIERS})${E})?${NO_YEAR_AFTER}`,
  'gu',
);
// a month name with single spaces, as a cheap test before the long pattern
const ANY_MONTH = letterPattern(MONTH_ALTERNATION.replace(/\\s\+/g, '\\s+'));
/** منتصف الشهر، نهاية الشهر المقبل، مطلع الشهر الجاري: a third of this (or the last, or the next) month */
const PART_OF_RELATIVE_MONTH = letterPattern(
  `${B}(?<part>${PARTS})\\s+(?:هذا\\s+)?الشهر(?:\\s+(?<q>${QUALIFIERS}))?${E}`,
  'gu',
);
/**
 * A bare month name stands for a month only where a reader takes it for one: a name that is also a
 * common word or a name (مارس "he practised", نيسان, رمضان the given name) needs a word before it that
 * introduces a time.
 */
const NEEDS_CUE = new Set([
  'يوليه',
  'مارس',
  'نيسان',
  'رمضان',
  'شعبان',
  'رجب',
  'صفر',
  'ماي',
  'اب',
  'محرم',
  'المحرم',
]);
const TIME_CUE = letterPattern(
  String.raw`(?:^|[^\p{L}\p{M}])(?:[وبلف]?(?:في|خلال|منذ|قبل|بعد|حتي|طوال|طيلة|مع|حلول|قدوم|دخول|ايام|ليالي|صيام|اواخر|مطلع|منتصف|بداية|نهاية|اوائل)|[بل])\s*$`,
  'u',
);

/** كل عام في، كل سنة، كل: what comes after happens every year */
const HABIT_BEFORE = letterPattern(String.raw`(?:^|[^\p{L}\p{M}])كل\s+(?:(?:عام|سنة)\s+(?:في\s+)?)?$`, 'u');

type Groups = Record<string, string | undefined>;
type Resolved = Omit<DateMatch, 'start' | 'end'>;

/** First and last day of a part of a month (a third, or its last week), Gregorian or Hijri. */
function third(y: number, m: number, t: MonthPart, hijri: boolean): { from: Ymd; to: Ymd } | undefined {
  if (typeof t === 'object') {
    const day = hijri ? fromHijri({ y, m, d: t.day }) : isValid(y, m, t.day) ? { y, m, d: t.day } : undefined;
    return day && { from: day, to: day };
  }
  if (t === 'last-week') {
    const whole = third(y, m, 2, hijri);
    return whole && { from: addDays(whole.to, -6), to: whole.to };
  }
  const firstDay = t * 10 + 1;
  if (hijri) {
    const period = hijriPeriod(y, m);
    const from = fromHijri({ y, m, d: firstDay });
    const to = t === 2 ? period?.to : fromHijri({ y, m, d: firstDay + 9 });
    return from && to ? { from, to } : undefined;
  }
  const last = t === 2 ? new Date(Date.UTC(y, m, 0)).getUTCDate() : firstDay + 9;
  if (!isValid(y, m, last)) return undefined;
  return { from: { y, m, d: firstDay }, to: { y, m, d: last } };
}

/**
 * The year of a month named without one: a qualifier or a future clause decides; otherwise a Hijri
 * month is its occurrence nearest the publication (رمضان in Rajab is the coming one), a Gregorian
 * month the one a news report most likely means (see inferYear).
 */
function yearOf(month: number, q: string | undefined, pub: Ymd, hijri: boolean): number {
  if (q !== undefined || !hijri) return inferYear(month, undefined, q, pub, hijri);
  const base = toHijri(pub);
  const distance = (y: number) => Math.abs((y - base.y) * 12 + month - base.m);
  return [base.y, base.y - 1, base.y + 1].sort((a, b) => distance(a) - distance(b))[0] ?? base.y;
}

function resolveMonth(g: Groups, pub: Ymd | undefined, future: boolean): Resolved | undefined {
  const names = [g.m1, g.m2, g.m3].filter((x): x is string => x !== undefined).map(monthOf);
  const first = names[0];
  if (!first || names.some((n) => n === undefined)) return undefined;
  const all = names as MonthName[];
  const hijri = first.system === 'hijri';
  if (all.some((n) => (n.system === 'hijri') !== hijri)) return undefined;
  const calendar = hijri ? 'islamic-umalqura' : 'gregorian';
  const system = first.system;
  if (!pub) return { calendar, certainty: 'unknown', system };
  const y = yearOf(first.month, g.q ?? (future ? 'المقبل' : undefined), pub, hijri);
  const agree = all.every((n) => n.month === first.month);
  const certainty: Certainty = !agree ? 'low' : g.q === undefined ? 'medium' : 'high';
  if (g.part !== undefined) {
    const part = partOf(g.part);
    const span = third(y, first.month, part, hijri);
    if (!span) return undefined;
    const r: Resolved =
      isoDay(span.from) === isoDay(span.to)
        ? { calendar, when: isoDay(span.from), certainty, system }
        : { calendar, from: isoDay(span.from), to: isoDay(span.to), certainty, system };
    if (hijri)
      r.whenCustom =
        typeof part === 'object'
          ? isoDay({ y, m: first.month, d: part.day })
          : isoMonth({ y, m: first.month });
    return r;
  }
  if (!hijri) return { calendar, when: isoMonth({ y, m: first.month }), certainty, system };
  const period = hijriPeriod(y, first.month);
  if (!period) return undefined;
  return {
    calendar,
    from: isoDay(period.from),
    to: isoDay(period.to),
    whenCustom: isoMonth({ y, m: first.month }),
    certainty,
    system,
  };
}

function shiftOf(q: string | undefined): number {
  if (q === undefined || /^(?:الجاري|الحالي)$/.test(q)) return 0;
  return /^(?:المقبل|القادم)$/.test(q) ? 1 : -1;
}

/**
 * Month names without a day or year (أكتوبر، شهر سبتمبر، يونيو (حزيران)، رمضان، شهر شعبان المعظم) and
 * month parts (مطلع مايو، منتصف ذي الحجة، أواخر رجب، نهاية الشهر), each resolved to the nearest
 * plausible occurrence around the publication date.
 */
export function findMonthPhrases(view: string, pub: Ymd | undefined): DateMatch[] {
  const out: DateMatch[] = [];
  for (const m of matchesWhere(view, ANY_MONTH, MONTH_PHRASE)) {
    const g = m.groups ?? {};
    // a dual form (آب (أغسطس)) names the month twice: no longer ambiguous
    const bare =
      g.part === undefined &&
      g.shahr === undefined &&
      g.hon === undefined &&
      g.q === undefined &&
      g.m2 === undefined &&
      g.m3 === undefined;
    const name = monthOf(g.m1 ?? '');
    const written = (g.m1 ?? '').replace(/\s+/g, ' ');
    // آب، ماي، صفر are too often other words even after في: they need شهر, a part or a qualifier
    if (bare && name?.ambiguous && written !== 'رجب') continue;
    if (bare && NEEDS_CUE.has(written) && !TIME_CUE.test(view.slice(Math.max(0, m.index - 12), m.index)))
      continue;
    // "تطل علينا كل عام في شهر رمضان", "كل رمضان": a habit, not a date
    if (g.q === undefined && HABIT_BEFORE.test(view.slice(Math.max(0, m.index - 16), m.index))) continue;
    const r = resolveMonth(g, pub, futureClause(view, m.index));
    if (r) out.push({ start: m.index, end: m.index + m[0].length, ...r });
  }
  for (const m of matchesWhere(view, /الشهر/, PART_OF_RELATIVE_MONTH)) {
    const g = m.groups ?? {};
    // نهاية الشهر with no qualifier after "في سبتمبر": the month the sentence is set in
    const setting =
      pub !== undefined && g.q === undefined ? monthInDiscussion(view, m.index, pub) : undefined;
    const base = pub === undefined ? undefined : (setting ?? addMonths(pub, shiftOf(g.q)));
    const span = base && third(base.y, base.m, partOf(g.part ?? ''), false);
    const r: Resolved = span
      ? {
          calendar: 'gregorian',
          from: isoDay(span.from),
          to: isoDay(span.to),
          certainty: 'medium',
          system: 'relative',
        }
      : { calendar: 'gregorian', certainty: 'unknown', system: 'relative' };
    out.push({ start: m.index, end: m.index + m[0].length, ...r });
  }
  return out;
}
