import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleMetadata } from '@warraq/schema';
import { sharedPath } from '../../../test-support/shared-data.js';
import { readManifestCorpus } from '../src/corpus/list-corpus.js';

export interface CorpusArticle {
  /** folder/file, relative to the shared corpus */
  path: string;
  bytes: Uint8Array;
  record: { id: string; metadata: ArticleMetadata };
}

/**
 * Every article of the shared corpus folders that have a manifest, with its metadata, read as the
 * apps read it (readManifestCorpus: rights.json included); a problem with a manifest is thrown.
 */
export function loadCorpus(): CorpusArticle[] {
  const root = sharedPath('corpus');
  const out: CorpusArticle[] = [];
  for (const folder of readdirSync(root, { withFileTypes: true })) {
    const dir = join(root, folder.name);
    if (!folder.isDirectory() || !existsSync(join(dir, 'manifest.jsonl'))) continue;
    const manifest = readManifestCorpus(dir, 'ar');
    if (manifest.diagnostics.length > 0)
      throw new Error(`${folder.name}: ${JSON.stringify(manifest.diagnostics[0])}`);
    for (const [file, record] of [...manifest.records].sort(([a], [b]) => (a < b ? -1 : 1))) {
      // ids must be NCNames: corpus file names may start with a digit
      const safe = /^[A-Za-z_]/.test(record.id) ? record : { ...record, id: `a_${record.id}` };
      out.push({
        path: `${folder.name}/${file}`,
        bytes: new Uint8Array(readFileSync(join(dir, file))),
        record: safe,
      });
    }
  }
  return out;
}
