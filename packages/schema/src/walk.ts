import type { Inline } from './inline.js';

/** Calls `visit` for every inline node, depth first, in reading order. */
export function walkInlines(
  nodes: readonly Inline[],
  visit: (node: Inline, depth: number) => void,
  depth = 0,
): void {
  for (const node of nodes) {
    visit(node, depth);
    if (node.type !== 'text') walkInlines(node.content, visit, depth + 1);
  }
}

/** The text of inline content read in order: by the model's invariant, the received text of its span. */
export function inlineText(nodes: readonly Inline[]): string {
  let out = '';
  walkInlines(nodes, (n) => {
    if (n.type === 'text') out += n.text;
  });
  return out;
}
