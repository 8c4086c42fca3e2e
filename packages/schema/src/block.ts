import { z } from 'zod';
import { LanguageTag, NcName } from './ids.js';
import { Inline } from './inline.js';
import { Span } from './span.js';

/**
 * Block kinds of a news article. A subheading opens a section that runs to the next subheading;
 * the model keeps blocks flat, in reading order, and encoders derive the nesting.
 */
export const BlockKind = z.enum([
  'headline',
  'subheading',
  'lead',
  'paragraph',
  'dateline',
  'byline',
  'caption',
]);
export type BlockKind = z.infer<typeof BlockKind>;

export const Block = z.object({
  id: NcName,
  kind: BlockKind,
  span: Span,
  lang: LanguageTag.optional(),
  content: z.array(Inline),
  /** the received text stops inside this block (the copy was cut short) */
  truncated: z.boolean().optional(),
});
export type Block = z.infer<typeof Block>;
