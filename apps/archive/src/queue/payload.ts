/**
 * What travels through Redis, and how a queue job's outcome becomes the build's ArticleResult.
 * Job data is JSON in Redis, so the article's bytes travel as base64 (the only non-JSON field).
 */
import { createHash } from 'node:crypto';
import type { Diagnostic } from '@warraq/schema';
import { type ArticleJob, type ArticleResult, type FailedResult, jobKey } from '../job/article-job.js';
import { toolVersion } from '../job/tool-version.js';

/**
 * The queue's name carries a fingerprint of the code that makes the TEI: a worker built from other
 * code listens on another queue and never takes these jobs, so a mixed fleet cannot produce
 * bytes that differ from a local build. (BullMQ keys use ':' as a separator, so hex only.)
 */
export function queueName(version: string = toolVersion()): string {
  return `warraq-archive-${createHash('sha256').update(version).digest('hex').slice(0, 16)}`;
}

/** Key prefix of every Redis key the archive's queues use. */
export const QUEUE_PREFIX = 'warraq';

export interface JobPayload {
  /** the ArticleJob without its bytes */
  job: Omit<ArticleJob, 'bytes'>;
  /** the received bytes, base64 */
  bytes: string;
}

/** The queue's job id: the article's jobKey, so an article enqueued twice is processed once. */
export const queueJobId = (job: ArticleJob): string => jobKey(job);

export function toPayload(job: ArticleJob): JobPayload {
  const { bytes, ...rest } = job;
  return {
    job: rest,
    bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
  };
}

export function fromPayload(payload: JobPayload): ArticleJob {
  return { ...payload.job, bytes: new Uint8Array(Buffer.from(payload.bytes, 'base64')) };
}

/**
 * A worker's result for this build's job. The queue job may have been made by another build (same
 * key: same bytes, metadata, options and code), where the article sat at another position, so the
 * position is this build's.
 */
export function resultForJob(result: ArticleResult, job: ArticleJob): ArticleResult {
  return { ...result, seq: job.seq };
}

/**
 * A queue job that failed for a reason outside the article (a worker crashed or was killed once too
 * often, an exception) after all its attempts: reported like a refused article, located at the
 * article's file, so the build stops (or goes on with --keep-going) as for any other refusal.
 */
export function queueFailure(job: ArticleJob, reason: string): FailedResult {
  const diagnostic: Diagnostic = {
    code: 'QUEUE_JOB_FAILED',
    severity: 'error',
    message: `the queue job failed on every attempt: ${reason}`,
    file: job.fileName,
    line: 1,
    column: 1,
  };
  return { ok: false, seq: job.seq, source: job.source, diagnostics: [diagnostic], millis: 0 };
}

/** A returned value that is not an ArticleResult (a foreign producer on the queue) is a failure. */
export function isArticleResult(value: unknown): value is ArticleResult {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as { ok?: unknown; source?: unknown; diagnostics?: unknown };
  return typeof r.ok === 'boolean' && typeof r.source === 'string' && Array.isArray(r.diagnostics);
}
