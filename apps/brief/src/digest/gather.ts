import { statSync } from 'node:fs';
import { type LoadedArticle, walkCorpus } from '@warraq/parser/corpus';
import type { Diagnostic } from '@warraq/schema';
import { loadArticleAsArchived } from '../load-article.js';

export interface Gathered {
  readonly articles: LoadedArticle[];
  readonly diagnostics: Diagnostic[];
}

/**
 * The articles a digest is made of, in the order given (a folder's in name order), each read as
 * warraq-archive reads it; an id seen twice is kept once and reported.
 */
export function gatherArticles(
  inputs: readonly string[],
  language: string,
  onArticle: (count: number, file: string) => void = () => {},
): Gathered {
  const articles: LoadedArticle[] = [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Map<string, string>();
  for (const input of inputs) {
    const isFolder = (() => {
      try {
        return statSync(input).isDirectory();
      } catch {
        return false;
      }
    })();
    const items = isFolder ? walkCorpus(input, language) : [loadArticleAsArchived(input, language)];
    for (const item of items) {
      if (item.kind === 'problem') {
        diagnostics.push(...item.diagnostics);
        continue;
      }
      const { document, file } = item.article;
      const first = seen.get(document.id);
      if (first !== undefined) {
        diagnostics.push({
          code: 'DIGEST_DUPLICATE_ID',
          severity: 'warning',
          message: `id "${document.id}" was already given by ${first}: left out`,
          file,
          line: 1,
          column: 1,
        });
        continue;
      }
      seen.set(document.id, file);
      articles.push(item.article);
      onArticle(articles.length, file);
    }
  }
  return { articles, diagnostics };
}
