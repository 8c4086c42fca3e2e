import {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
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

const ENTRY = '.entry';

/** The names in a folder, none when it cannot be read (a cache that was never made). */
function namesIn(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** Enough bytes for an entry's first line, almost always (a few hundred bytes; more with many diagnostics). */
const HEADER_PROBE = 16 * 1024;

/**
 * An entry's first line, where its XML starts, and the length the whole entry must have; undefined
 * when `bytes` holds no complete first line. Throws if that line is not JSON.
 */
function parseHeader(
  bytes: Buffer,
): { header: EntryHeader; teiStart: number; entryLength: number } | undefined {
  const endOfHeader = bytes.indexOf(0x0a);
  if (endOfHeader < 0) return undefined;
  const header = JSON.parse(bytes.toString('utf8', 0, endOfHeader)) as EntryHeader;
  const teiStart = endOfHeader + 1;
  return { header, teiStart, entryLength: teiStart + header.teiBytes + header.memberBytes };
}

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
  /** fan-out folders known to exist: one mkdir each per build, not one per entry written */
  private readonly madeDirs = new Set<string>();
  private readonly probe = Buffer.allocUnsafe(HEADER_PROBE);

  constructor(
    private readonly dir: string,
    /** where temp files go (the staging area: removed by the next build if this one is killed) */
    private readonly tempDir: string,
  ) {}

  private path(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}${ENTRY}`);
  }

  /**
   * An entry for `key` that is whole: its header parses and its length is the one the header
   * gives. A truncated or garbled entry (a full disk, a copy cut short) is not used: the article
   * is processed again and the entry rewritten. (Only the header is read here: the entry itself
   * is read when its turn to be committed comes.)
   */
  has(key: string): boolean {
    let fd: number | undefined;
    try {
      fd = openSync(this.path(key), 'r');
      const read = readSync(fd, this.probe, 0, HEADER_PROBE, 0);
      const parsed = parseHeader(this.probe.subarray(0, read));
      // a header longer than the probe (an article with very many diagnostics): read it all
      if (parsed === undefined) return read === HEADER_PROBE && this.read(key, 0) !== undefined;
      return parsed.entryLength === fstatSync(fd).size;
    } catch {
      return false;
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }

  /** The entry for `key` as a result at `seq`; undefined if absent or unreadable (then it is rebuilt). */
  read(key: string, seq: number): OkResult | undefined {
    try {
      const entry = readFileSync(this.path(key));
      const parsed = parseHeader(entry);
      if (parsed === undefined || parsed.entryLength !== entry.length) return undefined;
      const { teiBytes, memberBytes: _memberBytes, corpusMemberStats, ...header } = parsed.header;
      const teiStart = parsed.teiStart;
      const memberStart = teiStart + teiBytes;
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
    const fanOut = key.slice(0, 2);
    if (!this.madeDirs.has(fanOut)) {
      mkdirSync(join(this.dir, fanOut), { recursive: true });
      this.madeDirs.add(fanOut);
    }
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

  /**
   * Removes every file of the cache but the entries of `keep`: what earlier builds of this folder
   * left (articles changed or gone, other options, another version of the tool, older entry
   * formats), which no build reads again. Without it the cache grew by a whole archive's worth of
   * entries with every release. Returns how many files went; one that cannot be removed stays
   * (the next build tries again). Entries are whole files, so a build killed while pruning leaves
   * a cache that is only smaller.
   */
  prune(keep: ReadonlySet<string>): number {
    let removed = 0;
    for (const fan of namesIn(this.dir)) {
      if (!/^[0-9a-f]{2}$/.test(fan)) continue;
      const folder = join(this.dir, fan);
      for (const name of namesIn(folder)) {
        if (name.endsWith(ENTRY) && keep.has(name.slice(0, -ENTRY.length))) continue;
        try {
          rmSync(join(folder, name), { force: true, recursive: true });
          removed++;
        } catch {
          // left for the next build
        }
      }
    }
    return removed;
  }
}
