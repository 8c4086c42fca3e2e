import type { Context } from './context.js';
import { withTrailingMarks } from './entities.js';
import { roleAt } from './roles.js';

const MAX_ROLE_WORDS = 12;

/** The longest role phrase that ends right before the person name at token `first`. */
export function roleBefore(
  ctx: Context,
  first: number,
  personTokens: Uint8Array,
): { start: number; end: number; text: string } | undefined {
  const nameToken = ctx.tokens[first];
  if (!nameToken || first === 0 || nameToken.breakBefore) return undefined;
  let best: { first: number; skip: number } | undefined;
  for (let s = first - 1; s >= 0 && s >= first - MAX_ROLE_WORDS; s--) {
    if (personTokens[s]) break;
    const role = roleAt(ctx, s);
    if (role && role.end === first) best = { first: s, skip: role.skip };
    if (ctx.tokens[s]?.breakBefore) break;
  }
  if (!best) return undefined;
  const startToken = ctx.tokens[best.first];
  const endToken = ctx.tokens[first - 1];
  if (!startToken || !endToken) return undefined;
  const start = ctx.folded.origStart[startToken.start + best.skip] ?? 0;
  const end = withTrailingMarks(ctx.original, ctx.folded.origEnd[endToken.end - 1] ?? 0);
  return { start, end, text: ctx.original.slice(start, end) };
}
