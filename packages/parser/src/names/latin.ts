/**
 * Words in Latin letters inside Arabic news are mostly the names of companies, products and
 * organisations as they write themselves (IBM, Apple, Dell): a capitalised run of up to three Latin
 * words is taken as an organisation unless a gazetteer knows better.
 */
import { type Candidate, type Context, PRIORITY } from './context.js';

const MAX_WORDS = 3;
const FUNCTION_WORDS = new Set(['the', 'of', 'and', 'in', 'on', 'at', 'for', 'to', 'a', 'an', 'by', 'with']);

function latinStart(ctx: Context, i: number): number | undefined {
  for (const reading of ctx.readings[i] ?? []) {
    if (!/^[a-z]/.test(reading.stem) || reading.stem.length < 2 || FUNCTION_WORDS.has(reading.stem)) continue;
    const token = ctx.tokens[i];
    if (!token) return undefined;
    const original = ctx.original[ctx.folded.origStart[token.start + reading.skip] ?? 0] ?? '';
    return original >= 'A' && original <= 'Z' ? reading.skip : undefined;
  }
  return undefined;
}

export function latinCandidates(ctx: Context): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    const skip = latinStart(ctx, i);
    if (skip === undefined) continue;
    let end = i + 1;
    while (
      end < ctx.tokens.length &&
      end - i < MAX_WORDS &&
      !ctx.tokens[end]?.breakBefore &&
      latinStart(ctx, end) === 0
    )
      end++;
    // a capitalised English sentence is not a name
    if (end - i === MAX_WORDS && latinStart(ctx, end) === 0) {
      i = end;
      continue;
    }
    out.push({ first: i, end, skip, kind: 'organisation', entity: undefined, priority: PRIORITY.pattern });
    i = end - 1;
  }
  return out;
}
