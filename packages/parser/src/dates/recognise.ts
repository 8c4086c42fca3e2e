import { findAbsoluteDates } from './absolute.js';
import { findAnaphora } from './anaphora.js';
import { fromIso, type Ymd } from './calendar.js';
import { type DateContext, resolveInContext } from './context.js';
import { findDayMonths } from './day-month.js';
import { findFeasts } from './feasts.js';
import { findMonthPhrases } from './month-phrases.js';
import { joinRanges } from './ranges.js';
import { findRelativeDates } from './relative.js';
import { findTimes } from './times.js';
import type { DateMatch } from './types.js';

export type { DateContext } from './context.js';
export type { DateMatch } from './types.js';

/** The publication day, when the metadata gives one to the day. */
export function publicationDay(value: string | undefined): Ymd | undefined {
  return value === undefined ? undefined : fromIso(value);
}

/**
 * Every date expression in one block's view, absolute and relative. Where candidates overlap the
 * longest wins (then the earliest), so "يوم الثلاثاء 4 حزيران 2020" is one date, not three.
 */
export function findDates(view: string, published: Ymd | undefined, context: DateContext = {}): DateMatch[] {
  const candidates = [
    ...findAbsoluteDates(view, published),
    ...findDayMonths(view, published),
    ...findMonthPhrases(view, published),
    ...findFeasts(view, published),
    ...findRelativeDates(view, published),
    ...findTimes(view),
    ...findAnaphora(view),
  ].filter((c) => c.end > c.start);
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: DateMatch[] = [];
  const taken = new Uint8Array(view.length + 1);
  for (const c of candidates) {
    if (taken.subarray(c.start, c.end).includes(1)) continue;
    taken.fill(1, c.start, c.end);
    chosen.push(c);
  }
  const ordered = joinRanges(
    view,
    chosen.sort((a, b) => a.start - b.start),
  );
  return resolveInContext(view, ordered, published, context);
}
