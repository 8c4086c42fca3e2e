import type { WarraqDocument } from '@warraq/schema';
import { walkInlines } from '@warraq/schema';

/**
 * Dates written the Arabic way, in the month names the article itself uses: Levantine/Iraqi
 * (حزيران), Maghrebi (جوان) or the Egyptian/Gulf transliterations (يونيو). Node's Intl data has
 * each list; the article's own date mentions say which one its readers know.
 */
export type MonthStyle = 'ar' | 'ar-SY' | 'ar-TN' | 'ar-MA';

const STYLES: readonly MonthStyle[] = ['ar', 'ar-SY', 'ar-TN', 'ar-MA'];

function monthNames(style: MonthStyle): string[] {
  const format = new Intl.DateTimeFormat(`${style}-u-nu-latn`, { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, m) => format.format(new Date(Date.UTC(2021, m, 1))));
}
const NAMES = new Map(STYLES.map((s) => [s, monthNames(s)]));

/** The month style of a document: the list whose names its dates use most ('ar' when none). */
export function monthStyleOf(doc: WarraqDocument): MonthStyle {
  const counts = new Map<MonthStyle, number>();
  for (const block of doc.blocks)
    walkInlines(block.content, (node) => {
      if (node.type !== 'date') return;
      // whole words only: ماي (Maghrebi May) is also the start of مايو
      const text = ` ${doc.source.text.slice(node.span.start, node.span.end).replace(/[^\p{L}\s]/gu, ' ')} `;
      for (const style of STYLES)
        if (NAMES.get(style)!.some((name) => text.includes(` ${name} `)))
          counts.set(style, (counts.get(style) ?? 0) + 1);
    });
  let best: MonthStyle = 'ar';
  for (const style of STYLES) if ((counts.get(style) ?? 0) > (counts.get(best) ?? 0)) best = style;
  return best;
}

/** "07:38Z" → "الساعة 07:38 ت غ", "09:15+03:00" → "الساعة 09:15 (UTC+03:00)": a time of day as news writes it. */
function arabicTime(time: string): string {
  const match = /^(\d{2}:\d{2})(?::\d{2})?(Z|[+-]\d{2}:\d{2})?$/.exec(time);
  if (!match) return time;
  const zone = match[2] === undefined ? '' : match[2] === 'Z' ? ' ت غ' : ` (UTC${match[2]})`;
  return `الساعة ${match[1]}${zone}`;
}

/**
 * 2021-04-01 → "1 نيسان 2021", 2021-04 → "نيسان 2021", 2021 → "2021" (Latin digits, as Arabic news
 * prints them); a date with a time of day (2015-08-03T07:38Z) or a time alone (07:38) adds the time.
 */
export function arabicDate(iso: string, style: MonthStyle = 'ar'): string {
  if (/^\d{2}:\d{2}/.test(iso)) return arabicTime(iso);
  const [day, time] = iso.split('T');
  if (time !== undefined && day !== undefined) return `${arabicDate(day, style)}، ${arabicTime(time)}`;
  const [y, m, d] = iso.split('-').map(Number);
  if (y === undefined || Number.isNaN(y)) return iso;
  if (m === undefined) return String(y);
  const date = new Date(Date.UTC(y, m - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions =
    d === undefined ? { year: 'numeric', month: 'long' } : { year: 'numeric', month: 'long', day: 'numeric' };
  return new Intl.DateTimeFormat(`${style}-u-nu-latn`, { ...options, timeZone: 'UTC' }).format(date);
}

/** The brief's own date: SOURCE_DATE_EPOCH when set (reproducible builds), else today. */
export function briefDate(env: NodeJS.ProcessEnv = process.env): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  const date = epoch !== undefined && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  return date.toISOString().slice(0, 10);
}
