import { validateTeiFiles } from '@warraq/tei';
import { type ArticleJob, type ArticleResult, processArticle, xmlString } from './article-job.js';

/**
 * How many articles a worker is given at once, and so how many TEI files go to the RELAX NG
 * validator at once: its start-up (~10 ms in a worker thread, ~0.1 s in the main thread, which
 * starts a thread for it) is paid per batch. Every result of a batch travels to the main thread
 * together, so smaller batches keep its heap smaller: 600 articles, --jobs 2, peak RSS 334-346 MB
 * with 32, 306-309 MB with 12.
 */
export const PROFILE_BATCH = 16;

/**
 * The profile-schema and pointer check for a batch of results' TEI files, in one validator run
 * (libxml2 in WebAssembly, in this thread when it is a worker). A TEI that fails turns its result
 * into a failure with the validator's located diagnostics. Every TEI was decoded by
 * `processArticle` (its round trip), so the validator does not decode it again.
 */
export async function checkAgainstProfile(results: readonly ArticleResult[]): Promise<ArticleResult[]> {
  const ok = results.flatMap((r) => (r.ok ? [r] : []));
  if (ok.length === 0) return [...results];
  const started = performance.now();
  const checked = await validateTeiFiles(
    ok.map((r) => ({ fileName: r.teiFileName, xml: xmlString(r.tei) })),
    { decoded: true },
  );
  const share = (performance.now() - started) / ok.length;
  const verdicts = new Map(ok.map((r, i) => [r.seq, checked[i]]));
  return results.map((r) => {
    if (!r.ok) return r;
    const verdict = verdicts.get(r.seq);
    const millis = r.millis + share;
    if (verdict === undefined || verdict.valid) return { ...r, millis };
    return { ok: false, seq: r.seq, source: r.source, diagnostics: verdict.diagnostics, millis };
  });
}

/**
 * What a worker does with a batch of jobs: `processArticle` each, then one profile-schema and
 * pointer check for the batch's TEI files (`checkAgainstProfile`). Never throws for bad input.
 */
export async function processArticles(jobs: readonly ArticleJob[]): Promise<ArticleResult[]> {
  return checkAgainstProfile(jobs.map(processArticle));
}
