/**
 * Person candidates: a name after a title or role (وزير الخارجية الأميركي أنطوني بلينكين), and a
 * name that opens with a known given name (محمد البرادعي, جورج بوش). A given name that is also an
 * everyday word (أمل, باسم) opens a name only when another name word follows it.
 */
import { type Candidate, type Context, PRIORITY, wordAt } from './context.js';
import { gazetteerAt } from './gazetteer-match.js';
import { canStartName, nameEnd } from './person-name.js';
import { roleAt } from './roles.js';

export function personCandidates(ctx: Context): Candidate[] {
  const out: Candidate[] = [];
  const { tokens, lex } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const role = roleAt(ctx, i);
    const start = role?.end ?? -1;
    if (
      role &&
      start > i &&
      start < tokens.length &&
      !tokens[start]?.breakBefore &&
      canStartName(ctx, start)
    ) {
      const end = nameEnd(ctx, start);
      // after a weak role, a single unknown word is more likely the role's complement (وزير دفاع)
      const vouched = role.strength === 'strong' || end - start >= 2 || lex.given.has(wordAt(ctx, start));
      if (end > start && vouched) out.push(candidate(ctx, start, end, 0));
    }
    for (const reading of ctx.readings[i] ?? []) {
      const word = reading.stem;
      const opensName = lex.given.has(word) || word === 'عبد' || word === 'ابو';
      if (!opensName || !canStartName(ctx, i, reading.skip)) continue;
      const end = nameEnd(ctx, i, reading.skip);
      if (end - i < 2) continue;
      if (lex.ambiguousGiven.has(word)) {
        const next = wordAt(ctx, i + 1);
        if (!lex.given.has(next) && !lex.connectors.has(next)) continue;
      }
      out.push(candidate(ctx, i, end, reading.skip));
      break;
    }
  }
  return out;
}

/** A known person's full name wins over a longer guess (جورج بوش, not جورج بوش لصحيفة). */
function candidate(ctx: Context, first: number, end: number, skip: number): Candidate {
  const known = gazetteerAt(ctx, first, skip > 0);
  if (known && known.entry.entity.kind === 'person' && known.length <= end - first && known.length >= 2) {
    return {
      first,
      end: first + known.length,
      skip,
      kind: 'person',
      entity: known.entry.entity,
      priority: PRIORITY.person,
    };
  }
  return { first, end, skip, kind: 'person', entity: undefined, priority: PRIORITY.person };
}
