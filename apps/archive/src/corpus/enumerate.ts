import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { type Diagnostic, parseManifestJsonl, Rights } from '@warraq/schema';

type CorpusRights = ReturnType<typeof Rights.parse>;

import type { ArticleJob, JobMetadata } from '../job/article-job.js';

/** One article found in the corpus; its bytes are read only when its job is made. */
export interface CorpusEntry {
  /** path of the article's text file */
  file: string;
  /** its metadata, or the sidecar to read it from */
  metadata: { kind: 'sidecar'; file: string } | Extract<JobMetadata, { kind: 'manifest' }>;
}

export interface CorpusListing {
  entries: CorpusEntry[];
  /** problems with the corpus itself (missing sidecar, bad manifest line, missing file): errors */
  diagnostics: Diagnostic[];
  /** files the archive keeps beside the articles' (manifest.jsonl, rights.json): for a bag */
  metadataFiles: string[];
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function corpusError(file: string, message: string): Diagnostic {
  return { code: 'CORPUS_FILE', severity: 'error', message, file, line: 1, column: 1 };
}

/** `*.txt` articles, each with a `.meta.yaml` sidecar. */
function listSidecarFolder(dir: string, out: CorpusListing): void {
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort(byName)) {
    const file = join(dir, name);
    const sidecar = file.replace(/\.txt$/, '.meta.yaml');
    if (existsSync(sidecar)) out.entries.push({ file, metadata: { kind: 'sidecar', file: sidecar } });
    else
      out.diagnostics.push(
        corpusError(
          file,
          `no metadata: ${sidecar} is missing (see the @warraq/schema README for the format)`,
        ),
      );
  }
}

/**
 * The rights of a whole manifest corpus, from `rights.json` beside the manifest
 * (`{"statement": "…", "licenceUrl": "https://…"}`): given to every article that states none.
 */
function corpusRights(dir: string, out: CorpusListing): CorpusRights | undefined {
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

/** A crawled dataset: `manifest.jsonl` describing the `.txt` files beside it. */
function listManifestFolder(dir: string, language: string, out: CorpusListing): void {
  const manifest = join(dir, 'manifest.jsonl');
  out.metadataFiles.push(manifest);
  const { entries, errors } = parseManifestJsonl(readFileSync(manifest, 'utf8'), manifest, { language });
  out.diagnostics.push(...errors);
  const rights = corpusRights(dir, out);
  for (const [name, record] of [...entries].sort(([a], [b]) => byName(a, b))) {
    const file = join(dir, name);
    if (!existsSync(file)) {
      out.diagnostics.push(corpusError(manifest, `${name} is listed in the manifest but does not exist`));
      continue;
    }
    const metadata = rights && !record.metadata.rights ? { ...record.metadata, rights } : record.metadata;
    out.entries.push({ file, metadata: { kind: 'manifest', id: record.id, metadata } });
  }
}

/** Why `dir` cannot be a corpus: it does not exist, or is not a directory. */
export function corpusFolderProblem(dir: string): string | undefined {
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

/** The path as the manifest records it: relative to the corpus folder, '/'-separated. */
export const relativeSource = (corpusDir: string, file: string) =>
  relative(corpusDir, file).split(sep).join('/');

/** Reads one entry's bytes (and sidecar) into a job. */
export function jobFor(
  entry: CorpusEntry,
  seq: number,
  corpusDir: string,
  common: Pick<ArticleJob, 'language' | 'tei' | 'madeOn'>,
): ArticleJob {
  const metadata: JobMetadata =
    entry.metadata.kind === 'sidecar'
      ? { kind: 'sidecar', fileName: entry.metadata.file, text: readFileSync(entry.metadata.file, 'utf8') }
      : entry.metadata;
  const job: ArticleJob = {
    seq,
    source: relativeSource(corpusDir, entry.file),
    fileName: basename(entry.file),
    bytes: readFileSync(entry.file),
    metadata,
    language: common.language,
    tei: common.tei,
  };
  if (common.madeOn !== undefined) job.madeOn = common.madeOn;
  return job;
}
