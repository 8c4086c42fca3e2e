import type { Entity } from '@warraq/schema';
import { attr, elementsOf, fail, requireAttr, textOf } from './tei-tree.js';
import type { XmlElement } from './xml-reader.js';
import { decodeToken } from './xml-text.js';

const KINDS: Record<string, readonly [string, Entity['kind'], string]> = {
  listPerson: ['person', 'person', 'persName'],
  listOrg: ['org', 'organisation', 'orgName'],
  listPlace: ['place', 'place', 'placeName'],
};

/** One person, org or place of the registry; `@n` is its position in the document's list. */
export function readEntity(
  el: XmlElement,
  list: string,
  fallbackIndex: number,
): { entity: Entity; n: number } {
  const [element, kind, nameElement] = KINDS[list] ?? ['', 'person', ''];
  if (el.name !== element) fail(el, 'TEI_UNSUPPORTED', `<${el.name}> in <${list}>: expected <${element}>`);
  const entity: Entity = {
    id: requireAttr(el, 'xml:id'),
    kind,
    names: [] as unknown as Entity['names'],
    identifiers: [],
    roles: [],
  };
  for (const c of elementsOf(el)) {
    if (c.name === nameElement) {
      const name: Entity['names'][number] = { text: textOf(c) };
      const lang = attr(c, 'xml:lang');
      if (lang !== undefined) name.lang = lang;
      const type = attr(c, 'type');
      if (type !== undefined) name.type = type as NonNullable<typeof name.type>;
      entity.names.push(name);
    } else if (c.name === 'idno')
      entity.identifiers.push({ scheme: decodeToken(requireAttr(c, 'type')), value: textOf(c) });
    else if (c.name === 'note' && attr(c, 'type') === 'role') entity.roles.push(textOf(c));
    else fail(c, 'TEI_UNSUPPORTED', `<${c.name}> in <${element}> is not part of Warraq's TEI`);
  }
  const n = attr(el, 'n');
  return { entity, n: n !== undefined && /^\d+$/.test(n) ? Number(n) : fallbackIndex + 1 };
}
