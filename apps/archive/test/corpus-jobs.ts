import { join } from 'node:path';
import { listCorpus } from '@warraq/parser/corpus';
import { jobFor } from '../src/corpus/enumerate.js';
import type { ArticleJob } from '../src/job/article-job.js';
import { sidecarCorpus, tempDir } from './corpora.js';

/** The jobs a build makes for a sidecar corpus of `n` copies of the repository's article (a01.txt, …). */
export function corpusJobs(n: number): ArticleJob[] {
  const dir = sidecarCorpus(join(tempDir('jobs'), 'corpus'), n);
  return listCorpus(dir, 'ar').entries.map((entry, seq) =>
    jobFor(entry, seq, dir, { language: 'ar', tei: { date: '2024-01-02' } }),
  );
}
