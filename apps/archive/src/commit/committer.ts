import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '@warraq/schema';
import { addCorpusMember, type CorpusSummary, emptyCorpusSummary } from '@warraq/tei';
import type { ArticleResult, XmlText } from '../job/article-job.js';
import type { ArchiveFolder } from './archive-folder.js';
import type { ArticleCache } from './cache.js';
import { type Manifest, ManifestWriter } from './manifest-file.js';

type OkResult = Extract<ArticleResult, { ok: true }>;
/** A result from the processor, or a cache hit whose entry is read only when its turn comes. */
export type Pending = ArticleResult | { cachedKey: string; seq: number };

/** What became of one article, for the summary. */
export interface Outcome {
  seq: number;
  source: string;
  id?: string;
  status: 'written' | 'unchanged' | 'refused';
  cached: boolean;
  diagnostics: Diagnostic[];
  millis: number;
}

/**
 * Commits results in corpus order, whatever order they arrive in: each TEI that differs from the
 * published one goes to the staging area, each corpus member and manifest entry is appended to a
 * staging file. Holds only results that arrived ahead of their turn.
 */
export class Committer {
  readonly summary: CorpusSummary = emptyCorpusSummary();
  readonly stagedTei: string[] = [];
  readonly teiNames = new Set<string>();
  readonly membersPath: string;
  readonly manifestPath: string;
  firstMember: XmlText | undefined;
  refused = 0;
  private readonly pending = new Map<number, Pending>();
  private next = 0;
  private readonly keys = new Map<number, string>();
  private readonly ids = new Map<string, string>();
  private readonly previousTei: Map<string, string>;
  private readonly members: number;
  private membersOpen = true;
  private readonly manifest: ManifestWriter;

  constructor(
    private readonly folder: ArchiveFolder,
    private readonly cache: ArticleCache,
    previous: Manifest | undefined,
    /** after an interrupted publication the manifest does not describe the files: hash them */
    private readonly recovering: boolean,
    private readonly onOutcome: (outcome: Outcome) => void,
    private readonly displayPath: (source: string) => string,
  ) {
    this.previousTei = new Map((previous?.articles ?? []).map((a) => [a.tei, a.teiSha256]));
    this.membersPath = join(folder.staging, 'corpus.members');
    this.manifestPath = join(folder.staging, 'manifest.json');
    this.members = openSync(this.membersPath, 'w');
    this.manifest = new ManifestWriter(this.manifestPath);
  }

  /** The key of the job at `seq`, so a processed result can be cached under it. */
  expect(seq: number, key: string): void {
    this.keys.set(seq, key);
  }

  accept(item: Pending): void {
    this.pending.set(item.seq, item);
    for (let p = this.pending.get(this.next); p !== undefined; p = this.pending.get(this.next)) {
      this.pending.delete(this.next);
      this.commit(p);
      this.next++;
    }
  }

  get committed(): number {
    return this.next;
  }

  private commit(item: Pending): void {
    let result: ArticleResult | undefined;
    let cached = false;
    if ('cachedKey' in item) {
      result = this.cache.read(item.cachedKey, item.seq);
      cached = true;
      if (result === undefined)
        throw new Error(
          `the cache entry ${item.cachedKey} was removed or damaged during the build (in ${this.folder.cache}): build again`,
        );
    } else result = item;
    const diagnostics = result.diagnostics.map((d) => this.located(d, result.source));
    if (!result.ok) {
      this.refuse(result.seq, result.source, diagnostics, result.millis, cached);
      return;
    }
    const first = this.ids.get(result.id);
    if (first !== undefined) {
      const file = this.displayPath(result.source);
      const message = `id "${result.id}" is also the id of ${first}`;
      const duplicate: Diagnostic = {
        code: 'CORPUS_DUPLICATE_ID',
        severity: 'error',
        message,
        file,
        line: 1,
        column: 1,
      };
      this.refuse(result.seq, result.source, [duplicate], result.millis, cached);
      return;
    }
    this.ids.set(result.id, result.source);
    const key = this.keys.get(result.seq);
    this.keys.delete(result.seq);
    if (!cached && key !== undefined) this.cache.write(key, result);
    const written = this.stage(result);
    this.firstMember ??= result.corpusMember.xml;
    writeFileSync(this.members, result.corpusMember.xml);
    addCorpusMember(this.summary, result.corpusMember.stats);
    this.manifest.add(result.manifest);
    this.onOutcome({
      seq: result.seq,
      source: result.source,
      id: result.id,
      status: written ? 'written' : 'unchanged',
      cached,
      diagnostics,
      millis: result.millis,
    });
  }

  private refuse(seq: number, source: string, diagnostics: Diagnostic[], millis: number, cached: boolean) {
    this.refused++;
    this.onOutcome({ seq, source, status: 'refused', cached, diagnostics, millis });
  }

  /** The parser names the file as the TEI records it (its base name); the console shows the path. */
  private located(d: Diagnostic, source: string): Diagnostic {
    const base = source.slice(source.lastIndexOf('/') + 1);
    return d.file === base || d.file === undefined ? { ...d, file: this.displayPath(source) } : d;
  }

  /** Stages the TEI unless the published file already has these bytes. */
  private stage(result: OkResult): boolean {
    const name = result.teiFileName;
    this.teiNames.add(name);
    const published = join(this.folder.payload, name);
    const same = this.recovering
      ? existsSync(published) &&
        createHash('sha256').update(readFileSync(published)).digest('hex') === result.manifest.teiSha256
      : this.previousTei.get(name) === result.manifest.teiSha256 && existsSync(published);
    if (same) return false;
    writeFileSync(join(this.folder.staging, name), result.tei);
    this.stagedTei.push(name);
    return true;
  }

  /** Closes the staging files; the manifest still needs the corpus entry (`finishManifest`). */
  closeMembers(): void {
    if (this.membersOpen) closeSync(this.members);
    this.membersOpen = false;
  }

  finishManifest(corpus: Parameters<ManifestWriter['finish']>[0], buildKey: string): void {
    this.manifest.finish(corpus, buildKey);
  }

  abandon(): void {
    this.closeMembers();
    this.manifest.abandon();
  }
}
