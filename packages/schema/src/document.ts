import { z } from 'zod';
import { Block } from './block.js';
import { Diagnostic } from './diagnostic.js';
import { Entity } from './entity.js';
import { NcName } from './ids.js';
import { ArticleMetadata } from './metadata.js';
import { Source } from './source.js';

/** Version of the document model; bumped on any change a stored document would notice. */
export const MODEL_VERSION = 1;

export const WarraqDocument = z.object({
  model: z.literal(MODEL_VERSION),
  id: NcName,
  metadata: ArticleMetadata,
  source: Source,
  blocks: z.array(Block),
  entities: z.array(Entity),
  diagnostics: z.array(Diagnostic),
});
export type WarraqDocument = z.infer<typeof WarraqDocument>;
