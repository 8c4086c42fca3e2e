import type { Entity } from '@warraq/schema';
import type { NameMatch } from '../names/types.js';

export type { NameMatch } from '../names/types.js';

/** A named-entity recogniser: what parseArticle calls on the article's whole text. */
export type NameFinder = (text: string) => NameMatch[];

/** One registry entry per real-world entity, however many times and ways it is mentioned. */
export class EntityRegistry {
  private readonly byKey = new Map<string, Entity>();

  constructor(private readonly docId: string) {}

  /**
   * The entity's id in this document, registering it on first sight. A spelling of the name not yet
   * recorded is kept as a variant: the mention as a name (match.name) where the recogniser gives
   * one, so a clitic's elision (لتحالف of للتحالف) is never recorded as a spelling.
   */
  add(match: NameMatch, surface: string): Entity {
    let e = this.byKey.get(match.entity.key);
    if (!e) {
      const names =
        match.entity.names.length > 0 ? match.entity.names.map((n) => ({ ...n })) : [{ text: surface }];
      e = {
        id: `${this.docId}.e-${match.entity.key}`,
        kind: match.entity.kind,
        names: names as Entity['names'],
        identifiers: match.entity.identifiers.map((i) => ({ ...i })),
        roles: [],
      };
      this.byKey.set(match.entity.key, e);
    }
    const text = (match.name ?? surface).trim();
    if (text && !e.names.some((n) => n.text === text)) e.names.push({ text, type: 'variant' });
    const role = match.role?.text.trim();
    if (role && !e.roles.includes(role)) e.roles.push(role);
    return e;
  }

  /** In order of first mention, which is the order they were added. */
  entities(): Entity[] {
    return [...this.byKey.values()];
  }
}
