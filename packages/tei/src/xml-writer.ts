import { escapeAttribute, escapeText } from './xml-text.js';

const INDENT = Array.from({ length: 16 }, (_, i) => '  '.repeat(i));

/** Attributes in the order they are written; undefined values are left out. */
export type Attributes = ReadonlyArray<readonly [string, string | undefined]>;

function attributeString(attributes: Attributes): string {
  let out = '';
  for (const [name, value] of attributes)
    if (value !== undefined) out += ` ${name}="${escapeAttribute(value)}"`;
  return out;
}

/**
 * A small serializer: element-only containers are indented one element per line; mixed content
 * (paragraphs, titles) is written inline exactly, since there every character is text.
 * Deterministic by construction: output depends only on the calls made.
 */
export class XmlWriter {
  private out = '';

  /** `depth`: the indentation level to start at (a teiCorpus member is written at depth 1). */
  constructor(private depth = 0) {}

  private line(markup: string): void {
    this.out += `${INDENT[this.depth] ?? '  '.repeat(this.depth)}${markup}\n`;
  }

  raw(markup: string): void {
    this.out += markup;
  }

  open(name: string, attributes: Attributes = []): void {
    this.line(`<${name}${attributeString(attributes)}>`);
    this.depth++;
  }

  close(name: string): void {
    this.depth--;
    this.line(`</${name}>`);
  }

  empty(name: string, attributes: Attributes = []): void {
    this.line(`<${name}${attributeString(attributes)}/>`);
  }

  /** An element whose content is text (escaped, hostile characters as `g`). */
  leaf(name: string, attributes: Attributes, text: string): void {
    this.line(`<${name}${attributeString(attributes)}>${escapeText(text)}</${name}>`);
  }

  /** An element whose content is markup already serialised inline (mixed content). */
  mixed(name: string, attributes: Attributes, inner: string): void {
    this.line(`<${name}${attributeString(attributes)}>${inner}</${name}>`);
  }

  toString(): string {
    return this.out;
  }
}

/** Inline serialisation for mixed content. */
export function inlineElement(name: string, attributes: Attributes, inner: string): string {
  return inner === ''
    ? `<${name}${attributeString(attributes)}/>`
    : `<${name}${attributeString(attributes)}>${inner}</${name}>`;
}
