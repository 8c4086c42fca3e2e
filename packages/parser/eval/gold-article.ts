/**
 * The shared-corpus article a gold file names, parsed as an application would parse it: with
 * parseArticle and the metadata of the corpus manifest. Shared by the gold-set evaluations.
 */
import type { WarraqDocument } from '@warraq/schema';
import { type CorpusArticle, loadCorpus } from '../bench/corpus.js';
import { parseArticle } from '../src/index.js';

let corpus: Map<string, CorpusArticle> | undefined;

export function parseGoldArticle(file: string): { article: CorpusArticle; document: WarraqDocument } {
  corpus ??= new Map(loadCorpus().map((a) => [a.path, a]));
  const article = corpus.get(file);
  if (!article) throw new Error(`gold names ${file}, which is not in the shared corpus`);
  const outcome = parseArticle(
    {
      bytes: article.bytes,
      fileName: file,
      id: article.record.id,
      metadata: article.record.metadata,
    },
    process.env.WARRAQ_EVAL_NAMES === 'lexicon' ? { names: 'lexicon' } : {},
  );
  if (!outcome.ok) throw new Error(`${file} did not parse: ${outcome.diagnostics[0]?.message}`);
  return { article, document: outcome.document };
}
