/**
 * Tagged PDF: each block the engine lays out (a paragraph, a heading) is a structure element, and
 * each of its pieces a marked-content sequence belonging to it, in reading order; running headers
 * and footers are artifacts. Screen readers and reflow read the text from this tree; poppler's
 * `pdfinfo -struct-text` prints it. In an untagged document the pieces are still marked-content
 * spans, where pdf.js ends its text items. pdfkit 0.19.1 marking API (pinned).
 */

/** What a block is in the structure tree; 'Artifact' is page furniture, outside the tree. */
export type BlockRole = 'P' | 'H1' | 'H2' | 'H3' | 'Artifact';

interface StructElementLike {
  add(child: unknown): unknown;
}
export interface MarkingDoc {
  markContent(tag: string, options?: Record<string, unknown> | null): unknown;
  markStructureContent(tag: string, options?: Record<string, unknown>): unknown;
  endMarkedContent(): unknown;
  struct(type: string, options?: Record<string, unknown>): StructElementLike;
  addStructure(element: StructElementLike): unknown;
  _root: { data: { StructTreeRoot?: unknown } };
}

interface DocumentTree {
  readonly root: StructElementLike;
  readonly blocks: Map<number, StructElementLike>;
}
const trees = new WeakMap<object, DocumentTree>();

/** The document's tree: one Document element under the StructTreeRoot, blocks inside it. */
function treeOf(doc: MarkingDoc): DocumentTree {
  let tree = trees.get(doc);
  if (tree === undefined) {
    const root = doc.struct('Document');
    doc.addStructure(root);
    tree = { root, blocks: new Map() };
    trees.set(doc, tree);
  }
  return tree;
}

/** Begin the marked content of one piece of block `block` (ids are unique per process). */
export function beginPiece(doc: MarkingDoc, block: number, role: BlockRole): void {
  if (role === 'Artifact') {
    doc.markContent('Artifact', { type: 'Pagination' });
    return;
  }
  if (doc._root.data.StructTreeRoot === undefined) {
    doc.markContent('Span');
    return;
  }
  const tree = treeOf(doc);
  let element = tree.blocks.get(block);
  if (element === undefined) {
    // blocks enter the tree in the order they are drawn: the reading order of the document
    element = doc.struct(role);
    tree.root.add(element);
    tree.blocks.set(block, element);
  }
  element.add(doc.markStructureContent(role));
}

export function endPiece(doc: MarkingDoc): void {
  doc.endMarkedContent();
}
