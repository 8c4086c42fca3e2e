import { type Diagnostic, LineIndex } from '@warraq/schema';
import { decodeTei } from './decode.js';
import { checkPointers } from './pointers.js';
import { PROFILE_RNG } from './profile-schema.js';
import { parseXml, type XmlElement, XmlSyntaxError } from './xml-reader.js';

export interface TeiFile {
  fileName: string;
  xml: string;
}

export interface TeiValidation {
  fileName: string;
  valid: boolean;
  diagnostics: Diagnostic[];
}

const error = (code: string, message: string, file: string, line: number, column: number): Diagnostic => ({
  code,
  severity: 'error',
  message,
  file,
  line,
  column,
});

export interface ValidateOptions {
  /**
   * The caller has already decoded every TEI document (`decodeTei`, e.g. as the archive's round
   * trip does), so the decode, the costliest of these checks, is not done again.
   */
  decoded?: boolean;
}

/** Checks that need no schema: well-formedness, unique ids, resolving pointers, and (for a TEI) that it decodes. */
function structuralChecks(
  file: TeiFile,
  options: ValidateOptions,
): { diagnostics: Diagnostic[]; wellFormed: boolean } {
  let root: XmlElement;
  try {
    root = parseXml(file.xml);
  } catch (e) {
    if (!(e instanceof XmlSyntaxError)) throw e;
    const at = new LineIndex(file.xml).at(e.offset);
    return {
      diagnostics: [error('XML_SYNTAX', e.message, file.fileName, at.line, at.column)],
      wellFormed: false,
    };
  }
  const lines = new LineIndex(file.xml);
  const diagnostics = checkPointers(root).map((p) => {
    const at = lines.at(p.offset);
    return error(p.code, p.message, file.fileName, at.line, at.column);
  });
  if (root.name === 'TEI' && options.decoded !== true) {
    const decoded = decodeTei(file.xml, file.fileName);
    if (!decoded.ok) diagnostics.push(...decoded.diagnostics);
  }
  return { diagnostics, wellFormed: true };
}

/** "name.xml:12: element foo: Relax-NG validity error : …" → the file's diagnostics. */
function schemaDiagnostics(
  files: readonly TeiFile[],
  raw: readonly { message: string; loc: { fileName: string; lineNumber: number } | null }[],
) {
  const byFile = new Map<number, Diagnostic[]>();
  for (const e of raw) {
    if (!e.loc || /fails to validate$/.test(e.message)) continue;
    const index = Number(e.loc.fileName.replace(/^f(\d+)\.xml$/, '$1'));
    const file = files[index]?.fileName ?? e.loc.fileName;
    const list = byFile.get(index) ?? [];
    list.push(
      error(
        'TEI_SCHEMA',
        `Warraq TEI profile: ${e.message.replace(/^.*?Relax-NG validity error : /, '')}`,
        file,
        e.loc.lineNumber,
        1,
      ),
    );
    byFile.set(index, list);
  }
  return byFile;
}

/**
 * Validates TEI files against Warraq's TEI profile (RELAX NG, run in Node by libxml2 compiled to
 * WebAssembly: no Java), plus pointer integrity and, for single TEI documents, a full decode
 * (which checks fixity: the text's SHA-256 against the header). Files are validated in one batch:
 * libxml2's start-up (~10 ms in a worker thread, a thread of its own from the main thread) is paid
 * once per call.
 */
export async function validateTeiFiles(
  files: readonly TeiFile[],
  options: ValidateOptions = {},
): Promise<TeiValidation[]> {
  const checked = files.map((f) => structuralChecks(f, options));
  // only well-formed files go to libxml2; names are positional so any file name is safe to pass
  const wellFormed = files.map((f, i) => ({ f, i })).filter(({ i }) => checked[i]?.wellFormed);
  let schema = new Map<number, Diagnostic[]>();
  if (wellFormed.length > 0) {
    // libxml2 is loaded here, not with the package: a brief encodes TEI and never validates it (~25 ms of its start-up)
    const { runRelaxNg } = await import('./libxml2.js');
    const result = await runRelaxNg(
      wellFormed.map(({ f, i }) => ({ fileName: `f${i}.xml`, contents: f.xml })),
      { fileName: 'warraq-tei.rng', contents: PROFILE_RNG },
    );
    schema = schemaDiagnostics(files, result.errors);
  }
  return files.map((f, i) => {
    const diagnostics = [...(schema.get(i) ?? []), ...(checked[i]?.diagnostics ?? [])];
    return { fileName: f.fileName, valid: diagnostics.length === 0, diagnostics };
  });
}

export async function validateTei(xml: string, fileName = '<input>'): Promise<TeiValidation> {
  const [result] = await validateTeiFiles([{ fileName, xml }]);
  return result as TeiValidation;
}
