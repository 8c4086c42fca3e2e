import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type Diagnostic, formatDiagnostic } from '@warraq/schema';
import { decodeTei, validateTeiFiles } from '@warraq/tei';
import { checkBag } from './bag/check-bag.js';
import { ArchiveFolder, INTERNAL_DIR } from './commit/archive-folder.js';
import { readManifest } from './commit/manifest-file.js';
import type { Io } from './io.js';
import { PROFILE_BATCH } from './job/process-batch.js';
import { DiagnosticTally } from './report/tally.js';

export interface ValidateOptions {
  json: boolean;
  quiet: boolean;
}

/** corpus.xml is validated whole up to this size; a larger one by its checksum and member count. */
const WHOLE_CORPUS_LIMIT = 16 << 20;

const fileError = (code: string, message: string, file: string): Diagnostic => ({
  code,
  severity: 'error',
  message,
  file,
  line: 1,
  column: 1,
});

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** The TEI files of a batch against the profile, pointers and fixity (bytes, and text where recorded). */
async function checkTeiBatch(
  batch: { file: string; xml: string; textSha256?: string }[],
  out: Diagnostic[],
): Promise<number> {
  const results = await validateTeiFiles(batch.map((b) => ({ fileName: b.file, xml: b.xml })));
  let valid = 0;
  results.forEach((r, i) => {
    const b = batch[i];
    const before = out.length;
    out.push(...r.diagnostics);
    if (r.valid && b?.textSha256 !== undefined) {
      const decoded = decodeTei(b.xml, b.file);
      if (decoded.ok && sha256(decoded.document.source.text) !== b.textSha256)
        out.push(
          fileError(
            'TEI_FIXITY',
            `the text in the TEI is not the received text: its SHA-256 differs from the manifest's textSha256 (source read as ${decoded.document.source.encoding.name})`,
            b.file,
          ),
        );
    }
    if (out.length === before) valid++;
  });
  return valid;
}

/** Every problem with an archive folder, and how many of its files are valid. */
async function checkArchive(
  root: string,
): Promise<{ diagnostics: Diagnostic[]; files: number; valid: number }> {
  const bag = existsSync(join(root, 'bagit.txt'));
  const folder = new ArchiveFolder(root, bag);
  const out: Diagnostic[] = [];
  if (folder.interrupted())
    out.push(
      fileError(
        'ARCHIVE_INCOMPLETE',
        'a build was interrupted while publishing: the archive is incomplete (run the build again to finish it)',
        root,
      ),
    );
  if (bag) out.push(...checkBag(root));
  const manifestPath = join(folder.payload, 'manifest.json');
  const manifest = readManifest(manifestPath);
  if (typeof manifest === 'string') {
    out.push(fileError('ARCHIVE_MANIFEST', manifest, manifestPath));
    return { diagnostics: out, files: 0, valid: 0 };
  }
  const listed = new Set([...manifest.articles.map((a) => a.tei), manifest.corpus.tei, 'manifest.json']);
  for (const name of existsSync(folder.payload) ? readdirSync(folder.payload).sort() : [])
    if (!listed.has(name) && name !== INTERNAL_DIR && !(bag && name === 'source'))
      out.push(fileError('ARCHIVE_EXTRA', `${name} is not in the manifest`, join(folder.payload, name)));
  if (manifest.corpus.articles !== undefined && manifest.corpus.articles !== manifest.articles.length)
    out.push(
      fileError(
        'ARCHIVE_COUNT',
        `the manifest lists ${manifest.articles.length} articles but says the corpus has ${manifest.corpus.articles}`,
        manifestPath,
      ),
    );
  let valid = 0;
  let batch: { file: string; xml: string; textSha256?: string }[] = [];
  const flush = async () => {
    valid += await checkTeiBatch(batch, out);
    batch = [];
  };
  for (const a of manifest.articles) {
    const file = join(folder.payload, a.tei);
    if (!existsSync(file)) {
      out.push(
        fileError('ARCHIVE_MISSING', `${a.tei} (article ${a.id}) is in the manifest but missing`, file),
      );
      continue;
    }
    const bytes = readFileSync(file);
    if (sha256(bytes) !== a.teiSha256) {
      out.push(
        fileError(
          'ARCHIVE_CHANGED',
          `${a.tei} has changed since it was archived (SHA-256 differs from the manifest)`,
          file,
        ),
      );
    }
    batch.push({
      file,
      xml: bytes.toString('utf8'),
      ...(a.textSha256 === undefined ? {} : { textSha256: a.textSha256 }),
    });
    if (batch.length >= PROFILE_BATCH) await flush();
  }
  await flush();
  const corpusFile = join(folder.payload, manifest.corpus.tei);
  if (!existsSync(corpusFile))
    out.push(
      fileError('ARCHIVE_MISSING', `${manifest.corpus.tei} is in the manifest but missing`, corpusFile),
    );
  else {
    const bytes = readFileSync(corpusFile);
    const before = out.length;
    if (sha256(bytes) !== manifest.corpus.teiSha256)
      out.push(
        fileError('ARCHIVE_CHANGED', `${manifest.corpus.tei} has changed since it was archived`, corpusFile),
      );
    const members = bytes.toString('utf8').split('\n  <TEI ').length - 1;
    if (members !== manifest.articles.length)
      out.push(
        fileError(
          'ARCHIVE_COUNT',
          `${manifest.corpus.tei} holds ${members} articles, the manifest lists ${manifest.articles.length}`,
          corpusFile,
        ),
      );
    if (bytes.length <= WHOLE_CORPUS_LIMIT) {
      const [whole] = await validateTeiFiles([{ fileName: corpusFile, xml: bytes.toString('utf8') }]);
      out.push(...(whole?.diagnostics ?? []));
    }
    if (out.length === before) valid++;
  }
  return { diagnostics: out, files: manifest.articles.length + 1, valid };
}

/** A single TEI file, outside any archive: profile, pointers, and fixity where the bytes can be rebuilt. */
async function checkFile(path: string) {
  const [r] = await validateTeiFiles([{ fileName: path, xml: readFileSync(path, 'utf8') }]);
  return { diagnostics: r?.diagnostics ?? [], files: 1, valid: r?.valid ? 1 : 0 };
}

/** `validate <dir|file>`. */
export async function validate(path: string, io: Io, options: ValidateOptions): Promise<number> {
  if (!existsSync(path)) {
    io.err(formatDiagnostic(fileError('ARCHIVE_PATH', 'does not exist', path)));
    return 1;
  }
  const result = statSync(path).isDirectory() ? await checkArchive(path) : await checkFile(path);
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  if (options.json) {
    const tally = new DiagnosticTally();
    for (const d of result.diagnostics) tally.add(d);
    io.out(
      JSON.stringify({
        path,
        valid: errors === 0,
        files: result.files,
        validFiles: result.valid,
        errors,
        diagnostics: tally.toJSON(),
      }),
    );
    return errors > 0 ? 1 : 0;
  }
  for (const d of result.diagnostics) io.err(formatDiagnostic(d));
  if (!options.quiet || errors > 0)
    io.out(
      `warraq-archive: ${result.valid} of ${result.files} files valid (manifest, Warraq TEI profile, pointers, fixity); ${errors} error(s)${errors > 0 ? ` in ${path}` : ''}`,
    );
  return errors > 0 ? 1 : 0;
}
