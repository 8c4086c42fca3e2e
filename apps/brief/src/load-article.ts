import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import type { ParseOptions } from '@warraq/parser';
import { type CorpusItem, loadArticle, loadSidecarArticle } from '@warraq/parser/corpus';
import type { Diagnostic } from '@warraq/schema';

/**
 * One article given by its path, its document recording the source file by name as warraq-archive
 * records it (so the TEI a PDF embeds is byte for byte the archive's); messages name the path
 * given (see locatedAt). An article without a sidecar is looked up in the manifest beside it (by name already).
 */
export function loadArticleAsArchived(
  input: string,
  language: string,
  options: ParseOptions = {},
): CorpusItem {
  if (!existsSync(input.replace(/\.txt$/i, '.meta.yaml'))) return loadArticle(input, language, options);
  const item = loadSidecarArticle(input, basename(input), options);
  return item.kind === 'problem'
    ? { kind: 'problem', diagnostics: item.diagnostics.map(locatedAt(input)) }
    : item;
}

/**
 * A diagnostic that names the article by the file name its document records, made to name the
 * path given instead (for messages; the document itself keeps the name, as the archive does).
 */
export function locatedAt(input: string): (d: Diagnostic) => Diagnostic {
  const name = basename(input);
  return (d) => (d.file === name ? { ...d, file: input } : d);
}
