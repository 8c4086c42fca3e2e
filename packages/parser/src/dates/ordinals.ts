import { alternation, phraseKey } from './words.js';

/**
 * Days of the month written as ordinal words, in the folded spelling the view uses: الخامس، الخامس عشر،
 * الحادي والعشرين، الثلاثين; غرة (the first day of a month) also counts as day 1.
 */
const UNITS = ['الاول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع'];

function buildOrdinals(): Map<string, number> {
  const days = new Map<string, number>([
    ['العاشر', 10],
    ['الحادي عشر', 11],
    ['العشرين', 20],
    ['الثلاثين', 30],
    ['غرة', 1],
  ]);
  for (const [i, unit] of UNITS.entries()) {
    days.set(unit, i + 1);
    if (i > 0) days.set(`${unit} عشر`, i + 11);
    // 21 and 31 are الحادي (or الواحد) و…; 22–29 the plain unit
    const twenty = i === 0 ? ['الحادي', 'الواحد'] : [unit];
    for (const u of twenty) days.set(`${u} والعشرين`, 21 + i);
    if (i === 0) for (const u of twenty) days.set(`${u} والثلاثين`, 31);
  }
  return days;
}

export const ORDINAL_DAYS: ReadonlyMap<string, number> = buildOrdinals();
export const ORDINAL_DAY_ALTERNATION = alternation(ORDINAL_DAYS.keys());

export function ordinalDay(words: string): number | undefined {
  return ORDINAL_DAYS.get(phraseKey(words));
}
