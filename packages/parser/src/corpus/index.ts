export {
  type CorpusItem,
  type LoadedArticle,
  type LoadResult,
  loadCorpus,
  loadSidecarArticle,
  walkCorpus,
} from './load-corpus.js';
