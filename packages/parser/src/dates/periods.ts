import { addDays, addMonths, isoDay, isoMonth, isoYear, weekday, type Ymd } from './calendar.js';
import { letterPattern } from './letter-pattern.js';
import { monthInDiscussion } from './month-in-discussion.js';
import { WEEKDAY_ALTERNATION, WEEKDAYS } from './months.js';
import { future, PERIOD_QUALIFIER, past, type Resolved, unresolved } from './relative-base.js';
import { B, type DateMatch, E } from './types.js';
import { matchesWhere } from './words.js';

const PERIOD = letterPattern(
  `${B}(?:(?:مطلع|اوائل|منتصف|اواخر|نهاية|بداية)\\s+)?(?:ال|لل)(?<p>اسبوع|شهر|عام|سنة)\\s+(?<before>قبل\\s+)?(?<q>${PERIOD_QUALIFIER})${E}`,
  'gu',
);
/** الأسبوع الذي سبقه، العام الذي تلاه، الشهر الذي يليه: the period before or after one just named */
const PERIOD_BESIDE = letterPattern(
  `${B}(?:ال|لل)(?<p>اسبوع|شهر|عام|سنة)\\s+(?:الذي|التي)\\s+(?<rel>سبقه|سبقها|قبله|قبلها|تلاه|تلاها|يليه|يليها|بعده|بعدها)${E}`,
  'gu',
);
/** هذا العام، هذا الشهر، هذا الأسبوع، هذه السنة، مطلع العام، بداية الأسبوع (نهاية الأسبوع is the weekend: VAGUE) */
const THIS_PERIOD = letterPattern(
  `${B}(?:(?:هذا|هذه)\\s+(?<p>الاسبوع|الشهر|العام|السنة)|(?:مطلع|بداية|منتصف|نهاية|اواخر)\\s+(?<py>العام|السنة)(?!\\s+(?:ال|\\d)|\\s*\\d)|(?:مطلع|بداية|منتصف)\\s+(?<pw>الاسبوع)(?!\\s+(?:ال|\\d)|\\s*\\d))${E}`,
  'gu',
);

const COUNTS: Record<string, number> = {
  الثلاث: 3,
  الثلاثة: 3,
  الاربع: 4,
  الاربعة: 4,
  الخمس: 5,
  الخمسة: 5,
  الست: 6,
  الستة: 6,
  السبع: 7,
  السبعة: 7,
  الثماني: 8,
  الثمانية: 8,
  التسع: 9,
  التسعة: 9,
  العشر: 10,
  العشرة: 10,
};
const COUNT = Object.keys(COUNTS).join('|');
const DUALS: Record<string, string> = {
  العامين: 'years',
  السنتين: 'years',
  الشهرين: 'months',
  الاسبوعين: 'weeks',
  اليومين: 'days',
};
const RECENT_Q =
  'الاخيرة|الماضية|الفائتة|المقبلة|القادمة|المنصرمة|السابقة|الماضيين|الاخيرين|المقبلين|القادمين';
/** الأشهر الأخيرة، الأشهر الثلاثة الماضية، الثلاثة أشهر الماضية، العامين الماضيين */
const RECENT = letterPattern(
  `${B}(?:(?<p>الاشهر|الشهور|الايام|الاسابيع|السنوات|الاعوام|السنين)\\s+(?:(?:(?<n>${COUNT})|القليلة)\\s+)?|(?<n2>${COUNT})\\s+(?<p2>اشهر|ايام|اسابيع|سنوات|اعوام)\\s+|(?<dual>${Object.keys(DUALS).join('|')})\\s+)(?<q>${RECENT_Q})${E}`,
  'gu',
);
/** what makes a time noun deictic: الماضي، المقبل، الحالي، الراهن، الفائت … */
const VAGUE_QUALIFIER =
  'الماضية|الماضي|المقبلة|المقبل|القادمة|القادم|الحالية|الحالي|الراهنة|الراهن|الاخيرة|الجارية|الجاري|المنصرم|المنصرمة|المنقضي|المنقضية|الفارط|الفارطة|الفائتة|الفائت|السابقة|السابق';
/**
 * Periods a reader cannot place on the calendar (الفترة الماضية، الموسم المقبل، الآونة الأخيرة، العقد
 * الماضي، العقود الماضية، الموسمين الماضيين، هذا الصيف): still time expressions, marked without a value.
 */
const VAGUE = letterPattern(
  `${B}(?:(?:مطلع|بداية|منتصف|نهاية|اواخر)\\s+(?:ال|لل)(?:عقد|قرن)(?:\\s+(?:الماضي|الجديد|الحالي|المقبل|المنصرم))?|(?:ال|لل)(?:عقد|قرن)\\s+(?:الماضي|الجديد|الحالي|المقبل|المنصرم)|(?:ال|لل)(?:فترة|موسم|اونة|صيف|صائفة|شتاء|ربيع|خريف|ساعات|ساعة|مرحلة|زمن)(?:\\s+(?:الرياضي|القليلة|القريبة))?\\s+(?:${VAGUE_QUALIFIER})|(?:ال|لل)(?:عقود|عقدين|مواسم|موسمين|فترات)(?:\\s+القليلة)?\\s+(?:${VAGUE_QUALIFIER}|الماضيين|الاخيرين|المقبلين|القادمين)|ال\\s*ـ?\\s*\\d{1,3}\\s+(?:ساعة|ساعات)\\s+(?:${VAGUE_QUALIFIER})|(?:هذا|هذه)\\s+(?:الصيف|الشتاء|الموسم|الفترة|الايام)|نهاية\\s+الاسبوع(?!\\s+(?:${PERIOD_QUALIFIER}))|قبل\\s+(?:ايام|اسابيع|اشهر|شهور|سنوات|اعوام|فترة|موسمين|مواسم)(?:\\s+قليلة)?(?!\\s+(?:من|علي)\\s))${E}`,
  'gu',
);

/** يوم الإثنين من الأسبوع الماضي: a weekday of a named week */
const WEEKDAY_OF_WEEK = letterPattern(
  `${B}(?:(?:صباح|مساء|ظهر|فجر|ليلة|عصر)\\s+)?(?:يوم\\s+)?(?<wd>${WEEKDAY_ALTERNATION})\\s+(?:من\\s+)?الاسبوع\\s+(?<q>${PERIOD_QUALIFIER})${E}`,
  'gu',
);

/** The Arab week (Saturday to Friday) that holds a day, moved by n weeks. */
function arabWeek(day: Ymd, n: number): { from: Ymd; to: Ymd } {
  const saturday = addDays(day, -((weekday(day) + 1) % 7) + 7 * n);
  return { from: saturday, to: addDays(saturday, 6) };
}

export function weekValue(pub: Ymd, n: number): { from: string; to: string } {
  const w = arabWeek(pub, n);
  return { from: isoDay(w.from), to: isoDay(w.to) };
}

/** the week, month or year named by its qualifier; قبل الماضي (the one before last) is two back */
function resolvePeriod(p: string, q: string, pub: Ymd | undefined, twoBack = false): Resolved {
  return periodAt(p, twoBack ? -2 : past(q) ? -1 : future(q) ? 1 : 0, pub);
}

/** The week, month or year dir units from the current one (dir -1: the last one). */
function periodAt(p: string, dir: number, pub: Ymd | undefined): Resolved {
  const kind = p === 'الاسبوع' ? 'week' : p === 'الشهر' ? 'month' : 'year';
  const expression =
    dir === -2
      ? `${kind}-before-last`
      : dir === 2
        ? `${kind}-after-next`
        : `${dir < 0 ? 'last' : dir > 0 ? 'next' : 'this'}-${kind}`;
  const offset =
    dir === 0
      ? undefined
      : `${dir < 0 ? '-' : ''}P${Math.abs(dir)}${kind === 'week' ? 'W' : kind === 'month' ? 'M' : 'Y'}`;
  const r = unresolved(expression, offset);
  if (!pub) return r;
  r.certainty = 'high';
  if (kind === 'year') r.when = isoYear(pub.y + dir);
  else if (kind === 'month') r.when = isoMonth(addMonths(pub, dir));
  // which day opens a week is a convention (the Arab week, Saturday to Friday): medium certainty
  else Object.assign(r, weekValue(pub, dir), { certainty: 'medium' });
  return r;
}

const lastDayOf = (y: number, m: number): Ymd => ({ y, m, d: new Date(Date.UTC(y, m, 0)).getUTCDate() });

/** The n whole units before (or after) the current one, as inclusive days. */
function wholeUnits(unit: string, n: number, dir: number, pub: Ymd): { from: Ymd; to: Ymd } {
  if (unit === 'years')
    return dir < 0
      ? { from: { y: pub.y - n, m: 1, d: 1 }, to: { y: pub.y - 1, m: 12, d: 31 } }
      : { from: { y: pub.y + 1, m: 1, d: 1 }, to: { y: pub.y + n, m: 12, d: 31 } };
  if (unit === 'months') {
    const a = addMonths(pub, dir < 0 ? -n : 1);
    const b = addMonths(pub, dir < 0 ? -1 : n);
    return { from: { ...a, d: 1 }, to: lastDayOf(b.y, b.m) };
  }
  if (unit === 'weeks')
    return dir < 0
      ? { from: arabWeek(pub, -n).from, to: arabWeek(pub, -1).to }
      : { from: arabWeek(pub, 1).from, to: arabWeek(pub, n).to };
  return dir < 0
    ? { from: addDays(pub, -n), to: addDays(pub, -1) }
    : { from: addDays(pub, 1), to: addDays(pub, n) };
}

const UNIT_OF: Record<string, string> = {
  الاشهر: 'months',
  الشهور: 'months',
  اشهر: 'months',
  الايام: 'days',
  ايام: 'days',
  الاسابيع: 'weeks',
  اسابيع: 'weeks',
};

function resolveRecent(g: Record<string, string | undefined>, pub: Ymd | undefined): Resolved {
  const q = g.q ?? '';
  const dir = future(q) ? 1 : -1;
  const word = g.p ?? g.p2 ?? '';
  const unit = g.dual !== undefined ? (DUALS[g.dual] ?? 'years') : (UNIT_OF[word] ?? 'years');
  const counted = g.n ?? g.n2;
  const n = g.dual !== undefined ? 2 : counted !== undefined ? COUNTS[counted] : undefined;
  const r = unresolved(`${dir < 0 ? 'recent' : 'coming'}-${unit}`);
  if (!pub) return r;
  if (n !== undefined) {
    const span = wholeUnits(unit, n, dir, pub);
    r.certainty = 'high';
    r.from = isoDay(span.from);
    r.to = isoDay(span.to);
    return r;
  }
  // "the last months" names no number: a low-certainty span of a few of them
  r.certainty = 'low';
  const span = { months: 3, days: 7, weeks: 21, years: 3 }[unit as 'months'] ?? 3;
  if (unit === 'months') {
    const a = addMonths(pub, dir * span);
    r.from = isoMonth(dir < 0 ? a : { y: pub.y, m: pub.m });
    r.to = isoMonth(dir < 0 ? { y: pub.y, m: pub.m } : a);
  } else if (unit === 'years') {
    r.from = isoYear(dir < 0 ? pub.y - span : pub.y);
    r.to = isoYear(dir < 0 ? pub.y : pub.y + span);
  } else {
    r.from = isoDay(dir < 0 ? addDays(pub, -span) : pub);
    r.to = isoDay(dir < 0 ? pub : addDays(pub, span));
  }
  return r;
}

/** Periods relative to the publication: this/last/next week, month and year, recent months, vague periods. */
export function findPeriods(view: string, pub: Ymd | undefined): DateMatch[] {
  const out: DateMatch[] = [];
  const push = (m: RegExpMatchArray, r: Resolved) =>
    out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, ...r });
  const named: { unit: string; dir: number; end: number }[] = [];
  for (const m of matchesWhere(view, /اسبوع|شهر|عام|سنة/, PERIOD)) {
    const q = m.groups?.q ?? '';
    const twoBack = m.groups?.before !== undefined && past(q);
    // للعام الحالي is ل + العام الحالي
    const unit = `ال${m.groups?.p ?? ''}`;
    const r = resolvePeriod(unit, q, pub, twoBack);
    named.push({
      unit,
      dir: twoBack ? -2 : past(q) ? -1 : future(q) ? 1 : 0,
      end: (m.index ?? 0) + m[0].length,
    });
    // "في سبتمبر بالمقارنة مع الشهر السابق": السابق is the one before the month named, not before publication
    const setting =
      pub && m.groups?.p === 'شهر' && /^السابق/.test(m.groups?.q ?? '')
        ? monthInDiscussion(view, m.index ?? 0, pub)
        : undefined;
    if (setting)
      Object.assign(r, { when: isoMonth(addMonths({ ...setting, d: 1 }, -1)), certainty: 'medium' });
    push(m, r);
  }
  // "خلال الأسبوع الماضي، بزيادة عن الأسبوع الذي سبقه": one before (or after) the period just named
  for (const m of matchesWhere(view, /الذي|التي/, PERIOD_BESIDE)) {
    const unit = `ال${m.groups?.p ?? ''}`;
    const antecedent = named.filter((n) => n.unit === unit && n.end <= (m.index ?? 0)).at(-1);
    if (!antecedent) continue;
    const step = /^(?:سبق|قبل)/.test(m.groups?.rel ?? '') ? -1 : 1;
    push(m, periodAt(unit, antecedent.dir + step, pub));
  }
  for (const m of matchesWhere(view, /هذا|هذه|العام|السنة|الاسبوع/, THIS_PERIOD))
    push(m, resolvePeriod(m.groups?.p ?? m.groups?.py ?? m.groups?.pw ?? '', 'الجاري', pub));
  for (const m of matchesWhere(
    view,
    /الاشهر|الشهور|الايام|الاسابيع|السنوات|الاعوام|السنين|اشهر|ايام|اسابيع|سنوات|اعوام|العامين|السنتين|الشهرين|الاسبوعين|اليومين/,
    RECENT,
  ))
    push(m, resolveRecent(m.groups ?? {}, pub));
  for (const m of matchesWhere(view, /الاسبوع/, WEEKDAY_OF_WEEK)) {
    const g = m.groups ?? {};
    const q = g.q ?? '';
    const dir = past(q) ? -1 : future(q) ? 1 : 0;
    const r = unresolved(
      dir < 0 ? 'weekday-of-last-week' : dir > 0 ? 'weekday-of-next-week' : 'weekday-of-this-week',
    );
    if (pub) {
      r.when = isoDay(addDays(arabWeek(pub, dir).from, ((WEEKDAYS.get(g.wd ?? '') ?? 0) + 1) % 7));
      r.certainty = 'high';
    }
    push(m, r);
  }
  for (const m of matchesWhere(
    view,
    /عقد|عقود|قرن|فترة|فترات|موسم|مواسم|اونة|صيف|صائفة|شتاء|ربيع|خريف|ساعة|ساعات|مرحلة|زمن|الايام|الاسبوع|قبل/,
    VAGUE,
  ))
    push(m, { ...unresolved('vague-period'), certainty: 'low' });
  return out;
}
