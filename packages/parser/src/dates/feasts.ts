import { fromHijri, isoDay, toHijri, toTime, type Ymd } from './calendar.js';
import { nearest } from './day-month.js';
import { letterPattern } from './letter-pattern.js';
import { futureClause } from './tense.js';
import { B, type DateMatch, E } from './types.js';

interface Feast {
  name: RegExp;
  month: number;
  day: number;
  /** the days a reader means by the plural (أيام العيد) or a season (موسم الحج) */
  lastDay: number;
}

/** The Hijri month and day of each feast and holy day news names without a year. */
const FEASTS: Feast[] = [
  { name: /^عيد\s+الفطر/, month: 10, day: 1, lastDay: 3 },
  { name: /^عيد\s+الاضحي/, month: 12, day: 10, lastDay: 13 },
  { name: /^(?:يوم|وقفة)\s+عرف/, month: 12, day: 9, lastDay: 9 },
  { name: /^موسم\s+الحج/, month: 12, day: 8, lastDay: 13 },
  { name: /^راس\s+السنة/, month: 1, day: 1, lastDay: 1 },
  { name: /عاشوراء$/, month: 1, day: 10, lastDay: 10 },
  { name: /^المولد/, month: 3, day: 12, lastDay: 12 },
];
const EIDS = FEASTS.slice(0, 2);
const ORDINALS: Record<string, number> = { اول: 1, ثاني: 2, ثالث: 3, رابع: 4 };
const NAMES =
  'عيد\\s+الفطر|عيد\\s+الاضحي|يوم\\s+عرفة|يوم\\s+عرفات|وقفة\\s+عرفات|وقفة\\s+عرفة|موسم\\s+الحج|راس\\s+السنة\\s+الهجرية|يوم\\s+عاشوراء|عاشوراء|المولد\\s+النبوي';
const FEAST = letterPattern(
  `${B}(?:(?:(?<ord>اول|ثاني|ثالث|رابع)\\s+)?(?<days>ايام)\\s+)?(?:(?<name>${NAMES})|(?<eid>العيد|للعيد)(?!\\s+(?!المبارك|السعيد)ال[\\p{L}]|\\s*\\d))${E}(?:\\s+(?:المبارك|السعيد|الشريف)${E})?(?:\\s+(?<q>الماضي|المقبل|القادم)${E})?(?:\\s+(?:في|من)\\s+العام\\s+(?<yq>المقبل|القادم|الماضي))?`,
  'gu',
);

/** عيد الأضحى الماضي: the last occurrence before the publication day */
function lastBefore(day: number, month: number, pub: Ymd): ReturnType<typeof nearest> {
  const y = toHijri(pub).y;
  for (const hy of [y, y - 1]) {
    const g = fromHijri({ y: hy, m: month, d: day });
    if (g && toTime(g) < toTime(pub))
      return { day: g, hijri: { y: hy, m: month, d: day }, distance: (toTime(pub) - toTime(g)) / 86_400_000 };
  }
  return undefined;
}

/**
 * Feasts and holy days without a year: عيد الأضحى، العيد، أيام العيد، ثالث أيام العيد، موسم الحج، يوم عرفة.
 * Each is its day (or its days, for أيام العيد and موسم الحج) in the occurrence nearest the publication
 * date in the tense of its clause, converted with Umm al-Qura; "العيد" alone is whichever Eid is nearer.
 */
export function findFeasts(view: string, pub: Ymd | undefined): DateMatch[] {
  const out: DateMatch[] = [];
  if (!/عيد|عرف|عاشوراء|المولد|الحج|راس\s+السنة/.test(view)) return out;
  for (const m of view.matchAll(FEAST)) {
    const g = m.groups ?? {};
    const start = m.index;
    const end = m.index + m[0].length;
    if (!pub) {
      out.push({ start, end, calendar: 'islamic-umalqura', certainty: 'unknown', system: 'hijri' });
      continue;
    }
    const name = (g.name ?? '').replace(/\s+/g, ' ');
    const candidates = g.eid !== undefined ? EIDS : FEASTS.filter((f) => f.name.test(name)).slice(0, 1);
    // a year named after the feast (العيد في العام المقبل) counts from the nearest one, whatever the tense
    const future =
      g.q === 'المقبل' ||
      g.q === 'القادم' ||
      (g.q === undefined && g.yq === undefined && futureClause(view, m.index));
    const past = g.q === 'الماضي';
    const shift = g.yq === undefined ? 0 : g.yq === 'الماضي' ? -1 : 1;
    const readings = candidates
      .flatMap((f) => {
        const r = past ? lastBefore(f.day, f.month, pub) : nearest(f.day, f.month, pub, true, future);
        return r?.hijri ? [{ feast: f, ...r, hijri: r.hijri }] : [];
      })
      .sort((a, b) => a.distance - b.distance);
    const best = readings[0];
    if (!best) continue;
    const { feast } = best;
    const y = best.hijri.y + shift;
    const ordinal = g.ord === undefined ? undefined : ORDINALS[g.ord];
    const firstDay = feast.day + (ordinal ?? 1) - 1;
    const seasonal = ordinal === undefined && (g.days !== undefined || /الحج/.test(name));
    const from = fromHijri({ y, m: feast.month, d: firstDay });
    const to = fromHijri({ y, m: feast.month, d: seasonal ? feast.lastDay : firstDay });
    if (!from || !to) continue;
    const r: DateMatch = {
      start,
      end,
      calendar: 'islamic-umalqura',
      whenCustom: isoDay({ y, m: feast.month, d: firstDay }),
      certainty: 'medium',
      system: 'hijri',
    };
    if (isoDay(from) === isoDay(to)) r.when = isoDay(from);
    else Object.assign(r, { from: isoDay(from), to: isoDay(to) });
    out.push(r);
  }
  return out;
}
