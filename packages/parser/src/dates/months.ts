import { foldWord } from '../normalise/fold.js';
import { alternation, phraseKey } from './words.js';

export type MonthSystem = 'levantine' | 'egyptian-gulf' | 'maghrebi' | 'moroccan' | 'hijri';

export interface MonthName {
  month: number;
  system: MonthSystem;
  /** too often another word (آب father, صفر zero, رجب a name) to stand without a day or year */
  ambiguous: boolean;
}

// Written as printed; folded below to the view's spelling. The Gregorian lists agree with the month
// names in Node's Intl data for ar-SY / ar-EG / ar-TN / ar-MA.
const TABLE: [MonthSystem, number, string[], boolean?][] = [
  ['levantine', 1, ['كانون الثاني']],
  ['levantine', 2, ['شباط']],
  ['levantine', 3, ['آذار']],
  ['levantine', 4, ['نيسان']],
  ['levantine', 5, ['أيار']],
  ['levantine', 6, ['حزيران']],
  ['levantine', 7, ['تموز']],
  ['levantine', 8, ['آب'], true],
  ['levantine', 9, ['أيلول']],
  ['levantine', 10, ['تشرين الأول']],
  ['levantine', 11, ['تشرين الثاني']],
  ['levantine', 12, ['كانون الأول']],
  ['egyptian-gulf', 1, ['يناير']],
  ['egyptian-gulf', 2, ['فبراير']],
  ['egyptian-gulf', 3, ['مارس']],
  ['egyptian-gulf', 4, ['أبريل', 'إبريل']],
  ['egyptian-gulf', 5, ['مايو']],
  ['egyptian-gulf', 6, ['يونيو', 'يونيه']],
  ['egyptian-gulf', 7, ['يوليو', 'يوليه']],
  ['egyptian-gulf', 8, ['أغسطس', 'اغسطس']],
  ['egyptian-gulf', 9, ['سبتمبر']],
  ['egyptian-gulf', 10, ['أكتوبر']],
  ['egyptian-gulf', 11, ['نوفمبر']],
  ['egyptian-gulf', 12, ['ديسمبر']],
  ['maghrebi', 1, ['جانفي']],
  ['maghrebi', 2, ['فيفري']],
  ['maghrebi', 4, ['أفريل']],
  ['maghrebi', 5, ['ماي'], true],
  ['maghrebi', 6, ['جوان']],
  ['maghrebi', 7, ['جويلية', 'جويليه']],
  ['maghrebi', 8, ['أوت']],
  ['moroccan', 7, ['يوليوز']],
  ['moroccan', 8, ['غشت']],
  ['moroccan', 9, ['شتنبر']],
  ['moroccan', 11, ['نونبر']],
  ['moroccan', 12, ['دجنبر']],
  ['hijri', 1, ['محرم', 'المحرم']],
  ['hijri', 2, ['صفر'], true],
  ['hijri', 3, ['ربيع الأول', 'ربيع أول']],
  ['hijri', 4, ['ربيع الثاني', 'ربيع الآخر', 'ربيع ثاني', 'ربيع آخر']],
  ['hijri', 5, ['جمادى الأولى', 'جمادى الأول', 'جمادى أولى']],
  ['hijri', 6, ['جمادى الآخرة', 'جمادى الثانية', 'جمادى الآخر', 'جمادى آخرة']],
  ['hijri', 7, ['رجب'], true],
  ['hijri', 8, ['شعبان']],
  ['hijri', 9, ['رمضان']],
  ['hijri', 10, ['شوال']],
  ['hijri', 11, ['ذو القعدة', 'ذي القعدة']],
  ['hijri', 12, ['ذو الحجة', 'ذي الحجة']],
];

export const MONTHS: ReadonlyMap<string, MonthName> = new Map(
  TABLE.flatMap(([system, month, names, ambiguous]) =>
    names.map((n) => [foldWord(n), { month, system, ambiguous: ambiguous ?? false }] as const),
  ),
);

/** A regex alternation of every month name, longest first, with runs of spaces allowed inside. */
export const MONTH_ALTERNATION = alternation(MONTHS.keys());

export function monthOf(name: string): MonthName | undefined {
  return MONTHS.get(phraseKey(name));
}

const WEEKDAY_TABLE: [string, number][] = [
  ['الأحد', 0],
  ['الإثنين', 1],
  ['الاثنين', 1],
  ['الثلاثاء', 2],
  ['الأربعاء', 3],
  ['الخميس', 4],
  ['الجمعة', 5],
  ['السبت', 6],
];
export const WEEKDAYS: ReadonlyMap<string, number> = new Map(WEEKDAY_TABLE.map(([n, d]) => [foldWord(n), d]));
export const WEEKDAY_ALTERNATION = [...WEEKDAYS.keys()].join('|');
