export {
  type ArchivalMetadata,
  type ArchivalOptions,
  type Attachment,
  PDFA_LEVELS,
  type PdfaLevel,
  toArchival,
} from './archival.js';
export { articleMetadata } from './article-metadata.js';
export { madeAt } from './made-at.js';
export { archiveTeiOptions, teiAttachment } from './tei-attachment.js';
