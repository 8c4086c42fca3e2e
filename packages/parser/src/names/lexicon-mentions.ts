/**
 * The lexicon recogniser: curated gazetteers, role/title patterns, given names and
 * organisation/place patterns propose mentions; the longest non-overlapping ones are kept; persons
 * found once are found again by their family name. Used alone (names: 'lexicon') or as evidence
 * for the trained model.
 */
import { clubCandidates } from './clubs.js';
import type { Candidate, Context } from './context.js';
import type { MentionEntities } from './entities.js';
import { insideEventName } from './events.js';
import { gazetteerCandidates } from './gazetteer-match.js';
import { latinCandidates } from './latin.js';
import { cutWhereNameStops } from './name-stops.js';
import { patternCandidates } from './patterns.js';
import { familyNameCandidates, personCandidates } from './persons.js';
import { propagatePersons } from './propagate.js';
import { occupancy, selectCandidates } from './select.js';
import type { NameEntity } from './types.js';

export interface Mentions {
  /** sorted by first token, non-overlapping */
  readonly mentions: readonly Candidate[];
  /** a lone given name that stands for the one person of the text named in full with it */
  readonly relinked: ReadonlyMap<Candidate, NameEntity>;
}

export function lexiconMentions(ctx: Context, registry: MentionEntities): Mentions {
  const candidates = [
    ...gazetteerCandidates(ctx),
    ...personCandidates(ctx),
    ...patternCandidates(ctx),
    ...latinCandidates(ctx),
    ...clubCandidates(ctx),
  ].map((c) => cutWhereNameStops(ctx, c));
  const kept = selectCandidates(candidates, ctx.tokens.length).filter((c) => !insideEventName(ctx, c));
  const entityOf = (c: Candidate) => registry.resolve(c);
  for (const c of kept) entityOf(c);
  const occupied = occupancy(kept, ctx.tokens.length);
  const { added, relinked } = propagatePersons(ctx, kept, entityOf, occupied);
  for (const c of added) for (let k = c.first; k < c.end; k++) occupied[k] = 1;
  const families = selectCandidates(familyNameCandidates(ctx, occupied), ctx.tokens.length, occupied);
  const mentions = [...kept, ...added, ...families].sort((a, b) => a.first - b.first);
  return { mentions, relinked };
}

/** Per token, where the lexicon recogniser put a name: 'B-person', 'I-place' … or ''. */
export function lexiconTags(tokenCount: number, mentions: readonly Candidate[]): string[] {
  const tags = new Array<string>(tokenCount).fill('');
  for (const c of mentions)
    for (let k = c.first; k < c.end; k++) tags[k] = `${k === c.first ? 'B' : 'I'}-${c.kind}`;
  return tags;
}
