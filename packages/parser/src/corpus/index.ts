export { type CorpusEntry, type CorpusListing, listCorpus } from './list-corpus.js';
export {
  type CorpusItem,
  type LoadedArticle,
  type LoadResult,
  loadArticle,
  loadCorpus,
  loadSidecarArticle,
  walkCorpus,
} from './load-corpus.js';
