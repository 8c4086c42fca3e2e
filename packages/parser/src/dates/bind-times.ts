import { isoDay, type Ymd } from './calendar.js';
import type { DateMatch } from './types.js';

/** What the text has said so far that a later expression may refer back to. */
export interface DateContext {
  /** the last day (YYYY-MM-DD) a date of the text named */
  lastDay?: string;
}

/** "يوم الخميس 24 أفريل 2014 على الساعة السادسة": a day and its hour printed as one expression */
const JOINED = /^\s*(?:[،,]\s*)?(?:علي|في)?\s*$/u;
const dayOf = (d: DateMatch) =>
  d.when !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(d.when) ? d.when : undefined;
const isBareTime = (d: DateMatch) => d.when !== undefined && /^\d{2}:\d{2}/.test(d.when);

/**
 * A time of day takes the day it belongs to: the day printed just before it (joined into one
 * expression), else the last day the text named, else the publication day (a wire story's closing
 * "11:53 ت م" is the time it was filed). Updates the context with each day named.
 */
export function bindTimes(
  view: string,
  dates: DateMatch[],
  published: Ymd | undefined,
  context: DateContext,
): DateMatch[] {
  const out: DateMatch[] = [];
  for (const d of dates) {
    if (!isBareTime(d)) {
      const day = dayOf(d);
      if (day !== undefined) context.lastDay = day;
      out.push(d);
      continue;
    }
    const previous = out[out.length - 1];
    const previousDay = previous && dayOf(previous);
    if (previous && previousDay !== undefined && JOINED.test(view.slice(previous.end, d.start))) {
      out[out.length - 1] = { ...previous, end: d.end, when: `${previousDay}T${d.when}`, system: 'time' };
      continue;
    }
    const day = context.lastDay ?? (published ? isoDay(published) : undefined);
    out.push(day === undefined ? d : { ...d, when: `${day}T${d.when}`, certainty: 'medium' });
  }
  return out;
}
