import { TEI_NS } from './options.js';
import type { XmlElement } from './xml-reader.js';
import { parseCodeUnitLabel, UNREPRESENTABLE_TYPE } from './xml-text.js';

/** A problem found while reading TEI, at the element it concerns; turned into a Diagnostic. */
export class TeiReadError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

export function fail(el: { offset: number }, code: string, message: string): never {
  throw new TeiReadError(code, message, el.offset);
}

export function describe(el: XmlElement): string {
  const type = el.attributes.get('type');
  return type === undefined ? `<${el.name}>` : `<${el.name} type="${type}">`;
}

/** The element children of an element-only container; whitespace between them is formatting. */
export function elementsOf(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) {
    if (c.kind === 'element') {
      if (c.namespace !== TEI_NS) fail(c, 'TEI_NAMESPACE', `<${c.name}> is not in the TEI namespace`);
      out.push(c);
    } else if (c.text.trim() !== '') {
      fail(c, 'TEI_UNEXPECTED_TEXT', `text is not allowed directly inside ${describe(el)}`);
    }
  }
  return out;
}

/** The character a `g type="x-unrepresentable"` stands for. */
export function unrepresentableOf(g: XmlElement): string {
  const unit =
    g.attributes.get('type') === UNREPRESENTABLE_TYPE
      ? parseCodeUnitLabel(g.attributes.get('n') ?? '')
      : undefined;
  if (unit === undefined || g.children.length > 0)
    fail(g, 'TEI_UNSUPPORTED', '<g> is read only as <g type="x-unrepresentable" n="U+XXXX"/>');
  return String.fromCharCode(unit);
}

/** The exact text of an element whose content is text (and recorded unrepresentable characters). */
export function textOf(el: XmlElement): string {
  let out = '';
  for (const c of el.children) {
    if (c.kind === 'text') out += c.text;
    else if (c.name === 'g') out += unrepresentableOf(c);
    else fail(c, 'TEI_UNSUPPORTED', `${describe(el)} may hold only text here, not <${c.name}>`);
  }
  return out;
}

export function attr(el: XmlElement, name: string): string | undefined {
  return el.attributes.get(name);
}

export function requireAttr(el: XmlElement, name: string): string {
  const v = el.attributes.get(name);
  if (v === undefined) fail(el, 'TEI_MISSING', `${describe(el)} needs @${name}`);
  return v;
}

export function child(el: XmlElement, name: string, type?: string): XmlElement | undefined {
  return elementsOf(el).find(
    (c) => c.name === name && (type === undefined || c.attributes.get('type') === type),
  );
}

export function requireChild(el: XmlElement, name: string): XmlElement {
  const c = child(el, name);
  if (!c) fail(el, 'TEI_MISSING', `${describe(el)} needs a <${name}>`);
  return c;
}

/** "#id" → "id"; anything else is refused (Warraq's TEI points only inside the file). */
export function localRef(el: XmlElement, name: string): string {
  const v = requireAttr(el, name);
  if (!/^#[^\s#]+$/.test(v)) fail(el, 'TEI_POINTER', `@${name}="${v}" must be one local pointer "#id"`);
  return v.slice(1);
}
