import { z } from 'zod';
import { LanguageTag, NcName } from './ids.js';
import { EntityKind } from './inline.js';

export const EntityName = z.object({
  text: z.string().min(1),
  lang: LanguageTag.optional(),
  /** main: the preferred form; short: abbreviation; alias: another name for the same entity */
  type: z.enum(['main', 'short', 'alias', 'variant']).optional(),
});

export const Identifier = z.object({
  /** e.g. "wikidata", "iso3166", "geonames" */
  scheme: z.string().min(1),
  value: z.string().min(1),
});

/** One real-world entity, however many names it is mentioned by. */
export const Entity = z.object({
  id: NcName,
  kind: EntityKind,
  names: z.array(EntityName).min(1),
  identifiers: z.array(Identifier),
  /** roles and titles seen with the name in this document */
  roles: z.array(z.string().min(1)),
});
export type Entity = z.infer<typeof Entity>;
