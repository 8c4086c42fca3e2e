import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleResult, XmlText } from '../job/article-job.js';

type OkResult = Extract<ArticleResult, { ok: true }>;
/** What the cache keeps of a processed article: everything but its place in this run. */
export type CachedArticle = Omit<OkResult, 'seq' | 'millis'>;

/** An entry's first line: everything but the two XML texts, and their lengths in UTF-8 bytes. */
type EntryHeader = Omit<CachedArticle, 'ok' | 'tei' | 'corpusMember'> & {
  corpusMemberStats: CachedArticle['corpusMember']['stats'];
  teiBytes: number;
  memberBytes: number;
};

const byteLength = (xml: XmlText) => (typeof xml === 'string' ? Buffer.byteLength(xml) : xml.byteLength);

/**
 * Processed articles by `jobKey` (bytes, metadata, options, tool version), one file each, fanned
 * out by the key's first two hex digits: a JSON line, then the TEI and the corpus member as they
 * are. The XML is not put inside the JSON: escaping it made a string twice the article's TEI in
 * the build's main thread for every article, which its heap kept long enough to grow by tens of
 * MB over 10,000 articles. Entries are written whole (temp file + rename), so a killed build leaves
 * either a complete entry or none. (`.entry`: entries of the earlier all-JSON format are not read.)
 */
export class ArticleCache {
  constructor(
    private readonly dir: string,
    /** where temp files go (the staging area: removed by the next build if this one is killed) */
    private readonly tempDir: string,
  ) {}

  private path(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.entry`);
  }

  has(key: string): boolean {
    return existsSync(this.path(key));
  }

  /** The entry for `key` as a result at `seq`; undefined if absent or unreadable (then it is rebuilt). */
  read(key: string, seq: number): OkResult | undefined {
    try {
      const entry = readFileSync(this.path(key));
      const endOfHeader = entry.indexOf(0x0a);
      const { teiBytes, memberBytes, corpusMemberStats, ...header } = JSON.parse(
        entry.toString('utf8', 0, endOfHeader),
      ) as EntryHeader;
      const teiStart = endOfHeader + 1;
      const memberStart = teiStart + teiBytes;
      if (endOfHeader < 0 || memberStart + memberBytes !== entry.length) return undefined;
      return {
        ...header,
        tei: entry.subarray(teiStart, memberStart),
        corpusMember: { xml: entry.subarray(memberStart), stats: corpusMemberStats },
        ok: true,
        seq,
        millis: 0,
      };
    } catch {
      return undefined;
    }
  }

  write(key: string, result: OkResult): void {
    const { seq: _seq, millis: _millis, ok: _ok, tei, corpusMember, ...rest } = result;
    const header: EntryHeader = {
      ...rest,
      corpusMemberStats: corpusMember.stats,
      teiBytes: byteLength(tei),
      memberBytes: byteLength(corpusMember.xml),
    };
    const path = this.path(key);
    mkdirSync(join(this.dir, key.slice(0, 2)), { recursive: true });
    const temp = join(this.tempDir, `cache-${key}.tmp`);
    const fd = openSync(temp, 'w');
    try {
      writeFileSync(fd, `${JSON.stringify(header)}\n`);
      writeFileSync(fd, tei);
      writeFileSync(fd, corpusMember.xml);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  }
}
