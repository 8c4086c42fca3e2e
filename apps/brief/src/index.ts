export {
  type ArchivalMetadata,
  type ArchivalOptions,
  type Attachment,
  articleMetadata,
  madeAt,
  PDFA_LEVELS,
  type PdfaLevel,
  teiAttachment,
  toArchival,
} from './archival/index.js';
export { type BriefArgs, parseArgs, USAGE } from './args.js';
export { archiveTeiOptions, type BriefOptions, renderBrief } from './brief.js';
export { main } from './cli.js';
export { arabicDate, BODY_SIZE, composeBrief, PAGE } from './compose-brief.js';
export { type KeyFacts, keyFacts } from './key-facts.js';
export { writeFileAtomic } from './write-atomic.js';
