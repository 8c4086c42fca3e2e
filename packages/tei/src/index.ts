export { type DecodeResult, decodeTei } from './decode.js';
export { encodeTei } from './encode.js';
export { dateFromSourceDateEpoch, type TeiOptions, WARRAQ_VERSION } from './options.js';
