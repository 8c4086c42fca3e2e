import type { Certainty } from '@warraq/schema';
import { fromHijri, isoDay, isValid, toHijri, toTime, weekday, type Ymd } from './calendar.js';
import { letterPattern } from './letter-pattern.js';
import { WEEKDAY_ALTERNATION, WEEKDAYS } from './months.js';
import { B, type DateMatch } from './types.js';

/**
 * "الأربعاء الموافق 11/3", "يوم 9/5هـ": a numeric day and month without a year. Saudi and Gulf
 * papers print the Hijri day this way beside the Gregorian one, Tunisian papers the Gregorian day,
 * so the calendar is read from the text when it says (هـ), else from the weekday printed with it,
 * else it is the reading nearest the publication date.
 */
const DAY_MONTH = letterPattern(
  `${B}(?:(?:يوم\\s+)?(?<wd>${WEEKDAY_ALTERNATION})\\s*[،,]?\\s*)?(?:(?<cue>يوم\\s+)|(?<=(?:^|[^\\p{L}\\p{M}])(?:(?<wd2>${WEEKDAY_ALTERNATION})\\s*[،,]?\\s*)?(?<pcue>الموافق|بتاريخ|تاريخ|قبل|بعد|حتي|منذ|مطلع|نهاية|بداية)\\s{1,3})|)(?<d>\\d{1,2})\\s*/\\s*(?<m>\\d{1,2})(?![\\d/.]|\\s*[/.-]\\s*\\d)(?:\\s*(?<era>ه|م)(?![\\p{L}\\p{N}]))?`,
  'gu',
);

const DAY = 86_400_000;

interface Reading {
  day: Ymd;
  hijri?: Ymd;
  distance: number;
}

/** The occurrence of day d of month m nearest the publication day, in one calendar. */
export function nearest(d: number, m: number, pub: Ymd, hijri: boolean, future = false): Reading | undefined {
  const base = hijri ? toHijri(pub).y : pub.y;
  let best: Reading | undefined;
  for (const y of [base - 1, base, base + 1]) {
    const day = hijri ? fromHijri({ y, m, d }) : isValid(y, m, d) ? { y, m, d } : undefined;
    if (!day || (future && toTime(day) < toTime(pub))) continue;
    const distance = Math.abs(toTime(day) - toTime(pub)) / DAY;
    if (!best || distance < best.distance)
      best = hijri ? { day, hijri: { y, m, d }, distance } : { day, distance };
  }
  return best;
}

export function findDayMonths(view: string, pub: Ymd | undefined): DateMatch[] {
  const out: DateMatch[] = [];
  if (!pub || !/\d\s*\/\s*\d/.test(view)) return out;
  for (const match of view.matchAll(DAY_MONTH)) {
    const g = match.groups ?? {};
    // a bare "3/4" is as often a score or a fraction: it needs a weekday, a cue word or an era
    if (g.wd === undefined && g.cue === undefined && g.pcue === undefined && g.era === undefined) continue;
    const d = Number(g.d);
    const m = Number(g.m);
    if (m < 1 || m > 12 || d < 1 || d > 31) continue;
    const readings = (g.era === 'ه' ? [true] : g.era === 'م' ? [false] : [false, true])
      .map((hijri) => nearest(d, m, pub, hijri))
      .filter((r): r is Reading => r !== undefined);
    const named = g.wd ?? g.wd2;
    const wd = named === undefined ? undefined : WEEKDAYS.get(named);
    const agreeing = wd === undefined ? readings : readings.filter((r) => weekday(r.day) === wd);
    const pool = agreeing.length > 0 ? agreeing : readings;
    const best = pool.sort((a, b) => a.distance - b.distance)[0];
    if (!best || best.distance > 200) continue;
    const certainty: Certainty = wd !== undefined && agreeing.length > 0 ? 'high' : 'medium';
    const r: DateMatch = {
      start: match.index,
      end: match.index + match[0].length,
      calendar: best.hijri ? 'islamic-umalqura' : 'gregorian',
      when: isoDay(best.day),
      certainty,
      system: best.hijri ? 'hijri' : 'numeric',
    };
    if (best.hijri) r.whenCustom = isoDay(best.hijri);
    out.push(r);
  }
  return out;
}
