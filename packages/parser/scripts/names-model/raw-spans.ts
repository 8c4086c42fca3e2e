/**
 * The model's own spans over a text, before anything findNames does on top of them (lexicon
 * entities, broadcaster names, propagation, recurring names): lets cross-validation show what that
 * post-processing adds or costs.
 */
import { makeContext } from '../../src/names/context.js';
import { MentionEntities } from '../../src/names/entities.js';
import { lexiconMentions, lexiconTags } from '../../src/names/lexicon-mentions.js';
import type { NamesModel } from '../../src/names/model/model.js';
import { KIND_OF_TYPE } from '../../src/names/model/tags.js';
import type { NameMatch } from '../../src/names/types.js';

export function rawModelNames(text: string, model: NamesModel): NameMatch[] {
  const ctx = makeContext(text);
  const { mentions } = lexiconMentions(ctx, new MentionEntities(ctx));
  const found: NameMatch[] = [];
  for (const span of model.spans(ctx, lexiconTags(ctx.tokens.length, mentions))) {
    const kind = KIND_OF_TYPE[span.type];
    const first = ctx.tokens[span.first];
    const last = ctx.tokens[span.end - 1];
    if (!kind || !first || !last) continue;
    const start = ctx.folded.origStart[first.start] ?? 0;
    const end = ctx.folded.origEnd[last.end - 1] ?? 0;
    found.push({ start, end, kind, entity: { key: '', kind, names: [], identifiers: [] } });
  }
  return found;
}
