import type { Certainty } from '@warraq/schema';
import {
  addMonths,
  fromHijri,
  hijriPeriod,
  isoDay,
  isoMonth,
  isoYear,
  isValid,
  plausibleYear,
  toHijri,
  toTime,
  type Ymd,
} from './calendar.js';
import { coordinatedMonths } from './coordinated.js';
import { letterPattern } from './letter-pattern.js';
import { MONTH_ALTERNATION, type MonthName, monthOf, WEEKDAY_ALTERNATION, WEEKDAYS } from './months.js';
import { ORDINAL_DAY_ALTERNATION, ORDINAL_NIGHT_ALTERNATION, ordinalDay, ordinalNight } from './ordinals.js';
import { B, type DateMatch, E } from './types.js';
import { findBareYears } from './years.js';

const QUALIFIERS =
  'الماضي|الماضية|الفائت|الفائتة|المنصرم|المنقضي|الفارط|السابق|المقبل|المقبلة|القادم|القادمة|الجاري|الحالي';
const TIME_OF_DAY = '(?:(?:صباح|مساء|ليلة|فجر|ظهر)\\s+)?';
const WEEKDAY_PREFIX = `(?:${TIME_OF_DAY}(?:اليوم\\s+)?(?:يوم\\s+)?(?<wd>${WEEKDAY_ALTERNATION})(?:\\s+(?:القادم|المقبل|الماضي|المنقضي|الفارط))?\\s*[،,]?\\s*(?:(?:الموافق|بتاريخ)\\s+)?|${TIME_OF_DAY}اليوم\\s+)?`;
// غرة (the first) needs no من: غرة أفريل, غرة شهر رمضان
const ORDINAL_DAY = `(?:(?:الليلة\\s+(?<night>${ORDINAL_NIGHT_ALTERNATION})\\s+من\\s+|(?<od>${ORDINAL_DAY_ALTERNATION})\\s+(?:من\\s+|(?<=غرة\\s+)))(?:شهر\\s+)?)`;
// الـ5 من أغسطس: the article may stand before the digits
const DAY_PART = `(?:(?:ال\\s*ـ*\\s*)?(?<d1>\\d{1,2})(?:\\s*(?:-|–|و|الي|حتي)\\s*(?<d2>\\d{1,2}))?\\s*(?:من\\s+)?(?:شهر\\s+)?)`;
const CUE = `(?<cue>(?<=(?:^|[^\\p{L}\\p{M}])(?:شهر|في|خلال|منذ|حتي|مطلع|منتصف|اواخر|اوائل|نهاية|بداية|بحلول)\\s{1,4}))`;
const MONTHS = `(?<m1>${MONTH_ALTERNATION})${E}(?:\\s*[/\\\\]\\s*(?<m2>${MONTH_ALTERNATION})${E}|\\s*\\(\\s*(?<m3>${MONTH_ALTERNATION})\\s*\\))?`;
const ERA = '(?:\\s*(?<era>ه|م|للهجرة|للميلاد|ميلادية|ميلادي|هجرية|هجري)(?![\\p{L}\\p{N}]))?';
const YEAR_QUALIFIERS =
  'الماضي|الماضية|الفائت|الفائتة|المنصرم|المنصرمة|المنقضي|المنقضية|الفارط|الفارطة|المقبل|المقبلة|القادم|القادمة|الجاري|الجارية|الحالي|الحالية';
const YEAR_PART = `(?:\\s*[،,]?\\s*(?:من\\s+)?(?:ل?عام\\s+|ل?سنة\\s+|العام\\s+)?(?<y>\\d{4})(?!\\d)${ERA}|\\s+(?:من\\s+)?(?:العام|السنة)\\s+(?<yq>${YEAR_QUALIFIERS})${E}|\\s+(?<ythis>من\\s+(?:هذا\\s+العام|هذه\\s+السنة))${E})?`;
const QUAL = `(?:\\s+(?<q>${QUALIFIERS})${E})?`;

const TEXTUAL = letterPattern(
  `${B}${WEEKDAY_PREFIX}(?:${DAY_PART}|${ORDINAL_DAY}|${CUE})?${MONTHS}${YEAR_PART}${QUAL}`,
  'gu',
);
const NUMERIC = letterPattern(
  `${B}${WEEKDAY_PREFIX}(?:(?<d>\\d{1,2})\\s*(?<sep>[/.\\-])\\s*(?<m>\\d{1,2})\\s*\\k<sep>\\s*(?<y>\\d{4})|(?<iy>\\d{4})\\s*(?<isep>[-/])\\s*(?<im>\\d{1,2})\\s*\\k<isep>\\s*(?<id>\\d{1,2}))(?![\\d/.\\-]\\d)${ERA}`,
  'gu',
);
const YEAR_CUED = letterPattern(
  `${B}(?:(?<cue>العام|للعام|عام|السنة|للسنة|سنة|عامي|سنتي)\\s+(?:(?<kind>الهجري|الهجرية|الميلادي|الميلادية|الدراسي|الدراسية|الجامعي|الجامعية|المالي|المالية)\\s+)?|(?<=(?:^|[^\\p{L}\\p{M}])(?:منذ|خلال|حتي|مطلع|منتصف|نهاية|بداية|اواخر|اوائل|بحلول|بين)\\s{1,4})|(?<=(?:^|[^\\p{L}\\p{M}])في\\s{1,4})(?=\\d{4}(?:\\s*[،,.؛:)]|\\s*$|\\s*[مه](?![\\p{L}]))))(?<y>\\d{4})(?!\\d)${ERA}(?:\\s*(?<conn>-|–|/|و|الي|حتي)\\s*(?:عام\\s+)?(?<y2>\\d{4})(?!\\d)(?:\\s*(?<era2>ه|م)${E})?)?`,
  'gu',
);
// 1437/1438هـ: an academic or fiscal year runs over two
const YEAR_WITH_ERA = letterPattern(
  `${B}(?<y>\\d{4})(?:\\s*[/\\-–]\\s*(?<y2>\\d{4}))?\\s*(?<era>ه|م|هجري|ميلادي)(?![\\p{L}\\p{N}])`,
  'gu',
);
/**
 * "الأسبوع الأول من أغسطس", "النصف الثاني من سبتمبر": the ordinal qualifies the noun before it, so it
 * is no day of the month (اليوم الثالث من رمضان، الليلة، الموافق التاسع من يوليو are).
 */
const QUALIFIED_NOUN_BEFORE = letterPattern(
  String.raw`(?:^|[^\p{L}\p{M}])(?!(?:اليوم|الليلة|الموافق|الي|الى|الا)\s)ال[\p{L}]+\s+$`,
  'u',
);

type Groups = Record<string, string | undefined>;

// cheap tests that tell when a long pattern cannot match at all, so most text skips it
const ANY_MONTH = letterPattern(MONTH_ALTERNATION.replace(/\\s\+/g, ' '));
const ANY_YEAR = /\d{4}/;
// 1436/10/21هـ (year first) is how Saudi papers print a Hijri date
const ANY_NUMERIC = /\d\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{4}\s*[-/]\s*\d{1,2}\s*[-/]\s*\d{1,2}/;

export function findAbsoluteDates(view: string, published: Ymd | undefined): DateMatch[] {
  const out: DateMatch[] = [];
  out.push(...findBareYears(view, published));
  const hasYear = ANY_YEAR.test(view);
  const hasMonth = ANY_MONTH.test(view.replace(/\s+/g, ' '));
  if (!hasYear && !hasMonth) return out;
  for (const m of hasMonth ? view.matchAll(TEXTUAL) : []) {
    const od = m.groups?.od;
    // غرة is a noun of its own (the first of the month), qualified by nothing
    if (
      od !== undefined &&
      od !== 'غرة' &&
      QUALIFIED_NOUN_BEFORE.test(view.slice(Math.max(0, m.index - 16), m.index))
    )
      continue;
    const r = resolveTextual(m.groups ?? {}, published);
    if (r) out.push({ start: m.index, end: m.index + m[0].length, ...r });
  }
  if (hasMonth) coordinatedMonths(view, out);
  if (!hasYear) return out;
  for (const m of ANY_NUMERIC.test(view) ? view.matchAll(NUMERIC) : []) {
    const g = m.groups ?? {};
    const y = Number(g.y ?? g.iy);
    const mo = Number(g.m ?? g.im);
    const d = Number(g.d ?? g.id);
    // 22/4/1437 needs no هـ: no Gregorian year of news is that early
    const hijri = isHijriEra(g.era) || (g.era === undefined && plausibleYear(y, true));
    const r = resolveFull(y, mo, d, hijri, 'high');
    if (r) out.push({ start: m.index, end: m.index + m[0].length, ...r, system: 'numeric' });
  }
  for (const re of [YEAR_CUED, YEAR_WITH_ERA]) {
    for (const m of view.matchAll(re)) {
      const g = m.groups ?? {};
      // العام الهجري 1437: the noun's adjective names the calendar
      let hijri = isHijriEra(g.era) || isHijriEra(g.era2) || /^الهجري/.test(g.kind ?? '');
      const y = Number(g.y);
      // after the noun عام a year may be far back (عام 1006); a bare number needs to look like news
      if (!plausibleYear(y, hijri) && !(g.cue !== undefined && !hijri && y >= 1000 && y <= 2100)) continue;
      // عام 1436 without هـ is a Hijri year: news has little to say of 1300–1500 CE
      if (!hijri && g.cue !== undefined && plausibleYear(y, true)) hijri = true;
      const start = m.index;
      const cueBefore = view.slice(Math.max(0, start - 12), start);
      // "بين 1800 متقدم" is a count; "2013 و2015" two years, a range only after بين or عامي
      const between = /بين\s*$/.test(cueBefore);
      if (between && g.y2 === undefined) continue;
      if (g.conn === 'و' && !between && !/^(?:عامي|سنتي)$/.test(g.cue ?? '')) {
        const r = yearValue(y, undefined, hijri);
        const firstEnd = start + (m[0].search(/\s*و/) > 0 ? m[0].search(/\s*و/) : m[0].length);
        if (r) out.push({ start, end: firstEnd, ...r, system: 'year' });
        continue;
      }
      const r = yearValue(y, g.y2 === undefined ? undefined : Number(g.y2), hijri);
      if (r) out.push({ start, end: m.index + m[0].length, ...r, system: 'year' });
    }
  }
  return out;
}

function hijriCalendar(first: MonthName, g: Groups): DateMatch['calendar'] {
  return first.system === 'hijri' || isHijriEra(g.era) ? 'islamic-umalqura' : 'gregorian';
}

/** the year a qualifier after العام/السنة points at, relative to the publication year */
function yearShift(q: string | undefined): number {
  if (q === undefined || /^(?:الجاري|الجارية|الحالي|الحالية)$/.test(q)) return 0;
  return /^(?:المقبل|المقبلة|القادم|القادمة)$/.test(q) ? 1 : -1;
}

function isHijriEra(era: string | undefined): boolean {
  return era !== undefined && /^(?:ه|للهجرة|هجرية|هجري)$/.test(era);
}

type Resolved = Omit<DateMatch, 'start' | 'end'>;

function yearValue(y: number, y2: number | undefined, hijri: boolean): Resolved | undefined {
  if (y2 !== undefined && (!plausibleYear(y2, hijri) || y2 <= y)) return undefined;
  if (!hijri)
    return y2 === undefined
      ? { calendar: 'gregorian', when: isoYear(y), certainty: 'high', system: 'year' }
      : { calendar: 'gregorian', from: isoYear(y), to: isoYear(y2), certainty: 'high', system: 'year' };
  const first = hijriPeriod(y);
  const last = hijriPeriod(y2 ?? y);
  if (!first || !last) return undefined;
  return {
    calendar: 'islamic-umalqura',
    from: isoDay(first.from),
    to: isoDay(last.to),
    whenCustom: isoYear(y),
    certainty: 'high',
    system: 'year',
  };
}

function resolveFull(
  y: number,
  m: number,
  d: number,
  hijri: boolean,
  certainty: Certainty,
): Resolved | undefined {
  if (hijri) {
    const g = fromHijri({ y, m, d });
    if (!g || !plausibleYear(y, true)) return undefined;
    return {
      calendar: 'islamic-umalqura',
      when: isoDay(g),
      whenCustom: isoDay({ y, m, d }),
      certainty,
      system: 'hijri',
    };
  }
  if (!isValid(y, m, d) || !plausibleYear(y, false)) return undefined;
  return { calendar: 'gregorian', when: isoDay({ y, m, d }), certainty, system: 'numeric' };
}

function resolveTextual(g: Groups, published: Ymd | undefined): Resolved | undefined {
  const names = [g.m1, g.m2, g.m3].filter((x): x is string => x !== undefined).map(monthOf);
  const first = names[0];
  if (!first || names.some((n) => n === undefined)) return undefined;
  const all = names as MonthName[];
  const hijri = first.system === 'hijri' || isHijriEra(g.era);
  if (all.some((n) => (n.system === 'hijri') !== (first.system === 'hijri'))) return undefined;
  // dual forms (يوليو/تموز) must agree; when they do not, the text contradicts itself
  const agree = all.every((n) => n.month === first.month);
  const month = first.month;
  const d1 =
    g.d1 !== undefined
      ? Number(g.d1)
      : g.od !== undefined
        ? ordinalDay(g.od)
        : g.night !== undefined
          ? ordinalNight(g.night)
          : undefined;
  const d2 = g.d2 === undefined ? undefined : Number(g.d2);
  const relativeYear = g.yq !== undefined || g.ythis !== undefined;
  if (relativeYear && !published)
    return { calendar: hijriCalendar(first, g), certainty: 'unknown', system: first.system };
  const year =
    g.y !== undefined
      ? Number(g.y)
      : relativeYear && published
        ? (first.system === 'hijri' ? toHijri(published).y : published.y) + yearShift(g.yq)
        : undefined;
  const hasDay = d1 !== undefined;
  // a bare month name is a date only with a day, a year, a qualifier or a cue word before it;
  // an ambiguous one (آب، ماي، صفر، رجب) needs a day or a year
  if (!hasDay && year === undefined && g.q === undefined && (g.cue === undefined || first.ambiguous))
    return undefined;
  const certainty: Certainty = agree ? 'high' : 'low';
  const system = first.system;
  const calendar = hijri ? 'islamic-umalqura' : 'gregorian';

  let y = year;
  let inferred = false;
  if (y === undefined) {
    if (!published) return { calendar, certainty: 'unknown', system };
    y = inferYear(month, d1, g.q, published, hijri);
    inferred = true;
  }
  if (!plausibleYear(y, hijri)) return undefined;
  const cert: Certainty = inferred && g.q === undefined ? lower(certainty) : certainty;

  if (hijri) {
    if (hasDay) {
      const from = fromHijri({ y, m: month, d: d1 });
      const to = d2 === undefined ? undefined : fromHijri({ y, m: month, d: d2 });
      if (!from || (d2 !== undefined && (!to || (d2 as number) <= d1))) return undefined;
      const custom = isoDay({ y, m: month, d: d1 });
      if (to)
        return { calendar, from: isoDay(from), to: isoDay(to), whenCustom: custom, certainty: cert, system };
      return { calendar, when: isoDay(from), whenCustom: custom, certainty: cert, system };
    }
    const period = hijriPeriod(y, month);
    if (!period) return undefined;
    return {
      calendar,
      from: isoDay(period.from),
      to: isoDay(period.to),
      whenCustom: isoMonth({ y, m: month }),
      certainty: cert,
      system,
    };
  }
  if (hasDay) {
    if (!isValid(y, month, d1)) return undefined;
    if (d2 !== undefined) {
      if (!isValid(y, month, d2) || d2 <= d1) return undefined;
      return {
        calendar,
        from: isoDay({ y, m: month, d: d1 }),
        to: isoDay({ y, m: month, d: d2 }),
        certainty: cert,
        system,
      };
    }
    const r: Resolved = { calendar, when: isoDay({ y, m: month, d: d1 }), certainty: cert, system };
    if (g.wd !== undefined && WEEKDAYS.get(g.wd) !== new Date(toTime({ y, m: month, d: d1 })).getUTCDay())
      r.certainty = 'low';
    return r;
  }
  return { calendar, when: isoMonth({ y, m: month }), certainty: cert, system };
}

function lower(c: Certainty): Certainty {
  return c === 'high' ? 'medium' : 'low';
}

/**
 * The year of a day and month printed without one: "الماضي" is the latest such date before
 * publication, "المقبل" the earliest after; bare, the one nearest the publication date.
 */
export function inferYear(
  month: number,
  day: number | undefined,
  q: string | undefined,
  pub: Ymd,
  hijri: boolean,
): number {
  const base = hijri ? toHijri(pub) : pub;
  const key = (y: number) => y * 400 + month * 32 + (day ?? 0);
  const now = base.y * 400 + base.m * 32 + (day === undefined ? 0 : base.d);
  const past = q !== undefined && /^(?:الماضي|الماضية|الفائت|الفائتة|المنصرم|المنقضي|الفارط|السابق)$/.test(q);
  const future = q !== undefined && /^(?:المقبل|المقبلة|القادم|القادمة)$/.test(q);
  if (past) return key(base.y) < now ? base.y : base.y - 1;
  if (future) return key(base.y) > now ? base.y : base.y + 1;
  // nearest: within about nine months back and three ahead, as news reports mostly look back
  const candidates = [base.y - 1, base.y, base.y + 1];
  const months = (y: number) => (y - base.y) * 12 + (month - base.m);
  return candidates.find((y) => months(y) >= -9 && months(y) <= 2) ?? base.y;
}

export { addMonths };
