import { type EntityKind, type WarraqDocument, walkInlines } from '@warraq/schema';

/** A person, place or organisation as the key facts list it: its main name, and for people the role printed with it. */
export interface KeyEntity {
  readonly id: string;
  readonly name: string;
  readonly role?: string;
}

/** What the key-facts panel lists: the entities by kind and the dates the article mentions. */
export interface KeyFacts {
  readonly people: KeyEntity[];
  readonly places: KeyEntity[];
  readonly organisations: KeyEntity[];
  /** each date as written, with its resolved ISO value when known */
  readonly dates: { text: string; when?: string }[];
}

const KIND_KEY: Record<EntityKind, 'people' | 'places' | 'organisations'> = {
  person: 'people',
  place: 'places',
  organisation: 'organisations',
};

/** Key people, places, organisations and dates of a document, each listed once, in order of first mention. */
export function keyFacts(doc: WarraqDocument): KeyFacts {
  const facts: KeyFacts = { people: [], places: [], organisations: [], dates: [] };
  const seenDates = new Set<string>();
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  const seenEntities = new Set<string>();
  const addEntity = (id: string): void => {
    const entity = byId.get(id);
    if (entity === undefined || seenEntities.has(id)) return;
    seenEntities.add(id);
    const name = entity.names.find((n) => n.type === 'main') ?? entity.names[0]!;
    const role = entity.kind === 'person' ? entity.roles[0] : undefined;
    facts[KIND_KEY[entity.kind]].push(
      role === undefined ? { id, name: name.text } : { id, name: name.text, role },
    );
  };
  for (const block of doc.blocks) {
    walkInlines(block.content, (node) => {
      if (node.type === 'mention') addEntity(node.ref);
      if (node.type === 'date') {
        const text = doc.source.text.slice(node.span.start, node.span.end).trim();
        const key = `${node.when ?? ''}|${text}`;
        if (seenDates.has(key)) return;
        seenDates.add(key);
        facts.dates.push(node.when === undefined ? { text } : { text, when: node.when });
      }
    });
  }
  // entities the parser registered but whose mentions are not (yet) marked inline
  for (const e of doc.entities) addEntity(e.id);
  return facts;
}
