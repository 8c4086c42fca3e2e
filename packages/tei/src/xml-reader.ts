import { hasUnrepresentable } from './xml-text.js';

/**
 * A small, strict XML 1.0 reader for TEI written by Warraq or edited by hand: elements, attributes,
 * text, CDATA, comments and processing instructions, the five predefined entities and character
 * references. It keeps every character of text exactly (which general-purpose object mappers do
 * not) and the line and column of every node. A DOCTYPE is refused: TEI needs none and it is the
 * door to entity expansion attacks.
 */
export interface XmlElement {
  kind: 'element';
  /** local name; the namespace is checked separately */
  name: string;
  namespace: string | undefined;
  attributes: Map<string, string>;
  children: XmlNode[];
  offset: number;
}
export interface XmlText {
  kind: 'text';
  text: string;
  offset: number;
}
export type XmlNode = XmlElement | XmlText;

export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const NAME = /[^\s/>=<"'&]+/y;
const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

export function parseXml(source: string): XmlElement {
  return new Reader(source).document();
}

class Reader {
  private i = 0;
  constructor(private readonly s: string) {}

  private fail(message: string, at = this.i): never {
    throw new XmlSyntaxError(message, at);
  }

  private startsWith(token: string): boolean {
    return this.s.startsWith(token, this.i);
  }

  private skipSpace(): void {
    for (;;) {
      const c = this.s.charCodeAt(this.i);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return;
      this.i++;
    }
  }

  private skipTo(token: string, what: string): string {
    const end = this.s.indexOf(token, this.i);
    if (end < 0) this.fail(`unterminated ${what}`);
    const body = this.s.slice(this.i, end);
    this.i = end + token.length;
    return body;
  }

  /** Comments, processing instructions and whitespace outside the root element. */
  private misc(): void {
    for (;;) {
      this.skipSpace();
      if (this.startsWith('<!--')) {
        this.i += 4;
        this.skipTo('-->', 'comment');
      } else if (this.startsWith('<?')) {
        this.i += 2;
        this.skipTo('?>', 'processing instruction');
      } else if (this.startsWith('<!DOCTYPE')) {
        this.fail(
          'a DOCTYPE is not supported: TEI needs none, and only the five predefined entities are read',
        );
      } else return;
    }
  }

  document(): XmlElement {
    if (this.s.charCodeAt(0) === 0xfeff) this.i = 1;
    this.misc();
    if (!this.startsWith('<')) this.fail('expected the root element');
    const root = this.element(new Map([['xml', XML_NS]]));
    this.misc();
    if (this.i < this.s.length) this.fail('content after the root element');
    return root;
  }

  private name(): string {
    NAME.lastIndex = this.i;
    const m = NAME.exec(this.s);
    if (!m) this.fail('expected a name');
    this.i += m[0].length;
    return m[0];
  }

  /** Resolves character and entity references; `attribute` also applies attribute-value normalisation. */
  private unescape(raw: string, at: number, attribute: boolean): string {
    if (hasUnrepresentable(raw)) this.fail('a character XML 1.0 does not allow', at);
    let text = raw.replace(/\r\n?/g, '\n');
    if (attribute) text = text.replace(/[\t\n]/g, ' ');
    if (!text.includes('&')) return text;
    return text.replace(/&([^;&]*);|&/g, (whole, ref: string | undefined, pos: number) => {
      if (ref === undefined) this.fail('"&" must be written &amp;', at + pos);
      if (ref.startsWith('#')) {
        const code = ref[1] === 'x' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
        const ok = /^#(x[0-9A-Fa-f]+|[0-9]+)$/.test(ref) && isXmlChar(code);
        if (!ok) this.fail(`${whole} is not a character XML allows`, at + pos);
        return String.fromCodePoint(code);
      }
      const value = PREDEFINED[ref];
      if (value === undefined)
        this.fail(
          `unknown entity ${whole}: only &amp; &lt; &gt; &quot; &apos; and character references are read`,
          at + pos,
        );
      return value;
    });
  }

  private element(scope: Map<string, string>): XmlElement {
    const offset = this.i;
    this.i++; // <
    const qname = this.name();
    const raw = new Map<string, string>();
    for (;;) {
      const before = this.i;
      this.skipSpace();
      if (this.startsWith('/>') || this.startsWith('>')) break;
      if (this.i === before) this.fail('expected whitespace before an attribute');
      const attrAt = this.i;
      const attr = this.name();
      this.skipSpace();
      if (this.s[this.i] !== '=') this.fail(`expected "=" after ${attr}`);
      this.i++;
      this.skipSpace();
      const quote = this.s[this.i];
      if (quote !== '"' && quote !== "'") this.fail(`the value of ${attr} must be quoted`);
      this.i++;
      const valueAt = this.i;
      const value = this.skipTo(quote, 'attribute value');
      if (value.includes('<')) this.fail(`"<" in the value of ${attr}`, valueAt);
      if (raw.has(attr)) this.fail(`attribute ${attr} is repeated`, attrAt);
      raw.set(attr, this.unescape(value, valueAt, true));
    }
    let inner = scope;
    const attributes = new Map<string, string>();
    for (const [k, v] of raw) {
      if (k !== 'xmlns' && !k.startsWith('xmlns:')) continue;
      // a new scope only where namespaces are declared
      if (inner === scope) inner = new Map(scope);
      inner.set(k === 'xmlns' ? '' : k.slice(6), v);
    }
    for (const [k, v] of raw) {
      if (k === 'xmlns' || k.startsWith('xmlns:')) continue;
      const colon = k.indexOf(':');
      if (colon < 0) attributes.set(k, v);
      else if (inner.get(k.slice(0, colon)) === XML_NS) attributes.set(`xml:${k.slice(colon + 1)}`, v);
      else attributes.set(`{${inner.get(k.slice(0, colon)) ?? '?'}}${k.slice(colon + 1)}`, v);
    }
    const colon = qname.indexOf(':');
    const prefix = colon < 0 ? '' : qname.slice(0, colon);
    const namespace = inner.get(prefix);
    if (colon >= 0 && namespace === undefined) this.fail(`undeclared namespace prefix "${prefix}"`, offset);
    const el: XmlElement = {
      kind: 'element',
      name: qname.slice(colon + 1),
      namespace,
      attributes,
      children: [],
      offset,
    };
    if (this.startsWith('/>')) {
      this.i += 2;
      return el;
    }
    this.i++; // >
    this.content(el, inner, qname);
    return el;
  }

  private pushText(el: XmlElement, text: string, offset: number): void {
    if (text === '') return;
    const last = el.children[el.children.length - 1];
    if (last?.kind === 'text') last.text += text;
    else el.children.push({ kind: 'text', text, offset });
  }

  private content(el: XmlElement, scope: Map<string, string>, qname: string): void {
    for (;;) {
      if (this.i >= this.s.length) this.fail(`<${qname}> is not closed`, el.offset);
      const next = this.s.indexOf('<', this.i);
      if (next < 0) this.fail(`<${qname}> is not closed`, el.offset);
      if (next > this.i) {
        const raw = this.s.slice(this.i, next);
        if (raw.includes(']]>'))
          this.fail('"]]>" must be written ]]&gt; in text', this.i + raw.indexOf(']]>'));
        this.pushText(el, this.unescape(raw, this.i, false), this.i);
        this.i = next;
      }
      if (this.startsWith('</')) {
        const closeAt = this.i;
        this.i += 2;
        const closing = this.name();
        if (closing !== qname) this.fail(`</${closing}> closes <${qname}>`, closeAt);
        this.skipSpace();
        if (this.s[this.i] !== '>') this.fail('expected ">"');
        this.i++;
        return;
      }
      if (this.startsWith('<!--')) {
        this.i += 4;
        this.skipTo('-->', 'comment');
      } else if (this.startsWith('<![CDATA[')) {
        const at = this.i;
        this.i += 9;
        this.pushText(el, this.skipTo(']]>', 'CDATA section').replace(/\r\n?/g, '\n'), at);
      } else if (this.startsWith('<?')) {
        this.i += 2;
        this.skipTo('?>', 'processing instruction');
      } else if (this.startsWith('<!')) {
        this.fail('unexpected markup declaration');
      } else {
        el.children.push(this.element(scope));
      }
    }
  }
}

function isXmlChar(c: number): boolean {
  return (
    c === 9 ||
    c === 10 ||
    c === 13 ||
    (c >= 0x20 && c <= 0xd7ff) ||
    (c >= 0xe000 && c <= 0xfffd) ||
    (c >= 0x10000 && c <= 0x10ffff)
  );
}
