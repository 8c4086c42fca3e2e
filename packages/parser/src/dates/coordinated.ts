import { isoMonth, plausibleYear } from './calendar.js';
import { letterPattern } from './letter-pattern.js';
import { MONTH_ALTERNATION, monthOf } from './months.js';
import { type DateMatch, E } from './types.js';

// no lookbehind here: a leading alternation lets the engine skip ahead fast; the boundary is checked after
const MONTH_NAME = letterPattern(`(?<m>${MONTH_ALTERNATION})${E}`, 'gu');
const LETTER = letterPattern(String.raw`[\p{L}\p{M}\p{N}]`, 'u');
const CLITIC = /[وبلف]/;

function startsWord(view: string, at: number): boolean {
  const before = view[at - 1];
  if (before === undefined || !LETTER.test(before)) return true;
  return CLITIC.test(before) && (at < 2 || !LETTER.test(view[at - 2] as string));
}
const COORDINATION_GAP = /^\s*[،,]?\s*و?$/;
const YEAR_AFTER = /^\s*[،,]?\s*(?:عام\s+|سنة\s+)?(\d{4})(?!\d)/;

/**
 * Months listed together share the year printed after the last one: in "مارس وجوان ونوفمبر 2015"
 * each month is its own date of 2015. Replaces what the single-month reading made of the earlier ones.
 */
export function coordinatedMonths(view: string, out: DateMatch[]): void {
  const names = [...view.matchAll(MONTH_NAME)]
    .filter((m) => startsWord(view, m.index))
    .map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      month: monthOf(m.groups?.m ?? ''),
    }));
  let run: typeof names = [];
  const flush = () => {
    const last = run[run.length - 1];
    const year = last ? YEAR_AFTER.exec(view.slice(last.end)) : null;
    if (last && run.length > 1 && year && plausibleYear(Number(year[1]), false)) {
      for (const n of run.slice(0, -1)) {
        if (!n.month || n.month.system === 'hijri') continue;
        const at = out.findIndex((o) => o.start === n.start && o.end === n.end);
        if (at >= 0) out.splice(at, 1);
        const when = isoMonth({ y: Number(year[1]), m: n.month.month });
        out.push({
          start: n.start,
          end: n.end,
          calendar: 'gregorian',
          when,
          certainty: 'high',
          system: n.month.system,
        });
      }
    }
    run = [];
  };
  for (const n of names) {
    const previous = run[run.length - 1];
    if (previous && !COORDINATION_GAP.test(view.slice(previous.end, n.start))) flush();
    run.push(n);
  }
  flush();
}
