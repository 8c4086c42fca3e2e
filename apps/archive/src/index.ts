export { type LoadedArticle, type LoadResult, loadCorpus } from '@warraq/parser/corpus';
export { type BuildOptions, build } from './build.js';
export { HELP, main } from './cli.js';
export type { Io } from './io.js';
export { validate } from './validate.js';
