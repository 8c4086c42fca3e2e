import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { ArticleMetadata, Diagnostic, WarraqDocument } from '@warraq/schema';
import { checkIsText } from '../decode/check-text.js';
import { type ParseOptions, parseArticle } from '../parse.js';
import { parseArticleWithSidecar } from '../sidecar.js';
import {
  type CorpusEntry,
  corpusError,
  listCorpus,
  missingSidecar,
  readManifestCorpus,
  sidecarOf,
} from './list-corpus.js';

/**
 * Reading corpora from disk, for the apps (the rest of the parser is pure): a folder with
 * manifest.jsonl, a folder of `*.txt` + `.meta.yaml` articles, a folder of such corpora, or one
 * article. Node only: import it as `@warraq/parser/corpus`.
 */

export interface LoadedArticle {
  /** path of the article's text file */
  file: string;
  document: WarraqDocument;
}

export interface LoadResult {
  articles: LoadedArticle[];
  diagnostics: Diagnostic[];
}

/** One step of a corpus walk: an article parsed, or what went wrong with one. */
export type CorpusItem =
  | { kind: 'article'; article: LoadedArticle }
  | { kind: 'problem'; diagnostics: Diagnostic[] };

function problem(...diagnostics: Diagnostic[]): CorpusItem {
  return { kind: 'problem', diagnostics };
}

/** The bytes of an article file, refused when they are not text (see checkIsText). */
function readArticle(file: string): { bytes: Uint8Array } | { refused: Diagnostic } {
  const bytes = readFileSync(file);
  const refused = checkIsText(bytes, file);
  return refused === undefined ? { bytes } : { refused };
}

/** One `*.txt` article with its `.meta.yaml` sidecar; `fileName` is the name the document records. */
export function loadSidecarArticle(
  file: string,
  fileName: string = file,
  options: ParseOptions = {},
): CorpusItem {
  const sidecar = sidecarOf(file);
  if (!existsSync(file)) return problem(corpusError(file, 'cannot read the article: no such file'));
  if (!existsSync(sidecar)) return problem(missingSidecar(file));
  const read = readArticle(file);
  if ('refused' in read) return problem(read.refused);
  const parsed = parseArticleWithSidecar(
    { fileName, bytes: read.bytes },
    { fileName: sidecar, text: readFileSync(sidecar, 'utf8') },
    options,
  );
  if (!parsed.ok) return problem(...parsed.diagnostics.map((d) => ({ ...d, file: d.file ?? file })));
  return { kind: 'article', article: { file, document: parsed.document } };
}

/** One article of a crawled dataset, described by its manifest record. */
function manifestArticle(
  file: string,
  name: string,
  record: { id: string; metadata: ArticleMetadata },
  options: ParseOptions = {},
): CorpusItem {
  const read = readArticle(file);
  if ('refused' in read) return problem(read.refused);
  const parsed = parseArticle(
    {
      bytes: read.bytes,
      fileName: name,
      id: record.id,
      metadata: record.metadata,
    },
    options,
  );
  if (parsed.ok) return { kind: 'article', article: { file, document: parsed.document } };
  return problem(...parsed.diagnostics.map((d) => ({ ...d, file: d.file ?? file })));
}

/**
 * One article given by its path: described by its `.meta.yaml` sidecar, or else by its record in
 * the `manifest.jsonl` beside it (an article of a crawled dataset, briefed on its own).
 */
export function loadArticle(file: string, language: string, options: ParseOptions = {}): CorpusItem {
  const manifest = join(dirname(file), 'manifest.jsonl');
  if (existsSync(sidecarOf(file)) || !existsSync(manifest)) return loadSidecarArticle(file, file, options);
  const corpus = readManifestCorpus(dirname(file), language);
  const record = corpus.records.get(basename(file));
  if (record !== undefined && existsSync(file)) return manifestArticle(file, basename(file), record, options);
  return problem(
    ...corpus.diagnostics,
    corpusError(
      file,
      `no metadata: no .meta.yaml beside it and no entry for ${basename(file)} in ${manifest}`,
    ),
  );
}

/** One listed entry, read and parsed (its file name as the archive records it). */
function loadEntry(entry: CorpusEntry): CorpusItem {
  const name = basename(entry.file);
  return entry.metadata.kind === 'sidecar'
    ? loadSidecarArticle(entry.file, name)
    : manifestArticle(entry.file, name, entry.metadata);
}

/**
 * The articles of a corpus folder (as listCorpus lists it, and warraq-archive reads it) one at a
 * time, in a stable order, so a caller can handle each and let it go; the listing's own problems
 * (a missing sidecar, a bad manifest line, no articles at all) come first. Never throws on bad input.
 */
export function* walkCorpus(dir: string, language: string): Generator<CorpusItem> {
  const listing = listCorpus(dir, language);
  if (listing.diagnostics.length > 0) yield problem(...listing.diagnostics);
  for (const entry of listing.entries) yield loadEntry(entry);
}

/**
 * Reads a whole corpus folder (see walkCorpus) and checks that ids are unique. Never throws on bad
 * input: problems come back as diagnostics naming the file, line and column.
 */
export function loadCorpus(dir: string, language: string): LoadResult {
  const out: LoadResult = { articles: [], diagnostics: [] };
  for (const item of walkCorpus(dir, language))
    if (item.kind === 'article') out.articles.push(item.article);
    else out.diagnostics.push(...item.diagnostics);
  const seen = new Map<string, string>();
  for (const a of out.articles) {
    const first = seen.get(a.document.id);
    if (first !== undefined)
      out.diagnostics.push({
        code: 'CORPUS_DUPLICATE_ID',
        severity: 'error',
        message: `id "${a.document.id}" is also the id of ${first}`,
        file: a.file,
        line: 1,
        column: 1,
      });
    else seen.set(a.document.id, a.file);
  }
  return out;
}
