export { checkIsText } from './decode/check-text.js';
export { decodeBytes, encodingFromLabel } from './decode/decode.js';
export type { NameFinder, NameMatch } from './entities/registry.js';
export { type FindNamesOptions, findNames } from './names/index.js';
export { decodeModel as decodeNamesModel } from './names/model/codec.js';
export type { NamesModel, NamesModelArrays } from './names/model/model.js';
export { adoptNamesModel, shareDefaultNamesModel } from './names/model-loader.js';
export { type ParseInput, type ParseOptions, type ParseOutcome, parseArticle } from './parse.js';
export { parseArticleWithSidecar } from './sidecar.js';
