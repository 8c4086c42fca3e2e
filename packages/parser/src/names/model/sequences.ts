/** Where the model's sequences start and end in a text: a line break closes a sequence. */
import type { Context } from '../context.js';

export interface Range {
  readonly from: number;
  /** exclusive */
  readonly to: number;
}

export function sequenceRanges(ctx: Context): Range[] {
  const ranges: Range[] = [];
  let from = 0;
  const { tokens, folded } = ctx;
  for (let i = 1; i < tokens.length; i++) {
    const previous = tokens[i - 1];
    const token = tokens[i];
    // not token.breakBefore: a bare line break does not set it (names may not cross one anyway)
    if (!previous || !token) continue;
    if (folded.text.slice(previous.end, token.start).includes('\n')) {
      ranges.push({ from, to: i });
      from = i;
    }
  }
  if (tokens.length > from) ranges.push({ from, to: tokens.length });
  return ranges;
}
