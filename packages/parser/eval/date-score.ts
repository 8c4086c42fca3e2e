/**
 * Scoring of the date gold sets: one predicted date per gold date (the one it overlaps most), then
 * precision, recall, exact spans, value accuracy, the same by kind (precision by the kind a spurious
 * prediction's value suggests), and how many numbers that are not
 * dates the parser tagged as dates. Pure: eval/dates.ts reads the files and prints.
 */
import type { DateMention } from '@warraq/schema';

export interface GoldDate {
  file: string;
  start: number;
  end: number;
  /** dates-news gold says kind; the older gold sets say system */
  kind?: string;
  system?: string;
  when?: string;
  from?: string;
  to?: string;
  value?: null;
}

export interface KindScore {
  gold: number;
  found: number;
  valued: number;
  right: number;
  /** predictions that match no gold date, counted under the kind guessed from their value (kindOfPrediction) */
  spurious: number;
}

export interface DateScore {
  gold: number;
  predicted: number;
  matched: number;
  exact: number;
  valued: number;
  right: number;
  /** gold dates with one true value, found or not: the denominator of what the archive gets right */
  goldValued: number;
  byKind: Map<string, KindScore>;
  nonDates: number;
  nonDatesTagged: number;
  errors: string[];
}

export const NOT_A_DATE = 'not-a-date';
export const kindOf = (g: GoldDate) => g.kind ?? g.system ?? 'unknown';

export const dateValue = (x: {
  when?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}) => x.when ?? (x.from !== undefined ? `${x.from}/${x.to}` : undefined);

/**
 * The gold kind a prediction would most likely carry, for precision by kind: a prediction has no kind
 * of its own, so a spurious one is counted where its value puts it (a weekday or deictic expression,
 * a time, a Hijri date or month, a year, a month, else a day of some month system).
 */
export function kindOfPrediction(d: DateMention): string {
  const expression = d.relative?.expression ?? '';
  if (expression.includes('weekday')) return 'weekday';
  if (d.relative) return 'relative';
  const v = d.when ?? d.from ?? '';
  if (v.includes(':')) return 'time';
  if (d.calendar !== 'gregorian')
    return d.whenCustom !== undefined && d.whenCustom.length === 7 ? 'hijri-month' : 'hijri';
  if (d.from !== undefined && d.from.length === 10) return 'range';
  return v.length === 4 ? 'year' : v.length === 7 ? 'month' : 'day';
}

const emptyKind = (): KindScore => ({ gold: 0, found: 0, valued: 0, right: 0, spurious: 0 });

export function emptyScore(): DateScore {
  return {
    gold: 0,
    predicted: 0,
    matched: 0,
    exact: 0,
    valued: 0,
    right: 0,
    goldValued: 0,
    byKind: new Map(),
    nonDates: 0,
    nonDatesTagged: 0,
    errors: [],
  };
}

const overlap = (d: DateMention, g: GoldDate) =>
  Math.min(d.span.end, g.end) - Math.max(d.span.start, g.start);

/** Adds one article's predictions against its gold lines to the score. */
export function scoreArticle(score: DateScore, file: string, gold: GoldDate[], dates: DateMention[]): void {
  const used = new Set<DateMention>();
  const nonDates = gold.filter((g) => kindOf(g) === NOT_A_DATE);
  score.predicted += dates.length;
  for (const g of gold) {
    const kind = kindOf(g);
    if (kind === NOT_A_DATE) continue;
    score.gold++;
    if (g.value !== null) score.goldValued++;
    const s = score.byKind.get(kind) ?? emptyKind();
    score.byKind.set(kind, s);
    s.gold++;
    let best: DateMention | undefined;
    let bestOverlap = 0;
    for (const d of dates) {
      const o = overlap(d, g);
      if (!used.has(d) && o > bestOverlap) {
        best = d;
        bestOverlap = o;
      }
    }
    if (!best) {
      score.errors.push(`missed   ${file} ${g.start}-${g.end} (${kind}) want ${dateValue(g) ?? 'null'}`);
      continue;
    }
    used.add(best);
    score.matched++;
    s.found++;
    if (best.span.start === g.start && best.span.end === g.end) score.exact++;
    if (g.value === null) continue;
    score.valued++;
    s.valued++;
    const want = dateValue(g);
    const got = dateValue(best);
    if (want === got) {
      score.right++;
      s.right++;
    } else
      score.errors.push(
        `value    ${file} ${g.start}-${g.end} (${kind}) [${best.span.start}-${best.span.end}]: want ${want}, got ${got ?? 'none'}`,
      );
  }
  for (const n of nonDates) {
    score.nonDates++;
    const tagged = dates.find((d) => overlap(d, n) > 0);
    if (tagged) {
      score.nonDatesTagged++;
      score.errors.push(
        `non-date ${file} ${n.start}-${n.end} tagged as ${dateValue(tagged) ?? 'unresolved'}`,
      );
    }
  }
  for (const d of dates) {
    if (used.has(d)) continue;
    const kind = kindOfPrediction(d);
    const k = score.byKind.get(kind) ?? emptyKind();
    score.byKind.set(kind, k);
    k.spurious++;
    score.errors.push(
      `spurious ${file} ${d.span.start}-${d.span.end} (${kind}) → ${dateValue(d) ?? 'unresolved'}`,
    );
  }
}
