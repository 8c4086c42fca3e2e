import type { Content } from 'pdfmake/interfaces.js';

/**
 * Links inside a document. A span's `link` that starts with `#` names a destination in the same
 * PDF (as an HTML fragment does); `anchor` puts such a destination, and optionally an outline
 * (bookmark) entry, at the first line of a block.
 */

interface LineNode {
  text?: unknown;
  stack?: Content[];
  id?: string;
  outline?: boolean;
  outlineText?: string;
  outlineParentId?: string;
}

interface InlineNode {
  link?: string;
  linkToDestination?: string;
}

/** Turn the `#name` links of one pdfmake line (as `toPdfmake` makes it) into links to named destinations. */
export function internalLinks(line: Content): void {
  const inlines = (line as LineNode).text;
  if (!Array.isArray(inlines)) return;
  for (const inline of inlines as InlineNode[]) {
    if (inline.link?.startsWith('#') !== true) continue;
    inline.linkToDestination = inline.link.slice(1);
    delete inline.link;
  }
}

/** The first drawn line of a block made of stacks of lines (a paragraph, a heading, a box's content). */
function firstLine(content: Content): LineNode | undefined {
  const node = content as LineNode;
  if (node.text !== undefined) return node;
  for (const child of node.stack ?? []) {
    const found = firstLine(child);
    if (found !== undefined) return found;
  }
  return undefined;
}

export interface AnchorOptions {
  /** the destination's name: links to `#name` land here. Unique in the document. */
  readonly name: string;
  /** an outline (bookmark) entry with this title */
  readonly outline?: string;
  /** the `name` of the anchor whose outline entry this one goes under */
  readonly outlineParent?: string;
}

/** Make the first line of `content` a named destination (and an outline entry); returns `content`. */
export function anchor<T extends Content>(content: T, options: AnchorOptions): T {
  const line = firstLine(content);
  if (line === undefined) throw new Error(`anchor "${options.name}": the content has no line to anchor`);
  line.id = options.name;
  if (options.outline !== undefined) {
    line.outline = true;
    line.outlineText = options.outline;
    if (options.outlineParent !== undefined) line.outlineParentId = options.outlineParent;
  }
  return content;
}
