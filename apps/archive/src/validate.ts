import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formatDiagnostic } from '@warraq/schema';
import { validateTeiFiles } from '@warraq/tei';
import type { Io } from './io.js';

function xmlFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => {
      const full = join(path, name);
      return statSync(full).isDirectory() ? xmlFiles(full) : name.endsWith('.xml') ? [full] : [];
    });
}

/** `validate <file|dir>`: Warraq's TEI profile, pointer integrity and fixity for every .xml file. */
export async function validate(path: string, io: Io): Promise<number> {
  let files: string[];
  try {
    files = xmlFiles(path);
  } catch {
    io.err(
      formatDiagnostic({
        code: 'CORPUS_FILE',
        severity: 'error',
        message: 'no such file or directory',
        file: path,
        line: 1,
        column: 1,
      }),
    );
    return 1;
  }
  if (files.length === 0) {
    io.err(`warraq-archive: no .xml files in ${path}`);
    return 1;
  }
  const results = await validateTeiFiles(files.map((f) => ({ fileName: f, xml: readFileSync(f, 'utf8') })));
  let errors = 0;
  for (const r of results)
    for (const d of r.diagnostics) {
      errors++;
      io.err(formatDiagnostic(d));
    }
  const valid = results.filter((r) => r.valid).length;
  io.out(
    `warraq-archive: ${valid} of ${results.length} files valid (Warraq TEI profile, pointers, fixity); ${errors} error(s)`,
  );
  return errors > 0 ? 1 : 0;
}
