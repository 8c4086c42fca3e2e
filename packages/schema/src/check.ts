import type { WarraqDocument } from './document.js';
import type { Inline } from './inline.js';
import { walkInlines } from './walk.js';

/**
 * Invariants that a zod shape cannot express. Returns human-readable problems; empty means sound.
 * - every span lies inside source.text, and a text leaf's text is exactly the text of its span
 * - a container's children tile its span without gaps or overlap
 * - blocks are in reading order and do not overlap
 * - ids are unique; every mention points at an entity of the same kind
 * - edits are sorted, inside the text and do not overlap
 */
export function checkDocument(doc: WarraqDocument): string[] {
  const problems: string[] = [];
  const text = doc.source.text;
  const ids = new Set<string>([doc.id]);
  const entities = new Map(doc.entities.map((e) => [e.id, e]));
  const claim = (id: string, what: string) => {
    if (ids.has(id)) problems.push(`${what}: id "${id}" is used twice`);
    ids.add(id);
  };
  for (const e of doc.entities) claim(e.id, `entity ${e.id}`);

  const checkNodes = (nodes: readonly Inline[], start: number, end: number, where: string) => {
    let at = start;
    for (const n of nodes) {
      if (n.span.start !== at)
        problems.push(
          `${where}: content does not tile its span at offset ${at} (next starts at ${n.span.start})`,
        );
      if (n.type === 'text') {
        const slice = text.slice(n.span.start, n.span.end);
        if (slice !== n.text)
          problems.push(`${where}: text at ${n.span.start}-${n.span.end} differs from the received text`);
      } else {
        checkNodes(n.content, n.span.start, n.span.end, `${where} > ${n.type}@${n.span.start}`);
        if (n.type === 'mention') {
          const e = entities.get(n.ref);
          if (!e) problems.push(`${where}: mention points at unknown entity "${n.ref}"`);
          else if (e.kind !== n.entityKind)
            problems.push(`${where}: mention of a ${n.entityKind} points at ${e.kind} "${n.ref}"`);
        }
      }
      at = n.span.end;
    }
    if (at !== end) problems.push(`${where}: content ends at ${at}, span ends at ${end}`);
  };

  let previousEnd = 0;
  for (const b of doc.blocks) {
    claim(b.id, `block ${b.id}`);
    if (b.span.end > text.length)
      problems.push(`block ${b.id}: span ends past the text (${b.span.end} > ${text.length})`);
    if (b.span.start < previousEnd) problems.push(`block ${b.id}: overlaps or precedes the block before it`);
    previousEnd = b.span.end;
    checkNodes(b.content, b.span.start, b.span.end, `block ${b.id}`);
  }

  let editEnd = 0;
  for (const e of doc.source.edits) {
    if (e.span.start < editEnd || e.span.end > text.length)
      problems.push(`edit ${e.kind} at ${e.span.start}: out of order or outside the text`);
    editEnd = e.span.end;
  }
  return problems;
}

/** Every inline node of the document, with the block it belongs to. */
export function* allInlines(doc: WarraqDocument): Generator<{ blockId: string; node: Inline }> {
  for (const b of doc.blocks) {
    const found: Inline[] = [];
    walkInlines(b.content, (n) => found.push(n));
    for (const node of found) yield { blockId: b.id, node };
  }
}
