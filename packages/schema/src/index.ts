export { Block, BlockKind } from './block.js';
export { allInlines, checkDocument } from './check.js';
export { Certainty, IsoDate, IsoDuration, IsoTemporal, isIsoDate, isIsoTemporal } from './dates.js';
export { Diagnostic, formatDiagnostic } from './diagnostic.js';
export { MODEL_VERSION, WarraqDocument } from './document.js';
export { Entity, EntityName, Identifier } from './entity.js';
export { isBcp47, isNcName, LanguageTag, NcName, Sha256Hex } from './ids.js';
export {
  Calendar,
  DateMention,
  EntityKind,
  EntityMention,
  Inline,
  NumberKind,
  NumberMention,
  Quotation,
  QuotationKind,
  RelativeDate,
  TextNode,
} from './inline.js';
export { type LineColumn, type LineColumnRange, LineIndex, lineColumnAt } from './line-index.js';
export { ManifestEntry, type ManifestOptions, type ManifestResult, parseManifestJsonl } from './manifest.js';
export { ArticleMetadata, Author, LangText, Outlet, PublicationDate, Rights, Title } from './metadata.js';
export {
  type ArticleRecord,
  MetadataFile,
  type MetadataResult,
  metadataFromFile,
  parseMetadataYaml,
} from './metadata-file.js';
export {
  DecodingError,
  Edit,
  Encoding,
  EncodingName,
  NormalisationKind,
  NormalisationSummary,
  Source,
} from './source.js';
export { Span } from './span.js';
export { inlineText, walkInlines } from './walk.js';
