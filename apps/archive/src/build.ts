import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { type CorpusEntry, type CorpusListing, listCorpus } from '@warraq/parser/corpus';
import type { Diagnostic } from '@warraq/schema';
import {
  encodeTeiCorpusOpening,
  TEI_CORPUS_CLOSING,
  type TeiOptions,
  validateTeiFiles,
  WARRAQ_VERSION,
} from '@warraq/tei';
import { sourceSteps, writeTagFiles } from './bag/write-bag.js';
import { ArchiveFolder, type PublishStep, publish } from './commit/archive-folder.js';
import { ArticleCache } from './commit/cache.js';
import { Committer, type Outcome } from './commit/committer.js';
import { writeCorpusFile } from './commit/corpus-file.js';
import { type Manifest, readManifest } from './commit/manifest-file.js';
import { jobFor, relativeSource } from './corpus/enumerate.js';
import { type ArticleJob, jobKey, xmlString } from './job/article-job.js';
import type { ArticleProcessor } from './job/processor.js';
import { toolVersion } from './job/tool-version.js';
import { countByCode, DiagnosticTally } from './report/tally.js';

export interface BuildOptions {
  corpusDir: string;
  outDir: string;
  language: string;
  /** TEI options; `date` only when the user fixed it (SOURCE_DATE_EPOCH) */
  tei: TeiOptions;
  /** the day the TEI is made, when `tei.date` is unset */
  madeOn?: string;
  keepGoing: boolean;
  bag: boolean;
}

/** What the summary keeps of one article: counts by code, and its errors in full (small, whatever the corpus). */
export interface ArticleSummary extends Omit<Outcome, 'diagnostics'> {
  codes: Record<string, number>;
  errors: Diagnostic[];
}

export interface BuildReport {
  /** 'published': the folder now holds this build; 'unchanged': nothing needed writing; 'refused': nothing published */
  state: 'published' | 'unchanged' | 'refused';
  articles: number;
  written: number;
  refused: number;
  corpusDiagnostics: Diagnostic[];
  outcomes: ArticleSummary[];
  /** warnings and errors of the articles by code, with their first locations */
  tally: DiagnosticTally;
  /** TEI files that failed the profile check after being written (corpus.xml): a bug, not bad input */
  outputErrors: Diagnostic[];
  /** cache files of earlier builds removed once this one was published */
  cachePruned: number;
}

const CORPUS = 'corpus.xml';
const MANIFEST = 'manifest.json';

/** Every job's key in order, and what the corpus is made with: equal keys, equal archive. */
function buildKeyOf(keys: readonly string[], corpusOptions: object, bag: boolean): string {
  const h = createHash('sha256').update(`${toolVersion()}\n${JSON.stringify(corpusOptions)}\n${bag}\n`);
  for (const k of keys) h.update(k);
  return h.digest('hex');
}

/** Every file the previous manifest names is still there: an unchanged corpus needs no work at all. */
function stillPublished(folder: ArchiveFolder, previous: Manifest): boolean {
  return (
    existsSync(join(folder.payload, MANIFEST)) &&
    existsSync(join(folder.payload, previous.corpus.tei)) &&
    previous.articles.every((a) => existsSync(join(folder.payload, a.tei)))
  );
}

/**
 * corpus → one TEI file per article, corpus.xml (teiCorpus) and manifest.json, streamed through
 * `processor` a batch at a time and published from a staging area (see ArchiveFolder / publish).
 * Unchanged articles come from the cache; unchanged files are not rewritten.
 */
export async function build(
  options: BuildOptions,
  processor: ArticleProcessor,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<BuildReport> {
  const listing = listCorpus(options.corpusDir, options.language);
  const report: BuildReport = {
    state: 'refused',
    articles: listing.entries.length,
    written: 0,
    refused: 0,
    corpusDiagnostics: listing.diagnostics,
    outcomes: [],
    tally: new DiagnosticTally(),
    outputErrors: [],
    cachePruned: 0,
  };
  const folder = new ArchiveFolder(options.outDir, options.bag);
  const problem = folder.problem();
  if (problem !== undefined)
    listing.diagnostics.push({
      code: 'OUT_FOLDER',
      severity: 'error',
      message: `the output folder ${problem}`,
      file: options.outDir,
      line: 1,
      column: 1,
    });
  const fatal = problem !== undefined || listing.entries.length === 0;
  if (listing.diagnostics.length > 0 && (!options.keepGoing || fatal)) return report;
  const common: Pick<ArticleJob, 'language' | 'tei' | 'madeOn'> = {
    language: options.language,
    tei: options.tei,
  };
  if (options.madeOn !== undefined) common.madeOn = options.madeOn;
  const date = options.tei.date ?? options.madeOn;
  const corpusOptions = {
    ...options.tei,
    ...(date === undefined ? {} : { date }),
    title: `Warraq archive of ${basename(options.corpusDir) || options.corpusDir}: ${listing.entries.length} articles`,
  };
  const keyedOptions = { ...corpusOptions, date: options.tei.date };
  const previousManifest = readManifest(join(folder.payload, MANIFEST));
  const previous = typeof previousManifest === 'string' ? undefined : previousManifest;
  const recovering = folder.interrupted();

  const jobAt = (entry: CorpusEntry, seq: number): ArticleJob | Diagnostic => {
    try {
      return jobFor(entry, seq, options.corpusDir, common);
    } catch (e) {
      const message = `cannot be read: ${(e as Error).message}`;
      return { code: 'CORPUS_FILE', severity: 'error', message, file: entry.file, line: 1, column: 1 };
    }
  };

  // First pass: only the keys. If they are those of the published archive, there is nothing to do.
  if (previous?.buildKey !== undefined && !recovering && listing.diagnostics.length === 0) {
    const keys: string[] = [];
    for (const [seq, entry] of listing.entries.entries()) {
      const job = jobAt(entry, seq);
      if (!('seq' in job)) break;
      keys.push(jobKey(job));
    }
    if (
      keys.length === listing.entries.length &&
      buildKeyOf(keys, keyedOptions, options.bag) === previous.buildKey &&
      stillPublished(folder, previous)
    ) {
      folder.clearLeftovers();
      report.state = 'unchanged';
      return report;
    }
  }

  folder.startStaging();
  const cache = new ArticleCache(folder.cache, folder.staging);
  const displayPath = (source: string) => join(options.corpusDir, source);
  const committer = new Committer(
    folder,
    cache,
    previous,
    recovering,
    ({ diagnostics, ...o }) => {
      for (const d of diagnostics) report.tally.add(d);
      const errors = diagnostics.filter((d) => d.severity === 'error');
      report.outcomes.push({ ...o, codes: countByCode(diagnostics), errors });
      if (o.status === 'written') report.written++;
      onProgress(report.outcomes.length, total);
    },
    displayPath,
  );
  const keys: string[] = [];
  const stop = () => committer.refused > 0 && !options.keepGoing;
  const total = listing.entries.length;
  const bagSources = options.bag ? bagSourceFiles(listing) : [];
  // each entry (mostly its manifest record, ~1 KB) is let go once its job is made: the listing
  // of 10,000 articles is 11 MB of the main thread's heap
  const unread: (CorpusEntry | undefined)[] = listing.entries;
  async function* jobs(): AsyncGenerator<ArticleJob> {
    for (let seq = 0; seq < total; seq++) {
      if (stop()) return;
      const entry = unread[seq] as CorpusEntry;
      unread[seq] = undefined;
      const job = jobAt(entry, seq);
      if (!('seq' in job)) {
        committer.accept({
          ok: false,
          seq,
          source: relativeSource(options.corpusDir, entry.file),
          diagnostics: [job],
          millis: 0,
        });
        continue;
      }
      const key = jobKey(job);
      keys.push(key);
      if (cache.has(key)) committer.accept({ cachedKey: key, seq });
      else {
        committer.expect(seq, key);
        yield job;
      }
    }
  }
  try {
    await processor.run(jobs(), (r) => committer.accept(r));
  } catch (e) {
    committer.abandon();
    folder.abandonStaging();
    throw e;
  }
  await processor.release?.();
  committer.closeMembers();
  report.refused = committer.refused;
  if (stop() || committer.committed - committer.refused === 0) {
    committer.abandon();
    folder.abandonStaging();
    return report;
  }

  const opening = encodeTeiCorpusOpening(committer.summary, corpusOptions);
  // the corpus as a whole: its header and one member against the profile (every member was checked alone)
  const skeleton = `${opening}${xmlString(committer.firstMember ?? '')}${TEI_CORPUS_CLOSING}`;
  const [checked] = await validateTeiFiles([{ fileName: join(folder.payload, CORPUS), xml: skeleton }]);
  if (checked !== undefined && !checked.valid) {
    report.outputErrors = checked.diagnostics;
    committer.abandon();
    folder.abandonStaging();
    return report;
  }
  const corpusSha256 = writeCorpusFile(join(folder.staging, CORPUS), opening, committer.membersPath);
  committer.finishManifest(
    { tei: CORPUS, teiSha256: corpusSha256, articles: committer.summary.articles },
    buildKeyOf(keys, keyedOptions, options.bag),
  );
  const steps = publishSteps(folder, committer, previous, recovering);
  if (options.bag) {
    const files = bagSources.map((file) => ({ file, relative: relativeSource(options.corpusDir, file) }));
    // the received files before corpus.xml and the manifest, which stay last
    steps.splice(steps.length - 2, 0, ...sourceSteps(folder, files));
  }
  publish(folder, steps, () => {
    if (options.bag)
      writeTagFiles(folder, {
        sourceOrganization: options.tei.publisher ?? 'Warraq archive',
        baggingDate: date ?? new Date(0).toISOString().slice(0, 10),
        externalIdentifier: `warraq-archive:${basename(options.corpusDir) || options.corpusDir}`,
        softwareAgent: `warraq-archive ${WARRAQ_VERSION} (https://github.com/warraq/warraq)`,
      });
  });
  report.state = 'published';
  // only now: the cache entries this build took its articles from have been read
  report.cachePruned = cache.prune(new Set(keys));
  return report;
}

/** Staged TEI files in, stale ones out, corpus.xml, and manifest.json last. */
function publishSteps(
  folder: ArchiveFolder,
  committer: Committer,
  previous: Manifest | undefined,
  recovering: boolean,
): PublishStep[] {
  const steps: PublishStep[] = committer.stagedTei.map((name) => ({
    move: join(folder.staging, name),
    to: join(folder.payload, name),
  }));
  const stale = new Set((previous?.articles ?? []).map((a) => a.tei));
  if (recovering || previous === undefined) for (const name of listXml(folder.payload)) stale.add(name);
  for (const name of stale)
    if (!committer.teiNames.has(name) && name !== CORPUS) steps.push({ remove: join(folder.payload, name) });
  steps.push({ move: join(folder.staging, CORPUS), to: join(folder.payload, CORPUS) });
  steps.push({ move: join(folder.staging, MANIFEST), to: join(folder.payload, MANIFEST) });
  return steps;
}

function listXml(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.xml')) : [];
}

/** Every file a bag keeps as received: the articles, their sidecars, manifests and rights files. */
function bagSourceFiles(listing: CorpusListing): string[] {
  return [
    ...listing.entries.flatMap((e) => (e.metadata.kind === 'sidecar' ? [e.file, e.metadata.file] : [e.file])),
    ...listing.metadataFiles,
  ];
}
