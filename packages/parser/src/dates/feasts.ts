import { isoDay, type Ymd } from './calendar.js';
import { nearest } from './day-month.js';
import { futureClause } from './tense.js';
import { B, type DateMatch, E } from './types.js';

/** The Hijri month and first day of each feast and holy day news names without a year. */
const FEASTS: [RegExp, number, number][] = [
  [/^عيد\s+الفطر/, 10, 1],
  [/^عيد\s+الاضحي/, 12, 10],
  [/^(?:يوم|وقفة)\s+عرف/, 12, 9],
  [/^راس\s+السنة/, 1, 1],
  [/عاشوراء$/, 1, 10],
  [/^المولد/, 3, 12],
];
const ORDINALS: Record<string, number> = { اول: 1, ثاني: 2, ثالث: 3, رابع: 4 };
const NAMES =
  'عيد\\s+الفطر|عيد\\s+الاضحي|يوم\\s+عرفة|يوم\\s+عرفات|وقفة\\s+عرفات|وقفة\\s+عرفة|راس\\s+السنة\\s+الهجرية|يوم\\s+عاشوراء|عاشوراء|المولد\\s+النبوي';
const FEAST = new RegExp(
  `${B}(?:(?<ord>اول|ثاني|ثالث|رابع)\\s+ايام\\s+)?(?:(?<name>${NAMES})|(?<=ايام\\s+)(?<eid>العيد))${E}(?:\\s+(?:المبارك|السعيد|الشريف)${E})?`,
  'gu',
);

/**
 * Feasts and holy days without a year: عيد الأضحى، ثالث أيام العيد، يوم عرفة، عاشوراء. Each is the
 * day (or nth day) of its Hijri month in the occurrence nearest the publication date, converted
 * with Umm al-Qura. "العيد" alone is whichever of the two Eids is nearer, and only as "أيام العيد".
 */
export function findFeasts(view: string, pub: Ymd | undefined): DateMatch[] {
  const out: DateMatch[] = [];
  if (!/عيد|عرف|عاشوراء|المولد|راس\s+السنة/.test(view)) return out;
  for (const m of view.matchAll(FEAST)) {
    const g = m.groups ?? {};
    if (g.eid !== undefined && g.ord === undefined) continue;
    const offset = g.ord === undefined ? 0 : (ORDINALS[g.ord] ?? 1) - 1;
    const start = m.index;
    const end = m.index + m[0].length;
    if (!pub) {
      out.push({ start, end, calendar: 'islamic-umalqura', certainty: 'unknown', system: 'hijri' });
      continue;
    }
    const future = futureClause(view, m.index);
    const name = (g.name ?? '').replace(/\s+/g, ' ');
    const candidates =
      g.eid !== undefined ? [FEASTS[0], FEASTS[1]] : FEASTS.filter(([re]) => re.test(name)).slice(0, 1);
    const readings = candidates
      .flatMap((f) => (f ? [nearest(f[2] + offset, f[1], pub, true, future)] : []))
      .filter((r) => r !== undefined)
      .sort((a, b) => a.distance - b.distance);
    const best = readings[0];
    if (!best?.hijri) continue;
    out.push({
      start,
      end,
      calendar: 'islamic-umalqura',
      when: isoDay(best.day),
      whenCustom: isoDay(best.hijri),
      certainty: 'medium',
      system: 'hijri',
    });
  }
  return out;
}
