/**
 * Entity-level scoring, CoNLL style: an entity counts only when its type and its first and last
 * tokens are exactly right. Gold spans are read from IOB2 the way seqeval does (an I- tag that does
 * not continue an entity of its type opens a new one).
 */
import { spansOfIob } from '../src/names/model/tags.js';

export type Tag = 'PERS' | 'LOC' | 'ORG' | 'MISC';
export const SCORED: readonly Tag[] = ['PERS', 'LOC', 'ORG'];

export interface Span {
  readonly type: Tag;
  readonly first: number;
  /** inclusive */
  readonly last: number;
}

export function spansFromIob(tags: readonly string[]): Span[] {
  return spansOfIob(tags).map((s) => ({ type: s.type, first: s.first, last: s.end - 1 }));
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export function score(gold: readonly Span[], predicted: readonly Span[]): Map<Tag | 'ALL', Counts> {
  const key = (s: Span): string => `${s.type}:${s.first}:${s.last}`;
  const goldKeys = new Set(gold.map(key));
  const predKeys = new Set(predicted.map(key));
  const result = new Map<Tag | 'ALL', Counts>();
  for (const type of [...SCORED, 'ALL' as const]) {
    const inType = (s: Span): boolean => (type === 'ALL' ? SCORED.includes(s.type) : s.type === type);
    const g = gold.filter(inType);
    const p = predicted.filter(inType);
    const tp = p.filter((s) => goldKeys.has(key(s))).length;
    result.set(type, { tp, fp: p.length - tp, fn: g.filter((s) => !predKeys.has(key(s))).length });
  }
  return result;
}

export function prf(c: Counts): { p: number; r: number; f: number } {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}
