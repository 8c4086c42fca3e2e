/**
 * Listing a corpus folder without reading its articles: which files are articles and where each
 * one's metadata comes from. One listing for every app, so the archive and the brief read a corpus
 * alike (warraq-archive builds jobs from it; walkCorpus parses its entries one at a time).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type ArticleMetadata, type Diagnostic, parseManifestJsonl, Rights } from '@warraq/schema';

type CorpusRights = ReturnType<typeof Rights.parse>;

/** One article found in the corpus; its bytes are read only when it is loaded. */
export interface CorpusEntry {
  /** path of the article's text file */
  file: string;
  /** its metadata, or the sidecar to read it from */
  metadata: { kind: 'sidecar'; file: string } | { kind: 'manifest'; id: string; metadata: ArticleMetadata };
}

export interface CorpusListing {
  entries: CorpusEntry[];
  /** problems with the corpus itself (missing sidecar, bad manifest line, missing file): errors */
  diagnostics: Diagnostic[];
  /** files kept beside the articles' (manifest.jsonl, rights.json): for an archive's bag */
  metadataFiles: string[];
}

/** A manifest.jsonl's records by file name, with the corpus's rights given to those that state none. */
export interface ManifestCorpus {
  records: Map<string, { id: string; metadata: ArticleMetadata }>;
  diagnostics: Diagnostic[];
  metadataFiles: string[];
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function corpusError(file: string, message: string): Diagnostic {
  return { code: 'CORPUS_FILE', severity: 'error', message, file, line: 1, column: 1 };
}

/** The `.meta.yaml` sidecar that describes an article's `.txt` file. */
export const sidecarOf = (file: string): string => file.replace(/\.txt$/i, '.meta.yaml');

/** An article without its sidecar. */
export function missingSidecar(file: string): Diagnostic {
  return corpusError(
    file,
    `no metadata: ${sidecarOf(file)} is missing (see the @warraq/schema README for the format)`,
  );
}

/** `*.txt` articles, each with a `.meta.yaml` sidecar. */
function listSidecarFolder(dir: string, out: CorpusListing): void {
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort(byName)) {
    const file = join(dir, name);
    const sidecar = sidecarOf(file);
    if (existsSync(sidecar)) out.entries.push({ file, metadata: { kind: 'sidecar', file: sidecar } });
    else out.diagnostics.push(missingSidecar(file));
  }
}

/**
 * The rights of a whole manifest corpus, from `rights.json` beside the manifest
 * (`{"statement": "…", "licenceUrl": "https://…"}`): given to every article that states none.
 */
function corpusRights(dir: string, out: ManifestCorpus): CorpusRights | undefined {
  const file = join(dir, 'rights.json');
  if (!existsSync(file)) return undefined;
  out.metadataFiles.push(file);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    out.diagnostics.push(corpusError(file, `not valid JSON: ${(e as Error).message}`));
    return undefined;
  }
  const parsed = Rights.strict().safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  out.diagnostics.push(
    corpusError(file, `not a rights statement: ${issue?.path.join('.') || '(file)'}: ${issue?.message}`),
  );
  return undefined;
}

/** The records of the `manifest.jsonl` in `dir` (which must exist), with its corpus's rights applied. */
export function readManifestCorpus(dir: string, language: string): ManifestCorpus {
  const manifest = join(dir, 'manifest.jsonl');
  const out: ManifestCorpus = { records: new Map(), diagnostics: [], metadataFiles: [manifest] };
  const { entries, errors } = parseManifestJsonl(readFileSync(manifest, 'utf8'), manifest, { language });
  out.diagnostics.push(...errors);
  const rights = corpusRights(dir, out);
  for (const [name, record] of entries) {
    const metadata = rights && !record.metadata.rights ? { ...record.metadata, rights } : record.metadata;
    out.records.set(name, { id: record.id, metadata });
  }
  return out;
}

/** A crawled dataset: `manifest.jsonl` describing the `.txt` files beside it. */
function listManifestFolder(dir: string, language: string, out: CorpusListing): void {
  const manifest = join(dir, 'manifest.jsonl');
  const corpus = readManifestCorpus(dir, language);
  out.metadataFiles.push(...corpus.metadataFiles);
  out.diagnostics.push(...corpus.diagnostics);
  for (const [name, record] of [...corpus.records].sort(([a], [b]) => byName(a, b))) {
    const file = join(dir, name);
    if (!existsSync(file)) {
      out.diagnostics.push(corpusError(manifest, `${name} is listed in the manifest but does not exist`));
      continue;
    }
    out.entries.push({ file, metadata: { kind: 'manifest', ...record } });
  }
}

/** Why `dir` cannot be a corpus: it does not exist, or is not a directory. */
function corpusFolderProblem(dir: string): string | undefined {
  if (!existsSync(dir)) return 'does not exist';
  if (!statSync(dir).isDirectory()) return 'is not a directory';
  return undefined;
}

/**
 * Lists a corpus folder: a folder with manifest.jsonl, or `*.txt` + `.meta.yaml` files, or a
 * folder whose subfolders are such corpora (as ../shared/corpus is), in a fixed order (folders and
 * files by name). Never throws on bad input: problems come back as located diagnostics.
 */
export function listCorpus(dir: string, language: string): CorpusListing {
  const out: CorpusListing = { entries: [], diagnostics: [], metadataFiles: [] };
  const problem = corpusFolderProblem(dir);
  if (problem !== undefined) {
    out.diagnostics.push(corpusError(dir, `the corpus folder ${problem}`));
    return out;
  }
  const visit = (folder: string, depth: number) => {
    if (existsSync(join(folder, 'manifest.jsonl'))) return listManifestFolder(folder, language, out);
    const names = readdirSync(folder).sort(byName);
    // below the top, a folder is a corpus only if it describes its articles (ner-gold is not one)
    const isCorpus =
      depth === 0 ? names.some((n) => n.endsWith('.txt')) : names.some((n) => n.endsWith('.meta.yaml'));
    if (isCorpus) return listSidecarFolder(folder, out);
    if (depth > 0) return;
    for (const n of names) if (statSync(join(folder, n)).isDirectory()) visit(join(folder, n), depth + 1);
  };
  visit(dir, 0);
  if (out.entries.length === 0 && out.diagnostics.length === 0)
    out.diagnostics.push(
      corpusError(dir, 'no articles found (expected *.txt with .meta.yaml, or manifest.jsonl)'),
    );
  return out;
}
