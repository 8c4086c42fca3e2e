import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle, parseArticleWithSidecar } from '@warraq/parser';
import { parseManifestJsonl, type WarraqDocument } from '@warraq/schema';
import { repoRoot, sharedPath } from '../../../test-support/shared-data.js';

export interface LoadedArticle {
  file: string;
  document: WarraqDocument;
}

/** The repository's corpus/: `*.txt` with `.meta.yaml` sidecars. */
export function repoArticles(): LoadedArticle[] {
  const dir = join(repoRoot, 'corpus');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const file = join(dir, f);
      const sidecar = file.replace(/\.txt$/, '.meta.yaml');
      const out = parseArticleWithSidecar(
        { fileName: f, bytes: readFileSync(file) },
        { fileName: sidecar, text: readFileSync(sidecar, 'utf8') },
      );
      if (!out.ok) throw new Error(`${file}: ${JSON.stringify(out.diagnostics)}`);
      return { file, document: out.document };
    });
}

/** The 200 articles of ../shared/corpus (folders with manifest.jsonl), for measuring only. */
export function sharedArticles(): LoadedArticle[] {
  const root = sharedPath('corpus');
  const out: LoadedArticle[] = [];
  for (const folder of readdirSync(root).sort()) {
    const manifest = join(root, folder, 'manifest.jsonl');
    let text: string;
    try {
      text = readFileSync(manifest, 'utf8');
    } catch {
      continue;
    }
    const { entries, errors } = parseManifestJsonl(text, manifest, { language: 'ar' });
    if (errors.length > 0) throw new Error(JSON.stringify(errors));
    for (const [name, record] of [...entries].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const file = join(root, folder, name);
      const parsed = parseArticle({
        bytes: readFileSync(file),
        fileName: name,
        id: record.id,
        metadata: record.metadata,
      });
      if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.diagnostics)}`);
      out.push({ file, document: parsed.document });
    }
  }
  return out;
}
