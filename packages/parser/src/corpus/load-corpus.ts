import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { type ArticleRecord, type Diagnostic, parseManifestJsonl, type WarraqDocument } from '@warraq/schema';
import { checkIsText } from '../decode/check-text.js';
import { type ParseOptions, parseArticle } from '../parse.js';
import { parseArticleWithSidecar } from '../sidecar.js';

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

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function missing(file: string, message: string): Diagnostic {
  return { code: 'CORPUS_FILE', severity: 'error', message, file, line: 1, column: 1 };
}

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
  const sidecar = file.replace(/\.txt$/i, '.meta.yaml');
  if (!existsSync(file)) return problem(missing(file, 'cannot read the article: no such file'));
  if (!existsSync(sidecar))
    return problem(
      missing(file, `no metadata: ${sidecar} is missing (see the @warraq/schema README for the format)`),
    );
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

/** `*.txt` articles, each with a `.meta.yaml` sidecar. */
function* sidecarFolder(dir: string): Generator<CorpusItem> {
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort(byName))
    yield loadSidecarArticle(join(dir, name), name);
}

/** One article of a crawled dataset, described by its manifest record. */
function manifestArticle(
  file: string,
  name: string,
  record: ArticleRecord,
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

/** A crawled dataset: `manifest.jsonl` describing the `.txt` files beside it. */
function* manifestFolder(dir: string, language: string): Generator<CorpusItem> {
  const manifest = join(dir, 'manifest.jsonl');
  const { entries, errors } = parseManifestJsonl(readFileSync(manifest, 'utf8'), manifest, { language });
  if (errors.length > 0) yield problem(...errors);
  for (const [name, record] of [...entries].sort(([a], [b]) => byName(a, b))) {
    const file = join(dir, name);
    if (existsSync(file)) yield manifestArticle(file, name, record);
    else yield problem(missing(manifest, `${name} is listed in the manifest but does not exist`));
  }
}

/**
 * One article given by its path: described by its `.meta.yaml` sidecar, or else by its record in
 * the `manifest.jsonl` beside it (an article of a crawled dataset, briefed on its own).
 */
export function loadArticle(file: string, language: string, options: ParseOptions = {}): CorpusItem {
  const manifest = join(dirname(file), 'manifest.jsonl');
  if (existsSync(file.replace(/\.txt$/i, '.meta.yaml')) || !existsSync(manifest))
    return loadSidecarArticle(file, file, options);
  const { entries, errors } = parseManifestJsonl(readFileSync(manifest, 'utf8'), manifest, { language });
  const record = entries.get(basename(file));
  if (record !== undefined && existsSync(file)) return manifestArticle(file, basename(file), record, options);
  return problem(
    ...errors,
    missing(file, `no metadata: no .meta.yaml beside it and no entry for ${basename(file)} in ${manifest}`),
  );
}

/**
 * The articles of a corpus folder one at a time, in a stable order (file names sorted), so a caller
 * can handle each and let it go: a folder with manifest.jsonl, or `*.txt` + `.meta.yaml` files, or
 * a folder whose subfolders are such corpora (as ../shared/corpus is). Never throws on bad input.
 */
export function* walkCorpus(dir: string, language: string): Generator<CorpusItem> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    yield problem(missing(dir, 'not a directory'));
    return;
  }
  function* visit(folder: string, depth: number): Generator<CorpusItem> {
    if (existsSync(join(folder, 'manifest.jsonl'))) {
      yield* manifestFolder(folder, language);
      return;
    }
    const names = readdirSync(folder).sort(byName);
    // below the top, a folder is a corpus only if it describes its articles (ner-gold is not one)
    const isCorpus =
      depth === 0 ? names.some((n) => n.endsWith('.txt')) : names.some((n) => n.endsWith('.meta.yaml'));
    if (isCorpus) {
      yield* sidecarFolder(folder);
      return;
    }
    if (depth > 0) return;
    for (const n of names)
      if (statSync(join(folder, n)).isDirectory()) yield* visit(join(folder, n), depth + 1);
  }
  yield* visit(dir, 0);
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
  if (out.articles.length === 0 && out.diagnostics.length === 0)
    out.diagnostics.push(
      missing(dir, 'no articles found (expected *.txt with .meta.yaml, or manifest.jsonl)'),
    );
  return out;
}
