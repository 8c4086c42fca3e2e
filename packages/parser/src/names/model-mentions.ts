/**
 * Mentions in model mode: the trained model decides which words are names and of what kind; a
 * lexicon proposal over the same words lends its curated entity and its clitic reading (a span is
 * first cut where a name cannot go on: name-stops.ts). Then a
 * name the text states once in full is found again where it recurs (document consistency).
 */
import { type Candidate, type Context, PRIORITY } from './context.js';
import { type MentionEntities, stemAt } from './entities.js';
import { gazetteerAt, isNamedByHead, isPlaceNamedByHead } from './gazetteer-match.js';
import { withGovernmentBodies } from './government-bodies.js';
import { lexiconTags, type Mentions } from './lexicon-mentions.js';
import type { NamesModel } from './model/model.js';
import { KIND_OF_TYPE } from './model/tags.js';
import { cutWhereNameStops } from './name-stops.js';
import { propagatePersons } from './propagate.js';
import { recurringNames } from './recur.js';
import { occupancy, takeOverlapped } from './select.js';
import type { NameKind } from './types.js';

export function modelMentions(
  ctx: Context,
  lexical: Mentions,
  model: NamesModel,
  registry: MentionEntities,
): Mentions {
  const byFirst = new Map<number, Candidate>();
  for (const c of lexical.mentions) byFirst.set(c.first, c);
  const kept: Candidate[] = [];
  for (const modelSpan of model.spans(ctx, lexiconTags(ctx.tokens.length, lexical.mentions))) {
    const kind = KIND_OF_TYPE[modelSpan.type];
    if (!kind) continue;
    const span = cutWhereNameStops(ctx, modelSpan);
    const proposal = byFirst.get(span.first);
    if (proposal && proposal.end === span.end && proposal.kind === kind) {
      kept.push(proposal);
      continue;
    }
    kept.push({
      first: span.first,
      end: span.end,
      skip: proposal?.skip ?? cliticSkip(ctx, span.first, kind),
      kind,
      entity: undefined,
      priority: PRIORITY.pattern,
    });
  }
  const entityOf = (c: Candidate) => registry.resolve(c);
  const modelled = withGovernmentBodies(ctx, withNamesByHead(ctx, kept, lexical.mentions), lexical.mentions);
  const occupied = occupancy(modelled, ctx.tokens.length);
  const { added, relinked } = propagatePersons(ctx, modelled, entityOf, occupied);
  for (const c of added) for (let k = c.first; k < c.end; k++) occupied[k] = 1;
  const recurring = recurringNames(ctx, modelled, occupied);
  const mentions = [...modelled, ...added, ...recurring].sort((a, b) => a.first - b.first);
  const lexicalRelinks = [...lexical.relinked].filter(([c]) => mentions.includes(c));
  return { mentions, relinked: new Map([...lexicalRelinks, ...relinked]) };
}

/**
 * A broadcaster named by a head and a place (تلفزيون سوريا, إذاعة لندن), and a place whose listed name
 * starts with its head (جمهورية مصر العربية, المسجد الحرام): the model, trained on text where such
 * names are rare, reads the place inside them (مصر العربية, or الحرام as an organisation). The
 * listed name wins over model spans that lie inside it. Other listed names do not override the
 * model: letting them (all of them, or organisations only) cost 1–2 F1 points in cross-validation
 * inside the train split.
 */
function withNamesByHead(
  ctx: Context,
  kept: readonly Candidate[],
  proposals: readonly Candidate[],
): Candidate[] {
  let out = [...kept];
  for (const c of proposals) {
    if (!c.entity || c.end - c.first < 2) continue;
    const head = [stemAt(ctx, c.first, c.skip)];
    const byHead =
      c.kind === 'organisation' ? isNamedByHead(head) : c.kind === 'place' && isPlaceNamedByHead(head);
    if (!byHead) continue;
    out = takeOverlapped(out, c, (m) => m.first < c.first || m.end > c.end) ?? out;
  }
  return out.sort((a, b) => a.first - b.first);
}

/**
 * How many clitic letters open a name the lexicon did not propose: the reading the lexicon knows
 * (a listed name, a given name), else the one that leaves the article (وبالعراق → العراق), else none.
 */
function cliticSkip(ctx: Context, i: number, kind: NameKind): number {
  const readings = ctx.readings[i] ?? [];
  const hit = gazetteerAt(ctx, i);
  if (hit && hit.entry.entity.kind === kind) return hit.skip;
  for (const r of readings) {
    if (r.skip === 0) continue;
    if (ctx.lex.given.has(r.stem) || ctx.lex.familyNames.has(r.stem)) return r.skip;
  }
  const word = ctx.tokens[i]?.text ?? '';
  if (word.startsWith('ال')) return 0;
  let best = 0;
  for (const r of readings) if (r.stem.startsWith('ال') && r.stem.length > 3) best = Math.max(best, r.skip);
  return best;
}
