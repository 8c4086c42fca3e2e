/**
 * Document consistency in model mode: an organisation or place the text names once with
 * confidence — in two words or more, or by a curated name — is found again wherever the same words
 * recur on words nothing else has taken (the model may have missed them there).
 */
import { type Candidate, type Context, PRIORITY, wordsMatch } from './context.js';
import { mentionWords } from './entities.js';
import { selectCandidates } from './select.js';

export function recurringNames(ctx: Context, kept: readonly Candidate[], occupied: Uint8Array): Candidate[] {
  const forms = new Map<string, Candidate[]>();
  for (const c of kept) {
    if (c.kind === 'person' || (c.end - c.first < 2 && !c.entity)) continue;
    const first = mentionWords(ctx, c)[0];
    if (first === undefined) continue;
    const list = forms.get(first) ?? [];
    list.push(c);
    forms.set(first, list);
  }
  const found: Candidate[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (occupied[i]) continue;
    for (const reading of ctx.readings[i] ?? []) {
      const source = (forms.get(reading.stem) ?? []).find((c) =>
        wordsMatch(ctx, i, reading.stem, mentionWords(ctx, c)),
      );
      if (!source) continue;
      found.push({
        first: i,
        end: i + source.end - source.first,
        skip: reading.skip,
        kind: source.kind,
        entity: source.entity,
        priority: PRIORITY.propagated,
      });
      break;
    }
  }
  return selectCandidates(found, ctx.tokens.length, occupied);
}
