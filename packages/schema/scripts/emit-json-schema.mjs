// Writes dist/document.schema.json from the built zod model, so non-TypeScript consumers
// (and archives) can validate a stored Document without this package.
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { WarraqDocument } from '../dist/index.js';

const schema = z.toJSONSchema(WarraqDocument, {
  target: 'draft-2020-12',
  unrepresentable: 'any',
  io: 'output',
});
schema.$id = 'https://warraq.dev/schema/document-1.json';
schema.title = 'Warraq Document (model version 1)';
writeFileSync(
  new URL('../dist/document.schema.json', import.meta.url),
  `${JSON.stringify(schema, null, 2)}\n`,
);
