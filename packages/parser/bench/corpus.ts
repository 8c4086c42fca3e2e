import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ArticleRecord, parseManifestJsonl } from '@warraq/schema';
import { sharedPath } from '../../../test-support/shared-data.js';

export interface CorpusArticle {
  /** folder/file, relative to the shared corpus */
  path: string;
  bytes: Uint8Array;
  record: ArticleRecord;
}

/** Every article of the shared corpus folders that have a manifest, with its metadata. */
export function loadCorpus(): CorpusArticle[] {
  const root = sharedPath('corpus');
  const out: CorpusArticle[] = [];
  for (const folder of readdirSync(root, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    const dir = join(root, folder.name);
    let manifestText: string;
    try {
      manifestText = readFileSync(join(dir, 'manifest.jsonl'), 'utf8');
    } catch {
      continue;
    }
    const manifest = parseManifestJsonl(manifestText, `${folder.name}/manifest.jsonl`, { language: 'ar' });
    if (manifest.errors.length > 0) throw new Error(`${folder.name}: ${JSON.stringify(manifest.errors[0])}`);
    for (const [file, record] of [...manifest.entries].sort(([a], [b]) => (a < b ? -1 : 1))) {
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
