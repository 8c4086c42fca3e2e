import type { Entity, WarraqDocument } from '@warraq/schema';
import type { IdSpace } from './id-space.js';
import { MENTION_ELEMENT } from './inlines.js';
import { writeRecord } from './record.js';
import { encodeToken } from './xml-text.js';
import type { XmlWriter } from './xml-writer.js';

const LISTS = [
  ['person', 'listPerson', 'person'],
  ['organisation', 'listOrg', 'org'],
  ['place', 'listPlace', 'place'],
] as const;

function writeEntity(w: XmlWriter, e: Entity, index: number, element: string, ids: IdSpace): void {
  // @n keeps the registry's order, which the grouping into three lists would otherwise lose
  w.open(element, [
    ['xml:id', ids.of(e.id)],
    ['n', String(index + 1)],
  ]);
  for (const n of e.names)
    w.leaf(
      MENTION_ELEMENT[e.kind],
      [
        ['type', n.type],
        ['xml:lang', n.lang],
      ],
      n.text,
    );
  for (const i of e.identifiers) w.leaf('idno', [['type', encodeToken(i.scheme)]], i.value);
  for (const r of e.roles) w.leaf('note', [['type', 'role']], r);
  w.close(element);
}

/**
 * standOff: the entity registry (persons, organisations, places), the roles mentions point at,
 * and the record of everything about the received file that has no place in a TEI header.
 */
export function writeStandOff(
  w: XmlWriter,
  doc: WarraqDocument,
  ids: IdSpace,
  roles: ReadonlyMap<string, string>,
): void {
  w.open('standOff');
  for (const [kind, list, element] of LISTS) {
    const members = doc.entities.map((e, index) => ({ e, index })).filter(({ e }) => e.kind === kind);
    if (members.length === 0) continue;
    w.open(list);
    for (const { e, index } of members) writeEntity(w, e, index, element, ids);
    w.close(list);
  }
  if (roles.size > 0) {
    w.open('interpGrp', [['type', 'role']]);
    for (const [role, id] of roles) w.leaf('interp', [['xml:id', id]], role);
    w.close('interpGrp');
  }
  writeRecord(w, doc);
  w.close('standOff');
}
