/**
 * Arabic named-entity recognition for news text: persons, organisations and places, each mention
 * tied to one entity per real-world thing within the text.
 *
 * How: the text is folded (alef/hamza/yeh variants, ة/ه, harakat, tatweel, NBSP) with a map back to
 * the original; words are read with and without their proclitics (و ف ب ل ك, ال); curated
 * gazetteers, role/title patterns, given names and organisation/place patterns propose mentions;
 * the longest non-overlapping ones are kept; persons found once are found again by their family
 * name. A mention is the name without its clitics: in وبالعراق it is العراق.
 */

import { clubCandidates } from './clubs.js';
import { type Candidate, makeContext, PRIORITY } from './context.js';
import { EntityRegistry, mentionOffsets } from './entities.js';
import { insideEventName } from './events.js';
import { gazetteerCandidates } from './gazetteer-match.js';
import { latinCandidates } from './latin.js';
import { patternCandidates } from './patterns.js';
import { familyNameCandidates, personCandidates } from './persons.js';
import { propagatePersons } from './propagate.js';
import { roleBefore } from './role-attach.js';
import { occupancy, selectCandidates } from './select.js';
import type { NameMatch } from './types.js';

export type { NameMatch } from './types.js';

/** Names in `text`, sorted by start, non-overlapping; offsets are UTF-16 code units of `text`. */
export function findNames(text: string): NameMatch[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const ctx = makeContext(text);
  const candidates = [
    ...gazetteerCandidates(ctx),
    ...personCandidates(ctx),
    ...patternCandidates(ctx),
    ...latinCandidates(ctx),
    ...clubCandidates(ctx),
  ];
  const kept = selectCandidates(candidates, ctx.tokens.length).filter((c) => !insideEventName(ctx, c));
  const registry = new EntityRegistry(ctx);
  const entityOf = (c: Candidate) => registry.resolve(c);
  for (const c of kept) entityOf(c);
  const occupied = occupancy(kept, ctx.tokens.length);
  const { added, relinked } = propagatePersons(ctx, kept, entityOf, occupied);
  for (const c of added) for (let k = c.first; k < c.end; k++) occupied[k] = 1;
  const families = selectCandidates(familyNameCandidates(ctx, occupied), ctx.tokens.length, occupied);
  const all = [...kept, ...added, ...families].sort((a, b) => a.first - b.first);
  const personTokens = new Uint8Array(ctx.tokens.length);
  for (const c of all) if (c.kind === 'person') for (let k = c.first; k < c.end; k++) personTokens[k] = 1;

  return all.map((c) => {
    const entity = relinked.get(c) ?? entityOf(c);
    const { start, end } = mentionOffsets(ctx, c);
    const match: NameMatch = { start, end, kind: c.kind, entity };
    if (c.priority === PRIORITY.propagated && c.end - c.first === 1)
      registry.addShortName(entity, text.slice(start, end));
    if (c.kind === 'person') {
      const role = roleBefore(ctx, c.first, personTokens);
      if (role) match.role = role;
    }
    return match;
  });
}
