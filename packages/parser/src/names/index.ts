/**
 * Arabic named-entity recognition for news text: persons, organisations and places, each mention
 * tied to one entity per real-world thing within the text.
 *
 * How: the text is folded (alef/hamza/yeh variants, ة/ه, harakat, tatweel, NBSP) with a map back to
 * the original; words are read with and without their proclitics (و ف ب ل ك, ال); the lexicon
 * recogniser proposes mentions (lexicon-mentions.ts); in model mode (the default) a trained
 * sequence model (model/, weights in @warraq/names-model) reads those proposals and the words as
 * features and decides. A mention is the name without its clitics: in وبالعراق it is العراق.
 */

import { keepUsedAliases } from './aliases.js';
import { type Candidate, makeContext, PRIORITY } from './context.js';
import { MentionEntities, mentionName, mentionOffsets, mentionWords } from './entities.js';
import { withInstitutions } from './institutions.js';
import { lexiconMentions, type Mentions } from './lexicon-mentions.js';
import { correctMentionEdges } from './mention-edges.js';
import type { NamesModel } from './model/model.js';
import { defaultNamesModel } from './model-loader.js';
import { modelMentions } from './model-mentions.js';
import { roleBefore } from './role-attach.js';
import { withSportsClubs } from './sports-clubs.js';
import type { NameEntity, NameMatch } from './types.js';

export type { NameMatch } from './types.js';

export interface FindNamesOptions {
  /** 'model' (default): the trained model weighs the lexicon's proposals; 'lexicon': the lexicon alone */
  readonly names?: 'lexicon' | 'model';
  /** a model to use instead of the one in @warraq/names-model */
  readonly model?: NamesModel;
}

/** Names in `text`, sorted by start, non-overlapping; offsets are UTF-16 code units of `text`. */
export function findNames(text: string, options: FindNamesOptions = {}): NameMatch[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const ctx = makeContext(text);
  const registry = new MentionEntities(ctx);
  const lexical = lexiconMentions(ctx, registry);
  const model = options.names === 'lexicon' ? undefined : (options.model ?? defaultNamesModel());
  const found: Mentions = model ? modelMentions(ctx, lexical, model, registry) : lexical;
  const { relinked } = found;
  const mentions = correctMentionEdges(ctx, withInstitutions(ctx, withSportsClubs(ctx, found.mentions)));
  const personTokens = new Uint8Array(ctx.tokens.length);
  for (const c of mentions)
    if (c.kind === 'person') for (let k = c.first; k < c.end; k++) personTokens[k] = 1;
  const usedForms = new Map<NameEntity, Set<string>>();
  const matches = mentions.map((c: Candidate) => {
    const entity = relinked.get(c) ?? registry.resolve(c);
    const forms = usedForms.get(entity) ?? new Set<string>();
    forms.add(mentionWords(ctx, c).join(' '));
    usedForms.set(entity, forms);
    const { start, end } = mentionOffsets(ctx, c);
    const match: NameMatch = { start, end, kind: c.kind, entity };
    const name = mentionName(ctx, c);
    if (name !== text.slice(start, end)) match.name = name;
    if (c.priority === PRIORITY.propagated && c.end - c.first === 1)
      registry.addShortName(entity, text.slice(start, end));
    if (c.kind === 'person') {
      const role = roleBefore(ctx, c.first, personTokens);
      if (role) match.role = role;
    }
    return match;
  });
  keepUsedAliases(usedForms.keys(), usedForms);
  return matches;
}
