import { formatDiagnostic } from '@warraq/schema';
import type { BuildReport } from '../build.js';
import type { Io } from '../io.js';

export interface SummaryOptions {
  outDir: string;
  keepGoing: boolean;
  json: boolean;
  quiet: boolean;
  version: string;
}

/** Exit code of a build: 0 when everything was archived, 1 when anything was refused or nothing published. */
export function buildExitCode(report: BuildReport): number {
  if (report.state === 'refused') return 1;
  return report.refused > 0 || report.corpusDiagnostics.length > 0 ? 1 : 0;
}

/**
 * What the user sees: every error in full (refused articles, corpus problems), warnings counted by
 * code with their first locations, and one closing line; or, with --json, one JSON object.
 */
const pruned = (n: number): string =>
  n === 0 ? '' : `; ${n} cache ${n === 1 ? 'entry' : 'entries'} of earlier builds removed`;

export function printBuildSummary(report: BuildReport, o: SummaryOptions, io: Io): number {
  const code = buildExitCode(report);
  const tally = report.tally;
  for (const d of report.corpusDiagnostics) tally.add(d);
  for (const d of report.outputErrors) tally.add(d);
  if (o.json) {
    io.out(
      JSON.stringify({
        tool: o.version,
        state: report.state,
        exitCode: code,
        out: o.outDir,
        articles: report.articles,
        written: report.written,
        refused: report.refused,
        cachePruned: report.cachePruned,
        diagnostics: tally.toJSON(),
        corpusDiagnostics: report.corpusDiagnostics,
        // the process's peak resident memory so far (worker threads included: they share it)
        peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
        perArticle: report.outcomes.map((a) => ({
          id: a.id,
          source: a.source,
          status: a.status,
          cached: a.cached,
          diagnostics: a.codes,
          millis: Math.round(a.millis * 10) / 10,
        })),
      }),
    );
    return code;
  }
  const errors = [
    ...report.corpusDiagnostics,
    ...report.outcomes.flatMap((a) => a.errors),
    ...report.outputErrors,
  ].filter((d) => d.severity === 'error');
  for (const d of errors) io.err(formatDiagnostic(d));
  const counted = tally.lines();
  if (!o.quiet && counted.length > 0)
    io.err(`warraq-archive: warnings and errors by code:\n${counted.join('\n')}`);
  const refused = report.outcomes.filter((a) => a.status === 'refused').map((a) => a.source);
  if (report.state === 'refused') {
    const why =
      report.outputErrors.length > 0
        ? 'corpus.xml did not validate (a bug: please report it)'
        : o.keepGoing
          ? 'fix the errors above'
          : 'fix the errors above, or use --keep-going to archive the good articles';
    io.err(`warraq-archive: nothing published to ${o.outDir} (${why})`);
    return code;
  }
  if (refused.length > 0 && !o.quiet)
    io.err(`warraq-archive: refused ${refused.length} article(s): ${refused.join(', ')}`);
  const kept = report.articles - report.refused;
  if (o.quiet) return code;
  if (report.state === 'unchanged')
    io.out(`warraq-archive: ${report.articles} articles unchanged; nothing rewritten in ${o.outDir}`);
  else
    io.out(
      `warraq-archive: ${kept} TEI files (${report.written} written, ${kept - report.written} unchanged), corpus.xml and manifest.json published to ${o.outDir} (all valid)${pruned(report.cachePruned)}`,
    );
  return code;
}
