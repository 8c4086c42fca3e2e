export { type BuildOptions, build } from './build.js';
export { HELP, main } from './cli.js';
export type { Io } from './io.js';
export {
  type ArticleJob,
  type ArticleResult,
  type JobMetadata,
  jobKey,
  type ManifestArticle,
  processArticle,
} from './job/article-job.js';
export { PROFILE_BATCH, processArticles } from './job/process-batch.js';
export { type ArticleProcessor, InProcessProcessor, type OnResult } from './job/processor.js';
export { WorkerThreadProcessor } from './job/worker-threads.js';
export { type LoadedArticle, type LoadResult, loadCorpus } from './load-corpus.js';
export { validate } from './validate.js';
