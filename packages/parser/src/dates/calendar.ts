/** Calendar arithmetic on plain dates (UTC, no time zones), and Umm al-Qura conversion through Intl. */

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const DAY = 86_400_000;

export function fromIso(iso: string): Ymd | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : undefined;
}

export function isValid(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate() && y >= 1 && y <= 9999;
}

export function toTime(x: Ymd): number {
  const t = new Date(0);
  t.setUTCFullYear(x.y, x.m - 1, x.d);
  return t.getTime();
}

export function fromTime(t: number): Ymd {
  const d = new Date(t);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
}

export function addDays(x: Ymd, n: number): Ymd {
  return fromTime(toTime(x) + n * DAY);
}

/** year and month moved by n months (the day is dropped: month precision) */
export function addMonths(x: Ymd, n: number): { y: number; m: number } {
  const k = x.y * 12 + (x.m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12) + 1 };
}

export function weekday(x: Ymd): number {
  return new Date(toTime(x)).getUTCDay();
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
export const isoDay = (x: Ymd) => `${pad(x.y, 4)}-${pad(x.m)}-${pad(x.d)}`;
export const isoMonth = (x: { y: number; m: number }) => `${pad(x.y, 4)}-${pad(x.m)}`;
export const isoYear = (y: number) => pad(y, 4);

const hijriFormat = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

export function toHijri(x: Ymd): Ymd {
  const parts = hijriFormat.formatToParts(new Date(toTime(x)));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? Number.NaN);
  return { y: get('year'), m: get('month'), d: get('day') };
}

/** The Gregorian day of an Umm al-Qura date, or undefined if that date does not exist. */
export function fromHijri(h: Ymd): Ymd | undefined {
  if (h.m < 1 || h.m > 12 || h.d < 1 || h.d > 30 || h.y < 1 || h.y > 2000) return undefined;
  // mean lengths put the estimate within a day or two; Intl settles it
  const epoch = Date.UTC(622, 6, 19);
  const estimate = epoch + Math.round((h.y - 1) * 354.36667 + (h.m - 1) * 29.5306 + (h.d - 1)) * DAY;
  for (let k = 0; k <= 6; k++) {
    for (const sign of k === 0 ? [0] : [-1, 1]) {
      const g = fromTime(estimate + sign * k * DAY);
      const back = toHijri(g);
      if (back.y === h.y && back.m === h.m && back.d === h.d) return g;
    }
  }
  return undefined;
}

/** First and last Gregorian days of a Hijri month (or year, when m is undefined). */
export function hijriPeriod(y: number, m?: number): { from: Ymd; to: Ymd } | undefined {
  const from = fromHijri({ y, m: m ?? 1, d: 1 });
  const nextStart =
    m === undefined || m === 12 ? fromHijri({ y: y + 1, m: 1, d: 1 }) : fromHijri({ y, m: m + 1, d: 1 });
  if (!from || !nextStart) return undefined;
  return { from, to: addDays(nextStart, -1) };
}

/** Years news text means: Gregorian 1800–2100, Hijri 1300–1500 (a bare 2254 is a number, not a year). */
export function plausibleYear(y: number, hijri: boolean): boolean {
  return hijri ? y >= 1300 && y <= 1500 : y >= 1800 && y <= 2100;
}
