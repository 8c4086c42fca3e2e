import { addDays, fromIso, isoDay, isValid, toTime, type Ymd } from './calendar.js';
import type { DateMatch } from './types.js';
import { zoneOffset } from './zones.js';

/** What the text has said so far that a later expression may refer back to. */
export interface DateContext {
  /** the last day (YYYY-MM-DD) a date of the text named */
  lastDay?: string;
  /** the last year a printed (not relative) date named: ذلك العام، العام التالي */
  lastYear?: string;
  /** the last day named within a week of publication: the day the story is about */
  storyDay?: string;
  /** the first day of the last range of days (an event: اليوم الثاني is the day after it) */
  eventStart?: string;
}

const WEEK = 7 * 86_400_000;
const near = (day: string, pub: Ymd | undefined) => {
  const d = fromIso(day);
  return pub !== undefined && d !== undefined && Math.abs(toTime(d) - toTime(pub)) <= WEEK;
};

/** "يوم الخميس 24 أفريل 2014 على الساعة السادسة": a day and its hour printed as one expression */
const JOINED = /^\s*(?:[،,]\s*)?(?:علي|في)?\s*$/u;
const SENTENCE_END = /[.!?؟\n]/u;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const dayOf = (d: DateMatch) => (d.when !== undefined && DAY.test(d.when) ? d.when : undefined);
const isBareTime = (d: DateMatch) => d.when !== undefined && /^\d{2}:\d{2}/.test(d.when);

function remember(d: DateMatch, context: DateContext, pub: Ymd | undefined): void {
  const day = dayOf(d);
  if (day !== undefined) context.lastDay = day;
  if (day !== undefined && near(day, pub)) context.storyDay = day;
  const value = d.when ?? d.from;
  if (d.relative === undefined && value !== undefined && /^\d{4}/.test(value))
    context.lastYear = value.slice(0, 4);
  if (d.from !== undefined && DAY.test(d.from)) {
    context.lastDay = d.from;
    context.eventStart = d.from;
  }
}

function anaphorValue(d: DateMatch, context: DateContext): string | undefined {
  const last = context.lastDay;
  switch (d.refersTo) {
    case 'same-day':
      return last;
    case 'next-day': {
      const day = last === undefined ? undefined : fromIso(last);
      return day && isoDay(addDays(day, 1));
    }
    case 'same-month':
      return last?.slice(0, 7);
    case 'same-year':
      return context.lastYear;
    case 'next-year':
      return context.lastYear === undefined
        ? undefined
        : String(Number(context.lastYear) + 1).padStart(4, '0');
    case 'day-of-same-month': {
      const y = Number(last?.slice(0, 4));
      const m = Number(last?.slice(5, 7));
      return last !== undefined && d.n !== undefined && isValid(y, m, d.n)
        ? isoDay({ y, m, d: d.n })
        : undefined;
    }
    case 'nth-day': {
      const start = context.eventStart === undefined ? undefined : fromIso(context.eventStart);
      return start && d.n !== undefined ? isoDay(addDays(start, d.n - 1)) : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * What a date printed just after another tells it: "العاشرة من صباح اليوم", "الثامنة مساء أمس" (a time
 * before its day is one expression with it); "يوم الجمعة الموافق 6/11" (the weekday is that day).
 */
function readWithFollowingDay(view: string, dates: DateMatch[]): DateMatch[] {
  const out: DateMatch[] = [];
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i] as DateMatch;
    const next = dates[i + 1];
    const day = next && dayOf(next);
    const gap = next ? view.slice(d.end, next.start) : '';
    if (isBareTime(d) && next && day !== undefined && /^\s*(?:من\s+)?$/u.test(gap)) {
      out.push({ ...next, start: d.start, when: `${day}T${d.when}`, system: 'time', ...zoneOf(d) });
      i++;
    } else if (d.system === 'weekday' && day !== undefined && /^\s*[،,]?\s*الموافق\s*$/u.test(gap))
      out.push({ ...d, when: day, certainty: next?.certainty ?? d.certainty });
    else out.push(d);
  }
  return out;
}

/**
 * Dates that take their value from the text around them, in text order: a time of day takes the day
 * printed just before it (joined into one expression) or earlier in its sentence, else the day the
 * story is about (the last day named within a week of publication), else the publication day (a
 * wire story's closing "11:53 ت م" is the time it was filed); اليوم نفسه، ذلك
 * العام، يوم 21 من نفس الشهر follow the last day named; اليوم الثاني of an event the event's first
 * day. An anaphor with nothing to refer to is dropped. Updates the context as it goes.
 */
export function resolveInContext(
  view: string,
  dates: DateMatch[],
  published: Ymd | undefined,
  context: DateContext,
): DateMatch[] {
  const out: DateMatch[] = [];
  for (const d of readWithFollowingDay(view, dates)) {
    if (d.refersTo !== undefined) {
      const when = anaphorValue(d, context);
      if (when === undefined) continue;
      const { refersTo: _, n: __, ...rest } = d;
      const resolved: DateMatch = { ...rest, when, certainty: 'medium' };
      remember(resolved, context, published);
      out.push(resolved);
      continue;
    }
    if (!isBareTime(d)) {
      remember(d, context, published);
      out.push(d);
      continue;
    }
    const previous = out[out.length - 1];
    const previousDay = previous && dayOf(previous);
    const gap = previous ? view.slice(previous.end, d.start) : '\n';
    if (previous && previousDay !== undefined && JOINED.test(gap)) {
      out[out.length - 1] = {
        ...previous,
        end: d.end,
        when: `${previousDay}T${d.when}`,
        system: 'time',
        ...zoneOf(d),
      };
      continue;
    }
    // a time alone on its line closes a wire dispatch (// انتهى // 11:53 ت م): the day it was filed
    const alone = view.slice(0, d.start).trim() === '';
    const day =
      previousDay !== undefined && !SENTENCE_END.test(gap)
        ? previousDay
        : !alone && context.storyDay !== undefined
          ? context.storyDay
          : published
            ? isoDay(published)
            : undefined;
    out.push(day === undefined ? d : { ...d, when: `${day}T${d.when}`, certainty: 'medium' });
  }
  return out.map(withZoneOffset);
}

const zoneOf = (d: DateMatch) => (d.timeZone === undefined ? {} : { timeZone: d.timeZone });

/** A time in a zone with summer time gets the offset of its day, once it has one. */
function withZoneOffset(d: DateMatch): DateMatch {
  if (d.timeZone === undefined) return d;
  const { timeZone, ...rest } = d;
  return rest.when !== undefined && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(rest.when)
    ? { ...rest, when: `${rest.when}${zoneOffset(rest.when, timeZone)}` }
    : rest;
}
