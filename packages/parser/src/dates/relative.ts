import type { Certainty } from '@warraq/schema';
import { foldWord } from '../normalise/fold.js';
import { addDays, addMonths, isoDay, isoMonth, isoYear, isValid, weekday, type Ymd } from './calendar.js';
import { letterPattern } from './letter-pattern.js';
import { WEEKDAY_ALTERNATION, WEEKDAYS } from './months.js';
import { ORDINAL_DAY_ALTERNATION, ordinalDay } from './ordinals.js';
import { findPeriods } from './periods.js';
import { future, PERIOD_QUALIFIER, past, type Resolved, unresolved } from './relative-base.js';
import { futureClause, scheduledClause } from './tense.js';
import { shiftToWeekday } from './text-day.js';
import { B, type DateMatch, E } from './types.js';

const SMALL_NUMBERS: Record<string, number> = Object.fromEntries(
  Object.entries({
    ثلاثة: 3,
    ثلاث: 3,
    أربعة: 4,
    أربع: 4,
    خمسة: 5,
    خمس: 5,
    ستة: 6,
    ست: 6,
    سبعة: 7,
    سبع: 7,
    ثمانية: 8,
    ثماني: 8,
    تسعة: 9,
    تسع: 9,
    عشرة: 10,
    عشر: 10,
    بضعة: 0,
    بضع: 0,
    عدة: 0,
  }).map(([k, v]) => [foldWord(k), v]),
);
const N = `\\d{1,3}|${Object.keys(SMALL_NUMBERS).join('|')}`;
const UNITS: Record<string, { unit: 'D' | 'W' | 'M' | 'Y'; count?: number }> = {
  يوم: { unit: 'D', count: 1 },
  يومين: { unit: 'D', count: 2 },
  يومان: { unit: 'D', count: 2 },
  ايام: { unit: 'D' },
  يوما: { unit: 'D' },
  اسبوع: { unit: 'W', count: 1 },
  اسبوعين: { unit: 'W', count: 2 },
  اسابيع: { unit: 'W' },
  شهر: { unit: 'M', count: 1 },
  شهرين: { unit: 'M', count: 2 },
  اشهر: { unit: 'M' },
  شهور: { unit: 'M' },
  شهرا: { unit: 'M' },
  عام: { unit: 'Y', count: 1 },
  عامين: { unit: 'Y', count: 2 },
  اعوام: { unit: 'Y' },
  عاما: { unit: 'Y' },
  سنة: { unit: 'Y', count: 1 },
  سنتين: { unit: 'Y', count: 2 },
  سنوات: { unit: 'Y' },
  سنين: { unit: 'Y' },
};
const UNIT_ALT = Object.keys(UNITS)
  .sort((a, b) => b.length - a.length)
  .join('|');
/** قبل يومين، بعد ثلاثة أسابيع، قبل نحو شهرين (an approximate offset has the same value) */
const AGO = letterPattern(
  `${B}(?<dir>قبل|بعد)\\s+(?:(?:نحو|حوالي|قرابة|زهاء)\\s+)?(?:(?<n>${N})\\s+)?(?<unit>${UNIT_ALT})${E}(?!\\s*\\d)(?!\\s+(?:من|علي|علی)${E})`,
  'gu',
);
// عشية (afternoon, evening) and صبيحة (morning) are the Maghrebi parts of a day
const TIME_OF_DAY = '(?:(?<tod>صباح|صبيحة|مساء|عشية|ظهر|ظهيرة|فجر|ليلة|ليل|عصر)\\s+)?';
const NAMED = letterPattern(
  `${B}${TIME_OF_DAY}(?<w>هذا\\s+الصباح|هذا\\s+المساء|اول\\s+من\\s+امس|اول\\s+امس|امس\\s+الاول|امس|الامس|البارحة|الليلة\\s+قبل\\s+الماضية|الليلة\\s+الماضية|اليوم|الليلة|غدا|غد|الغد|بعد\\s+غد)${E}(?:\\s+(?<wd>${WEEKDAY_ALTERNATION})${E})?`,
  'gu',
);
/**
 * "الـ 12 من الشهر الحالي", "الثالث من الشهر الجاري", "في 15 الجاري" (the Gulf press's short form): a day
 * of this (or the last, or the next) month
 */
const DAY_OF_MONTH = letterPattern(
  `${B}(?:(?:ال\\s*)?(?<d>\\d{1,2})|(?<od>${ORDINAL_DAY_ALTERNATION}))\\s+(?:من\\s+(?:هذا\\s+)?الشهر(?:\\s+(?<q>${PERIOD_QUALIFIER}))?|(?<current>الجاري))${E}(?!\\s*[/.\\-]\\s*\\d)`,
  'gu',
);
/** الجمعة الماضي، and as some write it الجمعة الماضية */
const WEEKDAY_QUALIFIER =
  'الماضي|الماضية|الفائت|الفائتة|المنصرم|المنصرمة|المنقضي|المنقضية|الفارط|الفارطة|المقبل|المقبلة|القادم|القادمة';
const WEEKDAY_REL = letterPattern(
  `${B}(?:(?:صباح|صبيحة|مساء|عشية|ظهر|ظهيرة|فجر|ليلة|ليل|عصر)\\s+)?(?:يوم\\s+)?(?<wd>${WEEKDAY_ALTERNATION})(?:\\s+(?<q>${WEEKDAY_QUALIFIER}))?${E}`,
  'gu',
);

const ANY_WEEKDAY = letterPattern(WEEKDAY_ALTERNATION);
const SECOND_WEEKDAY = letterPattern(`^\\s*و\\s*(?:يوم\\s+)?(?:${WEEKDAY_ALTERNATION})`, 'u');
const DAY_CUE_BEFORE = letterPattern(
  String.raw`(?:^|[^\p{L}\p{M}])(?:[وف]?(?:في|منذ|حتي|الي|من|يوم|بتاريخ|قبل|بعد|بحلول|اعتبارا\s+من|صباح|مساء|ظهر|فجر|ليلة)|[وف])\s*$`,
  'u',
);
/** how many days from the publication each deictic word names */
const DAY_OFFSETS: Record<string, number> = {
  'امس الاول': -2,
  'اول من امس': -2,
  'اول امس': -2,
  امس: -1,
  الامس: -1,
  البارحة: -1,
  'الليلة الماضية': -1,
  'الليلة قبل الماضية': -2,
  اليوم: 0,
  الليلة: 0,
  'هذا الصباح': 0,
  'هذا المساء': 0,
  غدا: 1,
  غد: 1,
  الغد: 1,
  'بعد غد': 2,
};
const EDITOR_GLOSS = /^\s*\(\s*(?<gloss>امس|اليوم|غدا)\s*\)/u;
/** اليوم or الليلة before a definite word other than a particle (اليوم الوطني): the day of something */
const DEFINITE_WORD_AFTER = letterPattern(String.raw`^\s+ال(?!(?:ي|ى|ا)(?![\p{L}\p{M}]))[\p{L}]`, 'u');
/** تلك الليلة، ذات الليلة …: a night already named, not tonight */
const NIGHT_OF_THAT_BEFORE = letterPattern(String.raw`(?:^|[^\p{L}\p{M}])(?:تلك|ذات|نفس|منتصف)\s+$`, 'u');
/** بين / كلا before a weekday: two weekdays joined (see bothOf) */
const BETWEEN_BEFORE = letterPattern(String.raw`(?:^|[^\p{L}\p{M}])(?:بين|كلا)\s+$`, 'u');
/** outlets whose name ends in اليوم, as they are printed before it (with an opening quote or not) */
const OUTLET_BEFORE_TODAY = letterPattern(
  String.raw`(?:^|[^\p{L}\p{M}])(?:عين|روسيا|المصري)\s*["“«]?\s*$`,
  'u',
);

/**
 * Relative expressions, resolved against the publication date and keeping their relative form:
 * أمس، اليوم، غداً، قبل يومين، منذ ثلاثة أسابيع، الأسبوع الماضي، الشهر الفائت، العام المقبل،
 * يوم الثلاثاء الماضي، الأشهر الأخيرة. Without a publication date they stay unresolved.
 */
export function findRelativeDates(view: string, published: Ymd | undefined): DateMatch[] {
  const out: DateMatch[] = [];
  const push = (start: number, end: number, r: Resolved | undefined) => {
    if (r) out.push({ start, end, ...r });
  };
  const has = (re: RegExp) => re.test(view);
  for (const m of has(/قبل|بعد/) ? view.matchAll(AGO) : []) {
    const g = m.groups ?? {};
    const u = UNITS[g.unit as string];
    if (!u) continue;
    const n = g.n === undefined ? u.count : /^\d+$/.test(g.n) ? Number(g.n) : SMALL_NUMBERS[g.n];
    if (n === undefined || n === 0 || (g.n !== undefined && u.count !== undefined)) continue;
    const sign = g.dir === 'بعد' ? 1 : -1;
    const expression = `${u.unit === 'D' ? 'days' : u.unit === 'W' ? 'weeks' : u.unit === 'M' ? 'months' : 'years'}-${sign < 0 ? 'ago' : 'later'}`;
    const offset = `${sign < 0 ? '-' : ''}P${n}${u.unit}`;
    push(
      m.index,
      m.index + m[0].length,
      resolveOffset(expression, offset, u.unit, sign * n, published, sign > 0),
    );
  }
  for (const m of has(/امس|البارحة|اليوم|غد|الليلة|الصباح|المساء/) ? view.matchAll(NAMED) : []) {
    const g = m.groups ?? {};
    const w = (g.w as string).replace(/\s+/g, ' ');
    if (notTheDay(w, g, view, m.index, m.index + m[0].length)) continue;
    // a quote's "اليوم (أمس)": the editor's gloss in brackets says which day the speaker's today was
    const gloss =
      g.wd === undefined ? EDITOR_GLOSS.exec(view.slice(m.index + m[0].length))?.groups?.gloss : undefined;
    const days = DAY_OFFSETS[gloss ?? w] ?? 1;
    const expression =
      days === -2
        ? 'day-before-yesterday'
        : days === -1
          ? 'yesterday'
          : days === 0
            ? w === 'الليلة'
              ? 'tonight'
              : 'today'
            : days === 1
              ? 'tomorrow'
              : 'day-after-tomorrow';
    const offset = days === 0 ? 'P0D' : `${days < 0 ? '-' : ''}P${Math.abs(days)}D`;
    const r = resolveOffset(expression, offset, 'D', days, published, false);
    if (r && published && g.wd !== undefined)
      agreeWithWeekday(r, addDays(published, days), WEEKDAYS.get(g.wd));
    push(m.index, m.index + m[0].length, r);
  }
  out.push(...findPeriods(view, published));
  for (const m of has(/الشهر|الجاري/) ? view.matchAll(DAY_OF_MONTH) : []) {
    const g = m.groups ?? {};
    // the month of "12/8 الجاري", not a day of its own
    if (/\d\s*[/.-]\s*$/u.test(view.slice(Math.max(0, m.index - 4), m.index))) continue;
    // "الأسبوع الأول من الشهر المقبل": an ordinal day needs a preposition before it, not a noun it qualifies
    if (g.od !== undefined && !DAY_CUE_BEFORE.test(view.slice(Math.max(0, m.index - 12), m.index))) continue;
    const day = g.d !== undefined ? Number(g.d) : ordinalDay(g.od ?? '');
    if (day !== undefined) push(m.index, m.index + m[0].length, resolveDayOfMonth(day, g.q, published));
  }
  for (const m of has(ANY_WEEKDAY) ? view.matchAll(WEEKDAY_REL) : []) {
    const g = m.groups ?? {};
    if (g.wd === 'الاثنين' && bothOf(view, m.index, m.index + m[0].length)) continue;
    push(
      m.index,
      m.index + m[0].length,
      resolveWeekday(
        WEEKDAYS.get(g.wd as string) as number,
        g.q,
        published,
        g.q === undefined && (futureClause(view, m.index) || scheduledClause(view, m.index)),
      ),
    );
  }
  return out;
}

/**
 * Where a word that names a day does not: "اليوم الأول", "اليوم الوطني", "الليلة الأولى" (the day or
 * night of something; but "يصل اليوم إلى", folded الي, and "اليوم إلا" are today before a particle);
 * outlets (عين اليوم); "في أمس الحاجة" (in direst need, أمس as the elative of مسّ), "الأمس القريب" (the
 * recent past); "على مدار اليوم",
 * "تلك الليلة" (any day, that night); لامس (a verb, touched); الغد alone, as often a newspaper (صحيفة الغد).
 */
function notTheDay(
  w: string,
  g: Record<string, string | undefined>,
  view: string,
  start: number,
  end: number,
): boolean {
  const rest = view.slice(end);
  const before = view.slice(Math.max(0, start - 12), start);
  if (w === 'اليوم' || w === 'الليلة') {
    if (g.wd === undefined && DEFINITE_WORD_AFTER.test(rest)) return true;
    if (/(?:مدار|طوال|طيلة|كل)\s+$/u.test(before)) return true;
  }
  if (w === 'اليوم' && g.tod === undefined && OUTLET_BEFORE_TODAY.test(before)) return true;
  if (w === 'الليلة' && NIGHT_OF_THAT_BEFORE.test(before)) return true;
  if (w === 'امس' && (/^\s+(?:ال)?حاج/u.test(rest) || view[start - 1] === 'ل')) return true;
  // "الأمس القريب": the recent past, not yesterday
  if ((w === 'امس' || w === 'الامس') && /^\s+القريب/u.test(rest)) return true;
  return w === 'الغد' && g.tod === undefined;
}

/**
 * الاثنين is also "the two": "التفريق بين الاثنين", "كلا الاثنين" name two things, not Monday, unless
 * a second day follows (بين الاثنين والخميس).
 */
function bothOf(view: string, start: number, end: number): boolean {
  const before = view.slice(Math.max(0, start - 6), start);
  return BETWEEN_BEFORE.test(before) && !SECOND_WEEKDAY.test(view.slice(end));
}

/**
 * "اليوم الخميس" in a story dated Friday: the printed weekday wins over a publication date a day off
 * (crawl dates often are); the nearest day with that weekday, within three days, with lower certainty.
 */
function agreeWithWeekday(r: Resolved, day: Ymd, wd: number | undefined): void {
  if (wd === undefined) return;
  const shift = shiftToWeekday(day, wd);
  if (shift === undefined || shift === 0) return;
  r.when = isoDay(addDays(day, shift));
  r.certainty = 'low';
}

function resolveOffset(
  expression: string,
  offset: string,
  unit: 'D' | 'W' | 'M' | 'Y',
  n: number,
  pub: Ymd | undefined,
  forward: boolean,
): Resolved {
  const r = unresolved(expression, offset);
  if (!pub) return r;
  // days are exact; weeks land on a day a reader would name; months and years on the month or year
  const certainty: Certainty = forward ? 'medium' : unit === 'D' ? 'high' : 'medium';
  if (unit === 'D') r.when = isoDay(addDays(pub, n));
  else if (unit === 'W') r.when = isoDay(addDays(pub, 7 * n));
  else if (unit === 'M') r.when = isoMonth(addMonths(pub, n));
  else r.when = isoYear(pub.y + n);
  r.certainty = certainty;
  return r;
}

function resolveDayOfMonth(day: number, q: string | undefined, pub: Ymd | undefined): Resolved | undefined {
  const shift = q === undefined ? 0 : past(q) ? -1 : future(q) ? 1 : 0;
  const r = unresolved(
    shift < 0 ? 'day-of-last-month' : shift > 0 ? 'day-of-next-month' : 'day-of-this-month',
  );
  if (!pub) return r;
  const month = addMonths(pub, shift);
  if (!isValid(month.y, month.m, day)) return undefined;
  r.when = isoDay({ y: month.y, m: month.m, d: day });
  r.certainty = q === undefined ? 'medium' : 'high';
  return r;
}

/**
 * A weekday: with الماضي the last one, with المقبل the next one (a week on if it is today); alone, the
 * nearest one in the tense of its clause, today included (سيقام يوم الخميس on a Thursday is today).
 */
function resolveWeekday(
  wd: number,
  q: string | undefined,
  pub: Ymd | undefined,
  futureTense: boolean,
): Resolved {
  if (futureTense && pub) {
    const r = unresolved('next-weekday');
    r.system = 'weekday';
    r.when = isoDay(addDays(pub, (wd - weekday(pub) + 7) % 7));
    r.certainty = 'medium';
    return r;
  }
  const dir = q === undefined ? 0 : future(q) ? 1 : -1;
  const r = unresolved(dir < 0 ? 'last-weekday' : dir > 0 ? 'next-weekday' : 'weekday');
  r.system = 'weekday';
  if (!pub) return r;
  const today = weekday(pub);
  let delta: number;
  if (dir < 0) delta = -((today - wd + 7) % 7 || 7);
  else if (dir > 0) delta = (wd - today + 7) % 7 || 7;
  else delta = -((today - wd + 7) % 7); // a weekday named alone: this week's, on or before publication
  r.when = isoDay(addDays(pub, delta));
  r.certainty = dir === 0 ? 'medium' : 'high';
  return r;
}
