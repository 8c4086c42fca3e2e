export { decodeBytes, encodingFromLabel } from './decode/decode.js';
export { checkIsText } from './decode/is-text.js';
export type { NameFinder, NameMatch } from './entities/registry.js';
export { findNames } from './names/index.js';
export { type ParseInput, type ParseOptions, type ParseOutcome, parseArticle } from './parse.js';
export { parseArticleWithSidecar } from './sidecar.js';
