import { letterPattern } from './letter-pattern.js';
import { ORDINAL_DAY_ALTERNATION, ordinalDay } from './ordinals.js';
import { B, type DateMatch, E } from './types.js';
import { matchesWhere } from './words.js';

/** What an anaphoric date refers back to; resolved in text order by resolveInContext. */
export type Anaphor =
  | 'same-day'
  | 'next-day'
  | 'same-month'
  | 'same-year'
  | 'next-year'
  | 'day-of-same-month'
  | 'nth-day';

const SAME = '(?:نفسه|نفسها|ذاته|ذاتها|عينه)';
const PATTERNS: [Anaphor, RegExp, RegExp][] = [
  [
    'same-day',
    /اليوم/,
    letterPattern(`${B}(?:اليوم\\s+${SAME}|نفس\\s+اليوم|ذات\\s+اليوم|ذلك\\s+اليوم)${E}`, 'gu'),
  ],
  [
    'next-day',
    /التالي|الموالي|غداة/,
    letterPattern(
      `${B}(?:(?:صباح|مساء|ظهر|فجر)\\s+)?(?:اليوم\\s+(?:التالي|الموالي)|غداة)${E}(?!\\s+ل)`,
      'gu',
    ),
  ],
  ['same-month', /الشهر/, letterPattern(`${B}(?:الشهر\\s+${SAME}|نفس\\s+الشهر|ذات\\s+الشهر)${E}`, 'gu')],
  [
    'same-year',
    /العام|السنة/,
    letterPattern(
      `${B}(?:(?:العام|السنة)\\s+${SAME}|نفس\\s+(?:العام|السنة)|ذلك\\s+العام|تلك\\s+السنة)${E}`,
      'gu',
    ),
  ],
  [
    'next-year',
    /العام|السنة/,
    letterPattern(`${B}(?:العام\\s+التالي|السنة\\s+التالية|العام\\s+الذي\\s+تلاه)${E}`, 'gu'),
  ],
  [
    'day-of-same-month',
    /الشهر/,
    letterPattern(
      `${B}(?:يوم\\s+)?(?:ال\\s*)?(?<d>\\d{1,2})\\s+من\\s+(?:نفس\\s+الشهر|ذات\\s+الشهر|الشهر\\s+${SAME})${E}`,
      'gu',
    ),
  ],
  // اليوم الثاني (of the event the text has dated), not اليوم الثاني على التوالي nor اليوم الثاني من الشهر
  [
    'nth-day',
    /اليوم\s+ال/,
    letterPattern(
      `${B}اليوم\\s+(?<od>${ORDINAL_DAY_ALTERNATION})${E}(?!\\s+(?:علي|من|عشر|والعشرين|للمهرجان|لل))`,
      'gu',
    ),
  ],
];

/** Candidates for dates that point back at an earlier one: في اليوم نفسه، ذلك العام، العام التالي، يوم 21 من نفس الشهر. */
export function findAnaphora(view: string): DateMatch[] {
  const out: DateMatch[] = [];
  if (!/نفس|ذات|ذلك|تلك|التالي|الموالي|غداة|اليوم\s+ال/.test(view)) return out;
  for (const [refersTo, gate, re] of PATTERNS)
    for (const m of matchesWhere(view, gate, re)) {
      const g = m.groups ?? {};
      const n = g.d !== undefined ? Number(g.d) : g.od !== undefined ? ordinalDay(g.od) : undefined;
      if (refersTo === 'nth-day' && (n === undefined || n > 10)) continue;
      const r: DateMatch = {
        start: m.index,
        end: m.index + m[0].length,
        calendar: 'gregorian',
        certainty: 'unknown',
        system: 'relative',
        refersTo,
      };
      if (n !== undefined) r.n = n;
      out.push(r);
    }
  return out;
}
