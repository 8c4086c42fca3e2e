import { findAbsoluteDates } from './absolute.js';
import { addDays, fromIso, toTime, weekday, type Ymd } from './calendar.js';
import { letterPattern } from './letter-pattern.js';
import { WEEKDAY_ALTERNATION, WEEKDAYS } from './months.js';
import { B, E } from './types.js';

/** اليوم الخميس، أمس الأربعاء، غداً الجمعة: a deictic day the text names with its weekday */
const DEICTIC_WITH_WEEKDAY = letterPattern(
  `${B}(?<w>امس|اليوم|غدا)\\s+(?:يوم\\s+)?(?<wd>${WEEKDAY_ALTERNATION})${E}`,
  'gu',
);
const OFFSET: Record<string, number> = { امس: -1, اليوم: 0, غدا: 1 };
/** the Gregorian date an SPA dispatch opens with, just before واس */
const SPA_DATELINE = letterPattern(
  String.raw`^[\s\S]{0,300}?(?<date>\d{1,2}\s+[\p{L}]+\s+\d{4})\s*م?\s*\(?\s*واس(?![\p{L}])`,
  'u',
);
const DAY_MS = 86_400_000;

/** The day an SPA dateline prints, when it is within ten days of the crawl date (else a misreading). */
function datelineDay(view: string, published: Ymd): Ymd | undefined {
  const printed = SPA_DATELINE.exec(view)?.groups?.date;
  if (printed === undefined) return undefined;
  const when = findAbsoluteDates(printed, published).find((d) => d.calendar === 'gregorian')?.when;
  const day = when === undefined ? undefined : fromIso(when);
  if (!day || when?.length !== 10) return undefined;
  return Math.abs(toTime(day) - toTime(published)) <= 10 * DAY_MS ? day : undefined;
}

/** How far (within three days) a day must move to fall on a weekday; 0 when it already does. */
export function shiftToWeekday(day: Ymd, wd: number): number | undefined {
  return [0, -1, 1, -2, 2, -3, 3].find((k) => weekday(addDays(day, k)) === wd);
}

/**
 * The publication day as the text itself fixes it. Crawl dates are often a day or two off the day a
 * story was written; when every "اليوم الخميس", "أمس الأربعاء" of the article agrees on the same
 * correction, the text wins for all its deictic dates (a bare اليوم elsewhere in it is that day too).
 * A Saudi Press Agency dateline ("أبها 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس") fixes the day
 * first. Otherwise (no such phrase, or phrases that disagree) the metadata's day stands.
 */
export function publicationDayFromText(view: string, published: Ymd | undefined): Ymd | undefined {
  if (!published) return published;
  const dateline = datelineDay(view, published);
  if (dateline) return dateline;
  if (!/امس|اليوم|غدا/.test(view)) return published;
  const shifts = new Set<number>();
  for (const m of view.matchAll(DEICTIC_WITH_WEEKDAY)) {
    const wd = WEEKDAYS.get(m.groups?.wd ?? '');
    const offset = OFFSET[m.groups?.w ?? ''];
    if (wd === undefined || offset === undefined) continue;
    shifts.add(shiftToWeekday(addDays(published, offset), wd) ?? Number.NaN);
  }
  const [shift] = shifts;
  return shifts.size === 1 && shift !== undefined && Number.isFinite(shift) && shift !== 0
    ? addDays(published, shift)
    : published;
}
