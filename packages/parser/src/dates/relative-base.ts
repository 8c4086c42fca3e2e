import type { DateMatch } from './types.js';

/** What every relative resolver returns: a date match without its offsets. */
export type Resolved = Omit<DateMatch, 'start' | 'end'>;

/**
 * What places a week, month or year relative to publication, in Gulf and Levantine (الماضي، المقبل،
 * الجاري) and Maghrebi (المنقضي، الفارط) usage, masculine and feminine.
 */
export const PERIOD_QUALIFIER =
  'السابق|السابقة|الماضي|الماضية|الفائت|الفائتة|المنصرم|المنصرمة|المنقضي|المنقضية|الفارط|الفارطة|المقبل|المقبلة|القادم|القادمة|الجاري|الجارية|الحالي|الحالية';

export const past = (q: string) =>
  /^(?:السابق|الماضي|الماضية|الماضيين|الماضيتين|الفائت|الفائتة|المنصرم|المنصرمة|المنقضي|المنقضية|الفارط|الفارطة|الاخيرة|الاخيرين|السابقة)$/.test(
    q,
  );
export const future = (q: string) => /^(?:المقبل|المقبلة|المقبلين|القادم|القادمة|القادمين)$/.test(q);

/** A relative expression before resolution: it keeps its form and its anchor, certainty unknown. */
export function unresolved(expression: string, offset?: string): Resolved {
  const r: Resolved = {
    calendar: 'gregorian',
    relative: { expression, anchor: 'publication' },
    certainty: 'unknown',
    system: 'relative',
  };
  if (offset && r.relative) r.relative.offset = offset;
  return r;
}
