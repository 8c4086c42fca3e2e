export { decodeBytes, encodingFromLabel } from './decode/decode.js';
export { type ParseInput, type ParseOutcome, parseArticle } from './parse.js';
export { parseArticleWithSidecar } from './sidecar.js';
