import { fromHijri, fromIso, isoDay } from './calendar.js';
import { letterPattern } from './letter-pattern.js';
import { ORDINAL_DAY_ALTERNATION, ordinalDay } from './ordinals.js';
import type { DateMatch } from './types.js';

/**
 * Two dates joined into one range with @from/@to: "من 5 جانفي إلى 12 فيفري 2017", "بداية من … إلى
 * غاية …", "بين 3 و7 مارس", "1433هـ ـ 1434هـ", "1437/1438هـ"; and a bare day before a date
 * ("من الخامس إلى السابع من مارس") borrows that date's month and year.
 */
const OPENER = letterPattern(
  String.raw`(?:^|[^\p{L}\p{M}])(?<open>(?:(?:في|خلال)\s+)?(?:الفترة\s+)?(?:الممتدة\s+)?(?:بداية\s+من|ابتداء\s+من|انطلاقا\s+من|اعتبارا\s+من|من|بين))\s+$`,
  'du',
);
const JOIN = /^\s*(?:الي\s+غاية|الي|حتي|وحتي|لغاية|و|-|–|—|\/)\s*$/u;
const HYPHEN_OR_SPACE = /^\s*(?:-|–|—|\/)?\s*$/u;
const BARE_DAY = letterPattern(
  `(?:^|[^\\p{L}\\p{M}])(?<open>من|بين)\\s+(?:ال)?(?<d>\\d{1,2}|${ORDINAL_DAY_ALTERNATION})\\s+(?:الي|حتي|وحتي|و)\\s*$`,
  'du',
);

const precision = (v: string) => (v.length === 4 ? 'year' : v.length === 7 ? 'month' : 'day');
const first = (d: DateMatch) => d.from ?? d.when;
const last = (d: DateMatch) => d.to ?? d.when;
const hasYear = (text: string) => /\d{4}/.test(text);

/** A's value moved into B's year when A printed none (and a year earlier when it would end after B). */
function borrowYear(a: string, b: string): string {
  const moved = `${b.slice(0, 4)}${a.slice(4)}`;
  return moved > b ? `${String(Number(b.slice(0, 4)) - 1).padStart(4, '0')}${a.slice(4)}` : moved;
}

function joinPair(view: string, a: DateMatch, b: DateMatch): DateMatch | undefined {
  const gap = view.slice(a.end, b.start);
  const from = first(a);
  const to = last(b);
  if (from === undefined || to === undefined || a.calendar !== b.calendar) return undefined;
  if (precision(from) !== precision(to) || /T|:/.test(from + to)) return undefined;
  const lookback = Math.max(0, a.start - 40);
  const opener = OPENER.exec(view.slice(lookback, a.start));
  const yearsWithEra = a.system === 'year' && b.system === 'year';
  if (!(opener && JOIN.test(gap)) && !(yearsWithEra && HYPHEN_OR_SPACE.test(gap))) return undefined;
  // "بين شهر مايو وشهر يوليو" compares two months; a range of months says من … إلى
  if (opener?.groups?.open?.endsWith('بين') && precision(from) === 'month') return undefined;
  const openAt = opener?.indices?.groups?.open?.[0];
  const start = openAt === undefined ? a.start : lookback + openAt;
  const fromValue = hasYear(view.slice(a.start, a.end)) ? from : borrowYear(from, to);
  if (fromValue >= to) return undefined;
  return {
    start,
    end: b.end,
    calendar: a.calendar,
    from: fromValue,
    to,
    certainty: b.certainty,
    system: 'range',
  };
}

export function joinRanges(view: string, dates: DateMatch[]): DateMatch[] {
  const out: DateMatch[] = [];
  for (let i = 0; i < dates.length; i++) {
    const a = dates[i] as DateMatch;
    const b = dates[i + 1];
    const joined = b && joinPair(view, a, b);
    if (joined) {
      out.push(joined);
      i++;
      continue;
    }
    out.push(withBareDay(view, a));
  }
  return out;
}

/** Day d of the Hijri month of b (whose whenCustom is its Hijri day), as a Gregorian day. */
function hijriDay(b: DateMatch, d: number): string | undefined {
  const custom = b.whenCustom === undefined ? undefined : fromIso(b.whenCustom);
  const day = custom && fromHijri({ y: custom.y, m: custom.m, d });
  return day && isoDay(day);
}

/** "من الخامس إلى السابع من مارس", "من 8 إلى 29 / 11 / 1433هـ": the day before the date opens the range. */
function withBareDay(view: string, b: DateMatch): DateMatch {
  const to = last(b);
  if (to === undefined || precision(to) !== 'day') return b;
  const lookback = Math.max(0, b.start - 40);
  const m = BARE_DAY.exec(view.slice(lookback, b.start));
  const d = m?.groups?.d;
  if (!m || d === undefined) return b;
  const day = /^\d+$/.test(d) ? Number(d) : ordinalDay(d);
  if (day === undefined || day < 1) return b;
  const fromValue =
    b.calendar === 'gregorian' ? `${to.slice(0, 8)}${String(day).padStart(2, '0')}` : hijriDay(b, day);
  if (fromValue === undefined || fromValue >= to) return b;
  const start = lookback + (m.indices?.groups?.open?.[0] ?? b.start - lookback);
  return {
    start,
    end: b.end,
    calendar: b.calendar,
    from: fromValue,
    to,
    certainty: b.certainty,
    system: 'range',
  };
}
