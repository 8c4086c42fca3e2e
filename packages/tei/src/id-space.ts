import type { WarraqDocument } from '@warraq/schema';

/**
 * The xml:id values of one TEI document: the model's own ids, optionally prefixed (inside a
 * teiCorpus every member's ids must be unique across the corpus), and ids the encoder invents
 * (software, calendars, roles), chosen so they never collide with the model's.
 */
export class IdSpace {
  private readonly used = new Set<string>();
  private readonly invented = new Map<string, string>();

  constructor(
    doc: WarraqDocument,
    private readonly prefix = '',
  ) {
    this.used.add(doc.id);
    for (const b of doc.blocks) this.used.add(b.id);
    for (const e of doc.entities) this.used.add(e.id);
  }

  /** The xml:id for an id of the model. */
  of(id: string): string {
    return this.prefix + id;
  }

  ref(id: string): string {
    return `#${this.of(id)}`;
  }

  /** A stable invented id for `key` (same key, same id), e.g. "warraq" or "role-1". */
  invent(key: string): string {
    const known = this.invented.get(key);
    if (known !== undefined) return known;
    let candidate = key;
    for (let n = 2; this.used.has(candidate); n++) candidate = `${key}-${n}`;
    this.used.add(candidate);
    const id = this.prefix + candidate;
    this.invented.set(key, id);
    return id;
  }
}
