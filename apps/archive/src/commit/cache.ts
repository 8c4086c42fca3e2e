import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleResult } from '../job/article-job.js';

type OkResult = Extract<ArticleResult, { ok: true }>;
/** What the cache keeps of a processed article: everything but its place in this run. */
export type CachedArticle = Omit<OkResult, 'seq' | 'millis'>;

/**
 * Processed articles by `jobKey` (bytes, metadata, options, tool version), one JSON file each,
 * fanned out by the key's first two hex digits. Entries are written whole (temp file + rename),
 * so a killed build leaves either a complete entry or none.
 */
export class ArticleCache {
  constructor(
    private readonly dir: string,
    /** where temp files go (the staging area: removed by the next build if this one is killed) */
    private readonly tempDir: string,
  ) {}

  private path(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  has(key: string): boolean {
    return existsSync(this.path(key));
  }

  /** The entry for `key` as a result at `seq`; undefined if absent or unreadable (then it is rebuilt). */
  read(key: string, seq: number): OkResult | undefined {
    try {
      const cached = JSON.parse(readFileSync(this.path(key), 'utf8')) as CachedArticle;
      return { ...cached, ok: true, seq, millis: 0 };
    } catch {
      return undefined;
    }
  }

  write(key: string, result: OkResult): void {
    const { seq: _seq, millis: _millis, ...entry } = result;
    const path = this.path(key);
    mkdirSync(join(this.dir, key.slice(0, 2)), { recursive: true });
    const temp = join(this.tempDir, `cache-${key}.tmp`);
    writeFileSync(temp, JSON.stringify(entry));
    renameSync(temp, path);
  }
}
