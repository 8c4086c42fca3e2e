export { arabicDate, briefDate, type MonthStyle, monthStyleOf } from './arabic-dates.js';
export {
  type ArchivalMetadata,
  type ArchivalOptions,
  type Attachment,
  archiveTeiOptions,
  articleMetadata,
  madeAt,
  PDFA_LEVELS,
  type PdfaLevel,
  teiAttachment,
  toArchival,
} from './archival/index.js';
export { type BriefArgs, parseArgs, USAGE } from './args.js';
export { renderBrief } from './brief.js';
export { main } from './cli.js';
export { type BriefOptions, composeBrief, KASHIDA_DEFAULT, MAX_BRIEF_CHARS } from './compose-brief.js';
export { PAGE, SIZE } from './design.js';
export { type KeyEntity, type KeyFacts, keyFacts } from './key-facts.js';
export { writeFileAtomic } from './write-atomic.js';
