/**
 * A city named right after a sports word is its club (لاعب برشلونة, مدرب بيلباو, فريق فيراري):
 * the mention is an organisation there, not the place.
 */
import { type Candidate, type Context, PRIORITY } from './context.js';
import { gazetteerAt } from './gazetteer-match.js';

const SPORTS_WORDS = new Set([
  'لاعب',
  'لاعبو',
  'لاعبي',
  'مدرب',
  'حارس',
  'مهاجم',
  'مدافع',
  'نجم',
  'فريق',
  'نادي',
  'جماهير',
  'مشجعي',
  'قميص',
]);

export function clubCandidates(ctx: Context): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 1; i < ctx.tokens.length; i++) {
    if (ctx.tokens[i]?.breakBefore) continue;
    if (!(ctx.readings[i - 1] ?? []).some((r) => SPORTS_WORDS.has(r.stem))) continue;
    const hit = gazetteerAt(ctx, i, false);
    // cities only: a country after these words is a national team, which news often names as the country
    if (hit?.entry.entity.kind !== 'place' || hit.entry.entity.identifiers.length > 0) continue;
    out.push({
      first: i,
      end: i + hit.length,
      skip: 0,
      kind: 'organisation',
      entity: undefined,
      priority: PRIORITY.club,
    });
  }
  return out;
}
