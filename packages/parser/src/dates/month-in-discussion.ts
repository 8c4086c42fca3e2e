import { inferYear } from './absolute.js';
import type { Ymd } from './calendar.js';
import { letterPattern } from './letter-pattern.js';
import { MONTH_ALTERNATION, monthOf } from './months.js';

/** a month the clause is set in: في سبتمبر، خلال شهر أكتوبر (not the أكتوبر of "سعر أكتوبر") */
const MONTH_SETTING = letterPattern(
  `(?:^|[^\\p{L}\\p{M}])(?:في|خلال)\\s+(?:شهر\\s+)?(?<m>${MONTH_ALTERNATION})(?![\\p{L}\\p{M}])(?!\\s*[،,]?\\s*\\d)`,
  'gu',
);
const SENTENCE_END = /[.!?؟\n]/gu;

/**
 * The Gregorian month a sentence has set itself in before `at`, when it has: "يشترون النفط في سبتمبر …
 * قبل نهاية الشهر" is the end of September, "في سبتمبر بالمقارنة مع الشهر السابق" is August. Without
 * one, a bare الشهر is the month of publication (the caller's default).
 */
export function monthInDiscussion(view: string, at: number, pub: Ymd): { y: number; m: number } | undefined {
  const before = view.slice(Math.max(0, at - 200), at);
  let sentenceStart = 0;
  for (const m of before.matchAll(SENTENCE_END)) sentenceStart = m.index + 1;
  let found: { y: number; m: number } | undefined;
  for (const m of before.slice(sentenceStart).matchAll(MONTH_SETTING)) {
    const name = monthOf(m.groups?.m ?? '');
    if (!name || name.system === 'hijri' || name.ambiguous) continue;
    found = { y: inferYear(name.month, undefined, undefined, pub, false), m: name.month };
  }
  return found;
}
