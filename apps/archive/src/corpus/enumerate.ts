/**
 * The archive's side of a corpus: where each listed article goes (its source path) and the job that
 * carries its bytes. The listing itself is the parser's (listCorpus in @warraq/parser/corpus), so
 * the archive and the brief read a corpus alike.
 */
import { readFileSync } from 'node:fs';
import { basename, relative, sep } from 'node:path';
import type { CorpusEntry } from '@warraq/parser/corpus';
import type { ArticleJob, JobMetadata } from '../job/article-job.js';

/** The path as the manifest records it: relative to the corpus folder, '/'-separated. */
export const relativeSource = (corpusDir: string, file: string) =>
  relative(corpusDir, file).split(sep).join('/');

/** Reads one entry's bytes (and sidecar) into a job. */
export function jobFor(
  entry: CorpusEntry,
  seq: number,
  corpusDir: string,
  common: Pick<ArticleJob, 'language' | 'tei' | 'madeOn'>,
): ArticleJob {
  const metadata: JobMetadata =
    entry.metadata.kind === 'sidecar'
      ? { kind: 'sidecar', fileName: entry.metadata.file, text: readFileSync(entry.metadata.file, 'utf8') }
      : entry.metadata;
  const job: ArticleJob = {
    seq,
    source: relativeSource(corpusDir, entry.file),
    fileName: basename(entry.file),
    bytes: readFileSync(entry.file),
    metadata,
    language: common.language,
    tei: common.tei,
  };
  if (common.madeOn !== undefined) job.madeOn = common.madeOn;
  return job;
}
