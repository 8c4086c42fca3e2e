/**
 * A curated entity comes with every spelling the lists know (داعش, تنظيم الدولة, الدولة
 * الإسلامية …); a text's record keeps its main name and only the aliases the text really uses.
 */
import { wordsOf } from './lexicon.js';
import type { NameEntity } from './types.js';

export function keepUsedAliases(
  entities: Iterable<NameEntity>,
  usedForms: ReadonlyMap<NameEntity, Set<string>>,
): void {
  for (const entity of entities) {
    const used = usedForms.get(entity) ?? new Set<string>();
    const kept = entity.names.filter((n) => n.type !== 'alias' || used.has(wordsOf(n.text).join(' ')));
    entity.names.splice(0, entity.names.length, ...kept);
  }
}
