export {
  addCorpusMember,
  type CorpusMemberStats,
  type CorpusSummary,
  corpusMemberStats,
  emptyCorpusSummary,
  encodeTeiCorpus,
  encodeTeiCorpusMember,
  encodeTeiCorpusOpening,
  TEI_CORPUS_CLOSING,
  type TeiCorpusOptions,
} from './corpus.js';
export { type DecodeResult, decodeTei } from './decode.js';
export { encodeTei } from './encode.js';
export { dateFromSourceDateEpoch, type TeiOptions, WARRAQ_VERSION } from './options.js';
export { PROFILE_RNG } from './profile-schema.js';
export {
  type TeiFile,
  type TeiValidation,
  type ValidateOptions,
  validateTei,
  validateTeiFiles,
} from './validate.js';
