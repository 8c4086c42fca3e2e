import type { ArticleMetadata, Block, Diagnostic, Entity } from '@warraq/schema';
import type { Locator } from './diagnostics.js';
import type { TextView } from './normalise/view.js';

export interface AnnotateInput {
  text: string;
  view: TextView;
  blocks: Block[];
  metadata: ArticleMetadata;
  locator: Locator;
}

/** Fills each block's inline content. Step one: the block's text as one text node. */
export function annotateBlocks(input: AnnotateInput): {
  blocks: Block[];
  entities: Entity[];
  diagnostics: Diagnostic[];
} {
  const blocks = input.blocks.map((b) => ({
    ...b,
    content: [
      { type: 'text' as const, span: { ...b.span }, text: input.text.slice(b.span.start, b.span.end) },
    ],
  }));
  return { blocks, entities: [], diagnostics: [] };
}
