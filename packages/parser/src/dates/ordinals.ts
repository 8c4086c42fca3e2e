import { alternation, phraseKey } from './words.js';

/** How one gender writes ordinals 1–31 (folded spelling): its units, teens, and the words for 21 and the tens. */
interface OrdinalForms {
  units: string[];
  /** 10, 11 and any other fixed words */
  fixed: [string, number][];
  teen: string;
  /** 21 and 31 open with these instead of the plain unit */
  firstOfTens: string[];
  /** والعشرين (and the nominative والعشرون for the feminine) */
  twenties: string[];
  thirties: string[];
}

function buildTable(forms: OrdinalForms): Map<string, number> {
  const table = new Map<string, number>(forms.fixed);
  for (const [i, unit] of forms.units.entries()) {
    table.set(unit, i + 1);
    if (i > 0) table.set(`${unit} ${forms.teen}`, i + 11);
    // 21 and 31 are الحادي (or الواحد) و…; 22–29 the plain unit
    const heads = i === 0 ? forms.firstOfTens : [unit];
    for (const head of heads) for (const tens of forms.twenties) table.set(`${head} ${tens}`, 21 + i);
    if (i === 0)
      for (const head of heads) for (const tens of forms.thirties) table.set(`${head} ${tens}`, 31);
  }
  return table;
}

/**
 * Days of the month written as ordinal words, in the folded spelling the view uses: الخامس، الخامس عشر،
 * الحادي والعشرين، الثلاثين; غرة (the first day of a month) also counts as day 1.
 */
export const ORDINAL_DAYS: ReadonlyMap<string, number> = buildTable({
  units: ['الاول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع'],
  fixed: [
    ['العاشر', 10],
    ['الحادي عشر', 11],
    ['العشرين', 20],
    ['الثلاثين', 30],
    ['غرة', 1],
  ],
  teen: 'عشر',
  firstOfTens: ['الحادي', 'الواحد'],
  twenties: ['والعشرين'],
  thirties: ['والثلاثين'],
});
export const ORDINAL_DAY_ALTERNATION = alternation(ORDINAL_DAYS.keys());

export function ordinalDay(words: string): number | undefined {
  return ORDINAL_DAYS.get(phraseKey(words));
}

/**
 * Nights of a month as feminine ordinals (الليلة الثانية والعشرون من رمضان): the night before a day
 * carries that day's number, and news dates it to that day.
 */
const ORDINAL_NIGHTS: ReadonlyMap<string, number> = buildTable({
  units: ['الاولي', 'الثانية', 'الثالثة', 'الرابعة', 'الخامسة', 'السادسة', 'السابعة', 'الثامنة', 'التاسعة'],
  fixed: [
    ['العاشرة', 10],
    ['الحادية عشرة', 11],
    ['العشرين', 20],
    ['العشرون', 20],
    ['الثلاثين', 30],
    ['الثلاثون', 30],
  ],
  teen: 'عشرة',
  firstOfTens: ['الحادية'],
  twenties: ['والعشرون', 'والعشرين'],
  thirties: [],
});
export const ORDINAL_NIGHT_ALTERNATION = alternation(ORDINAL_NIGHTS.keys());

export function ordinalNight(words: string): number | undefined {
  return ORDINAL_NIGHTS.get(phraseKey(words));
}
