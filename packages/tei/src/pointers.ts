import type { XmlElement } from './xml-reader.js';

/** Attributes whose values are pointers (space-separated URIs) in Warraq's TEI and TEI generally. */
const POINTER_ATTRIBUTES = [
  'ref',
  'who',
  'source',
  'ana',
  'calendar',
  'datingMethod',
  'resp',
  'corresp',
  'target',
  'sameAs',
  'copyOf',
  'next',
  'prev',
  'synch',
  'select',
];

export interface PointerProblem {
  code: 'TEI_DUPLICATE_ID' | 'TEI_DANGLING_POINTER';
  message: string;
  offset: number;
}

/**
 * Pointer integrity, which no schema checks: every xml:id is unique in the file, and every local
 * pointer ("#id") in a pointing attribute names an element of the file. External URIs are left alone.
 */
export function checkPointers(root: XmlElement): PointerProblem[] {
  const problems: PointerProblem[] = [];
  const ids = new Map<string, XmlElement>();
  const pointers: { el: XmlElement; attribute: string; target: string }[] = [];
  const walk = (el: XmlElement) => {
    const id = el.attributes.get('xml:id');
    if (id !== undefined) {
      if (ids.has(id))
        problems.push({
          code: 'TEI_DUPLICATE_ID',
          message: `xml:id "${id}" is used more than once`,
          offset: el.offset,
        });
      else ids.set(id, el);
    }
    for (const attribute of POINTER_ATTRIBUTES) {
      const value = el.attributes.get(attribute);
      if (value === undefined) continue;
      for (const token of value.split(/\s+/))
        if (token.startsWith('#')) pointers.push({ el, attribute, target: token.slice(1) });
    }
    for (const c of el.children) if (c.kind === 'element') walk(c);
  };
  walk(root);
  for (const p of pointers)
    if (!ids.has(p.target))
      problems.push({
        code: 'TEI_DANGLING_POINTER',
        message: `<${p.el.name} ${p.attribute}="#${p.target}">: no element has xml:id "${p.target}"`,
        offset: p.el.offset,
      });
  return problems;
}
