import { createHash } from 'node:crypto';
import { basename, join, relative } from 'node:path';
import { loadCorpus } from '@warraq/parser/corpus';
import { formatDiagnostic } from '@warraq/schema';
import { encodeTei, encodeTeiCorpus, type TeiOptions, validateTeiFiles } from '@warraq/tei';
import type { Io } from './io.js';
import { writeFileAtomic } from './write-atomic.js';

export interface BuildOptions {
  corpusDir: string;
  outDir: string;
  language: string;
  tei: TeiOptions;
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/**
 * corpus → one TEI file per article, corpus.xml (teiCorpus) and manifest.json. Everything is
 * parsed, encoded and validated in memory first: on any error nothing is written.
 */
export async function build(options: BuildOptions, io: Io): Promise<number> {
  const { articles, diagnostics } = loadCorpus(options.corpusDir, options.language);
  for (const d of diagnostics.filter((d) => d.severity === 'error')) io.err(formatDiagnostic(d));
  if (diagnostics.some((d) => d.severity === 'error')) {
    io.err(`warraq-archive: ${options.corpusDir}: nothing written (fix the errors above)`);
    return 1;
  }
  const files = articles.map((a) => ({
    fileName: `${a.document.id}.xml`,
    xml: encodeTei(a.document, options.tei),
    article: a,
  }));
  const corpusXml = encodeTeiCorpus(
    articles.map((a) => a.document),
    {
      ...options.tei,
      title: `Warraq archive of ${basename(options.corpusDir) || options.corpusDir}: ${articles.length} articles`,
    },
  );
  const checked = await validateTeiFiles([...files, { fileName: 'corpus.xml', xml: corpusXml }]);
  const invalid = checked.filter((c) => !c.valid);
  if (invalid.length > 0) {
    for (const c of invalid)
      for (const d of c.diagnostics)
        io.err(formatDiagnostic({ ...d, file: join(options.outDir, c.fileName) }));
    io.err('warraq-archive: the TEI did not validate; nothing written');
    return 1;
  }
  const manifest = files.map((f) => ({
    id: f.article.document.id,
    source: relative(options.corpusDir, f.article.file),
    sourceSha256: f.article.document.source.sha256,
    tei: f.fileName,
    teiSha256: sha256(f.xml),
  }));
  for (const f of files) await writeFileAtomic(join(options.outDir, f.fileName), f.xml);
  await writeFileAtomic(join(options.outDir, 'corpus.xml'), corpusXml);
  await writeFileAtomic(
    join(options.outDir, 'manifest.json'),
    `${JSON.stringify({ articles: manifest, corpus: { tei: 'corpus.xml', teiSha256: sha256(corpusXml) } }, null, 2)}\n`,
  );
  io.out(
    `warraq-archive: ${files.length} TEI files, corpus.xml and manifest.json written to ${options.outDir} (all valid)`,
  );
  return 0;
}
