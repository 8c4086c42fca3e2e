import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle, parseArticleWithSidecar } from '@warraq/parser';
import { type Diagnostic, parseManifestJsonl, type WarraqDocument } from '@warraq/schema';

export interface LoadedArticle {
  /** path of the article's text file */
  file: string;
  document: WarraqDocument;
}

export interface LoadResult {
  articles: LoadedArticle[];
  diagnostics: Diagnostic[];
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function missing(file: string, message: string): Diagnostic {
  return { code: 'CORPUS_FILE', severity: 'error', message, file, line: 1, column: 1 };
}

/** `*.txt` articles, each with a `.meta.yaml` sidecar. */
function loadSidecarFolder(dir: string, out: LoadResult): void {
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort(byName)) {
    const file = join(dir, name);
    const sidecar = file.replace(/\.txt$/, '.meta.yaml');
    if (!existsSync(sidecar)) {
      out.diagnostics.push(
        missing(file, `no metadata: ${sidecar} is missing (see the @warraq/schema README for the format)`),
      );
      continue;
    }
    const parsed = parseArticleWithSidecar(
      { fileName: name, bytes: readFileSync(file) },
      { fileName: sidecar, text: readFileSync(sidecar, 'utf8') },
    );
    if (parsed.ok) out.articles.push({ file, document: parsed.document });
    else out.diagnostics.push(...parsed.diagnostics.map((d) => ({ ...d, file: d.file ?? file })));
  }
}

/** A crawled dataset: `manifest.jsonl` describing the `.txt` files beside it. */
function loadManifestFolder(dir: string, language: string, out: LoadResult): void {
  const manifest = join(dir, 'manifest.jsonl');
  const { entries, errors } = parseManifestJsonl(readFileSync(manifest, 'utf8'), manifest, { language });
  out.diagnostics.push(...errors);
  for (const [name, record] of [...entries].sort(([a], [b]) => byName(a, b))) {
    const file = join(dir, name);
    if (!existsSync(file)) {
      out.diagnostics.push(missing(manifest, `${name} is listed in the manifest but does not exist`));
      continue;
    }
    const parsed = parseArticle({
      bytes: readFileSync(file),
      fileName: name,
      id: record.id,
      metadata: record.metadata,
    });
    if (parsed.ok) out.articles.push({ file, document: parsed.document });
    else out.diagnostics.push(...parsed.diagnostics.map((d) => ({ ...d, file: d.file ?? file })));
  }
}

/**
 * Reads a corpus folder: a folder with manifest.jsonl, or `*.txt` + `.meta.yaml` files, or a
 * folder whose subfolders are such corpora (as ../shared/corpus is). Never throws on bad input:
 * problems come back as diagnostics naming the file, line and column.
 */
export function loadCorpus(dir: string, language: string): LoadResult {
  const out: LoadResult = { articles: [], diagnostics: [] };
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    out.diagnostics.push(missing(dir, 'not a directory'));
    return out;
  }
  const visit = (folder: string, depth: number) => {
    if (existsSync(join(folder, 'manifest.jsonl'))) return loadManifestFolder(folder, language, out);
    const names = readdirSync(folder).sort(byName);
    // below the top, a folder is a corpus only if it describes its articles (ner-gold is not one)
    const isCorpus =
      depth === 0 ? names.some((n) => n.endsWith('.txt')) : names.some((n) => n.endsWith('.meta.yaml'));
    if (isCorpus) return loadSidecarFolder(folder, out);
    if (depth > 0) return;
    for (const n of names) if (statSync(join(folder, n)).isDirectory()) visit(join(folder, n), depth + 1);
  };
  visit(dir, 0);
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
