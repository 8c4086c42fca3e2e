import { addDays, weekday, type Ymd } from './calendar.js';
import { WEEKDAY_ALTERNATION, WEEKDAYS } from './months.js';
import { B, E } from './types.js';

/** اليوم الخميس، أمس الأربعاء، غداً الجمعة: a deictic day the text names with its weekday */
const DEICTIC_WITH_WEEKDAY = new RegExp(
  `${B}(?<w>امس|اليوم|غدا)\\s+(?:يوم\\s+)?(?<wd>${WEEKDAY_ALTERNATION})${E}`,
  'gu',
);
const OFFSET: Record<string, number> = { امس: -1, اليوم: 0, غدا: 1 };

/** How far (within three days) a day must move to fall on a weekday; 0 when it already does. */
export function shiftToWeekday(day: Ymd, wd: number): number | undefined {
  return [0, -1, 1, -2, 2, -3, 3].find((k) => weekday(addDays(day, k)) === wd);
}

/**
 * The publication day as the text itself fixes it. Crawl dates are often a day or two off the day a
 * story was written; when every "اليوم الخميس", "أمس الأربعاء" of the article agrees on the same
 * correction, the text wins for all its deictic dates (a bare اليوم elsewhere in it is that day too).
 * Otherwise (no such phrase, or phrases that disagree) the metadata's day stands.
 */
export function publicationDayFromText(view: string, published: Ymd | undefined): Ymd | undefined {
  if (!published || !/امس|اليوم|غدا/.test(view)) return published;
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
