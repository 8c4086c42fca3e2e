/**
 * A place named inside the name of an event is not a mention of the place: بطولة فرنسا المفتوحة,
 * رالي باريس - داكار, كأس العالم, حرب الخليج, جائزة نوبل. Folded forms of the words that open such
 * names.
 */
import type { Candidate, Context } from './context.js';

const EVENT_HEADS = new Set([
  'بطوله',
  'دوره',
  'رالي',
  'ماراثون',
  'سباق',
  'جائزه',
  'كاس',
  'مهرجان',
  'معرض',
  'حرب',
  'مونديال',
  'الومبياد',
  'اولمبياد',
  'قمه',
  'اتفاقيه',
  'اتفاق',
  'اعلان',
  'مؤتمر',
  'منتدي',
  'حوار',
  'عمليه',
  'ثوره',
  'انتفاضه',
]);

/** Whether a place candidate sits right after an event word. */
export function insideEventName(ctx: Context, c: Candidate): boolean {
  if (c.kind !== 'place' || c.first === 0 || c.skip > 0) return false;
  if (ctx.tokens[c.first]?.breakBefore) return false;
  return (ctx.readings[c.first - 1] ?? []).some((r) => EVENT_HEADS.has(r.stem));
}
