export { type CorpusEntry, type CorpusListing, listCorpus } from '@warraq/parser/corpus';
export { type BuildOptions, type BuildReport, build } from './build.js';
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
export { checkAgainstProfile, PROFILE_BATCH, processArticles } from './job/process-batch.js';
export { type ArticleProcessor, InProcessProcessor, type OnResult } from './job/processor.js';
export { WorkerThreadProcessor } from './job/worker-threads.js';
export { validate } from './validate.js';
