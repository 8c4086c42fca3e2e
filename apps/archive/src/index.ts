export { type BuildOptions, build } from './build.js';
export { HELP, main } from './cli.js';
export type { Io } from './io.js';
export { type LoadedArticle, type LoadResult, loadCorpus } from './load-corpus.js';
export { validate } from './validate.js';
