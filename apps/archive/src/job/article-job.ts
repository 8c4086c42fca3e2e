/**
 * THE BOUNDARY A WORKER IMPLEMENTS. One article in, one result out, as small serialisable data:
 * no file system, no clock, no shared state. The build enumerates the corpus into `ArticleJob`s,
 * hands them to an `ArticleProcessor` (in-process, worker threads, or a remote queue whose
 * workers call `processArticles`), and commits the `ArticleResult`s in corpus order, whatever
 * order they come back in. `jobKey` is also the incremental cache's key.
 *
 * Keep these shapes and signatures compatible: other processors depend on them.
 */
import { createHash } from 'node:crypto';
import { checkIsText, parseArticle } from '@warraq/parser';
import { type ArticleMetadata, type Diagnostic, parseMetadataYaml } from '@warraq/schema';
import {
  type CorpusMemberStats,
  corpusMemberStats,
  decodeTei,
  encodeTei,
  encodeTeiCorpusMember,
  type TeiOptions,
} from '@warraq/tei';
import { toolVersion } from './tool-version.js';

/** Where an article's metadata came from: its `.meta.yaml` sidecar, or its record in `manifest.jsonl`. */
export type JobMetadata =
  | { kind: 'sidecar'; fileName: string; text: string }
  | { kind: 'manifest'; id: string; metadata: ArticleMetadata };

export interface ArticleJob {
  /** position in the corpus (enumeration order): results are committed in this order */
  seq: number;
  /** the article's path relative to the corpus folder, '/'-separated (as the manifest records it) */
  source: string;
  /** the file's name, as the TEI records it and the parser's diagnostics name it */
  fileName: string;
  /** the received bytes, exactly */
  bytes: Uint8Array;
  metadata: JobMetadata;
  /** language of manifest entries that state none (already applied to `metadata`; part of the key) */
  language: string;
  /** TEI options; `date` set only when the user fixed it (SOURCE_DATE_EPOCH) */
  tei: TeiOptions;
  /**
   * The day the TEI is made (YYYY-MM-DD), used when `tei.date` is unset. Not part of the key: a
   * cached TEI keeps the day it was really made.
   */
  madeOn?: string;
}

/**
 * XML made for an article: a string where it was made, its UTF-8 bytes once it has crossed from a
 * worker thread (transferred, not copied: strings sent to the main thread were 200 KB of garbage
 * per article there, and its young generation grew to 32 MB to hold them) or come from the cache.
 */
export type XmlText = string | Uint8Array;

const utf8 = new TextDecoder();

/** The XML as a string (decoding bytes as UTF-8). */
export const xmlString = (xml: XmlText): string => (typeof xml === 'string' ? xml : utf8.decode(xml));

/** One article's line in manifest.json. */
export interface ManifestArticle {
  id: string;
  source: string;
  /** SHA-256 of the received bytes */
  sourceSha256: string;
  /** the encoding the bytes were read as */
  sourceEncoding: string;
  /** SHA-256 of the decoded text (UTF-8): fixity for sources whose bytes the TEI cannot rebuild */
  textSha256: string;
  tei: string;
  teiSha256: string;
}

export type ArticleResult =
  | {
      ok: true;
      seq: number;
      source: string;
      id: string;
      /** `<id>.xml` */
      teiFileName: string;
      /** the TEI file's content */
      tei: XmlText;
      manifest: ManifestArticle;
      /** what corpus.xml needs: the member's `<TEI>` (ids prefixed) and the header's figures */
      corpusMember: { xml: XmlText; stats: CorpusMemberStats };
      /** the parser's diagnostics (warnings, notes), located */
      diagnostics: Diagnostic[];
      millis: number;
    }
  | { ok: false; seq: number; source: string; diagnostics: Diagnostic[]; millis: number };

export type FailedResult = Extract<ArticleResult, { ok: false }>;

export const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** SHA-256 over everything the result depends on: bytes, metadata, options and the tool's version. */
export function jobKey(job: ArticleJob): string {
  const h = createHash('sha256');
  const part = (s: string | Uint8Array) => {
    h.update(String(typeof s === 'string' ? Buffer.byteLength(s) : s.length));
    h.update(':');
    h.update(s);
  };
  part(toolVersion());
  part(job.source);
  part(job.fileName);
  part(job.bytes);
  part(JSON.stringify(job.metadata));
  part(job.language);
  part(JSON.stringify(job.tei, Object.keys(job.tei).sort()));
  return h.digest('hex');
}

export function failed(job: ArticleJob, diagnostics: Diagnostic[], started: number): FailedResult {
  return { ok: false, seq: job.seq, source: job.source, diagnostics, millis: performance.now() - started };
}

function parse(job: ArticleJob) {
  if (job.metadata.kind === 'manifest')
    return parseArticle({
      bytes: job.bytes,
      fileName: job.fileName,
      id: job.metadata.id,
      metadata: job.metadata.metadata,
    });
  const meta = parseMetadataYaml(job.metadata.text, job.metadata.fileName);
  if (!meta.ok) return { ok: false as const, diagnostics: meta.errors };
  return parseArticle({
    bytes: job.bytes,
    fileName: job.fileName,
    id: meta.value.id,
    metadata: meta.value.metadata,
  });
}

/**
 * Parse → encode → the article's own checks (it decodes back to the same document, pointers
 * resolve, fixity). Pure and synchronous; never throws for bad input. The profile schema check is
 * done on batches (`processArticles`), since the RELAX NG validator's start-up dominates one file.
 */
export function processArticle(job: ArticleJob): ArticleResult {
  const started = performance.now();
  const notText = checkIsText(job.bytes, job.fileName);
  if (notText !== undefined) return failed(job, [notText], started);
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(job);
  } catch (e) {
    const message = `the metadata could not be read: ${e instanceof Error ? e.message : String(e)}`;
    const file = job.metadata.kind === 'sidecar' ? job.metadata.fileName : job.fileName;
    return failed(
      job,
      [{ code: 'META_YAML', severity: 'error', message, file, line: 1, column: 1 }],
      started,
    );
  }
  if (!parsed.ok) return failed(job, parsed.diagnostics, started);
  const doc = parsed.document;
  const options: TeiOptions = { ...job.tei };
  const date = job.tei.date ?? job.madeOn;
  if (date !== undefined) options.date = date;
  const teiFileName = `${doc.id}.xml`;
  const tei = encodeTei(doc, options);
  const roundTrip = decodeTei(tei, teiFileName);
  if (!roundTrip.ok) return failed(job, roundTrip.diagnostics, started);
  return {
    ok: true,
    seq: job.seq,
    source: job.source,
    id: doc.id,
    teiFileName,
    tei,
    manifest: {
      id: doc.id,
      source: job.source,
      sourceSha256: doc.source.sha256,
      sourceEncoding: doc.source.encoding.name,
      textSha256: sha256(doc.source.text),
      tei: teiFileName,
      teiSha256: sha256(tei),
    },
    corpusMember: { xml: encodeTeiCorpusMember(doc, options), stats: corpusMemberStats(doc) },
    diagnostics: doc.diagnostics,
    millis: performance.now() - started,
  };
}
