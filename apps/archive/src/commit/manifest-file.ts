import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import type { ManifestArticle } from '../job/article-job.js';

/** manifest.json's format. 1 (unversioned): no textSha256/sourceEncoding; 2: fixity of the decoded text, buildKey. */
export const MANIFEST_VERSION = 2;

export interface ManifestCorpus {
  tei: string;
  teiSha256: string;
  articles: number;
}

export interface Manifest {
  manifestVersion: number;
  articles: ManifestArticle[];
  corpus: ManifestCorpus;
  /** SHA-256 over every job's key, in order, and the corpus options: equal keys, equal archive */
  buildKey?: string;
}

const indent = (json: string, by: string) => json.replace(/\n/g, `\n${by}`);

/**
 * Writes manifest.json one article at a time, in exactly the bytes `JSON.stringify(manifest,
 * null, 2)` gives, so nothing holds the whole list.
 */
export class ManifestWriter {
  private readonly fd: number;
  private count = 0;
  private open = true;

  constructor(path: string) {
    this.fd = openSync(path, 'w');
    writeSync(this.fd, `{\n  "manifestVersion": ${MANIFEST_VERSION},\n  "articles": [`);
  }

  add(article: ManifestArticle): void {
    writeSync(
      this.fd,
      `${this.count++ === 0 ? '' : ','}\n    ${indent(JSON.stringify(article, null, 2), '    ')}`,
    );
  }

  finish(corpus: ManifestCorpus, buildKey: string): void {
    const end = this.count === 0 ? ']' : '\n  ]';
    const rest = `,\n  "corpus": ${indent(JSON.stringify(corpus, null, 2), '  ')},\n  "buildKey": ${JSON.stringify(buildKey)}\n}\n`;
    writeSync(this.fd, end + rest);
    this.abandon();
  }

  /** Closes the file (once); the staging area it is in is removed by the caller. */
  abandon(): void {
    if (this.open) closeSync(this.fd);
    this.open = false;
  }
}

/** The manifest at `path`, or a reason it cannot be read. */
export function readManifest(path: string): Manifest | string {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT'
      ? 'there is no manifest.json (not an archive, or a build that never finished)'
      : `manifest.json cannot be read: ${(e as Error).message}`;
  }
  const m = json as Partial<Manifest>;
  if (typeof m !== 'object' || m === null || !Array.isArray(m.articles) || typeof m.corpus !== 'object')
    return 'manifest.json is not a Warraq archive manifest (no "articles" list or "corpus")';
  return { ...m, manifestVersion: m.manifestVersion ?? 1 } as Manifest;
}
