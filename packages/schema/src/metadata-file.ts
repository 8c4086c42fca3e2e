import { isNode, LineCounter, type Node, parseDocument } from 'yaml';
import { z } from 'zod';
import { Certainty, IsoDate } from './dates.js';
import type { Diagnostic } from './diagnostic.js';
import { LanguageTag, NcName } from './ids.js';
import type { ArticleMetadata } from './metadata.js';

/**
 * The metadata sidecar: `<article>.meta.yaml` beside `<article>.txt`, written by archivists.
 * Keys are snake_case and flat where a person would write them so; unknown keys are refused,
 * because a misspelt key (`pubished`) silently dropped is a fact lost from the archive.
 * The format is documented in this package's README.
 */
const outletNameKey = /^name_([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)$/;

const OutletFile = z
  .object({
    name: z.string().min(1),
    homepage: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  })
  .catchall(z.string().min(1))
  .superRefine((o, ctx) => {
    for (const key of Object.keys(o)) {
      if (key === 'name' || key === 'homepage') continue;
      const lang = outletNameKey.exec(key)?.[1];
      if (!lang || !LanguageTag.safeParse(lang).success) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: 'unknown key: outlet takes name, name_<lang> and homepage',
        });
      }
    }
  });

export const MetadataFile = z.strictObject({
  id: NcName,
  language: LanguageTag,
  title: z.string().min(1).optional(),
  title_supplied: z.boolean().optional(),
  outlet: OutletFile.optional(),
  authors: z.array(z.string().min(1)).optional(),
  published: IsoDate.optional(),
  published_certainty: Certainty.optional(),
  published_note: z.string().optional(),
  retrieved: IsoDate.optional(),
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  rights: z.string().min(1).optional(),
  licence_url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  keywords: z.array(z.string().min(1)).optional(),
  encoding: z.string().min(1).optional(),
});
export type MetadataFile = z.infer<typeof MetadataFile>;

export interface ArticleRecord {
  id: string;
  metadata: ArticleMetadata;
}

export type MetadataResult = { ok: true; value: ArticleRecord } | { ok: false; errors: Diagnostic[] };

/** Turns the sidecar's flat fields into the document model's metadata. */
export function metadataFromFile(file: MetadataFile): ArticleRecord {
  const lang = file.language;
  const outletNames = file.outlet
    ? [
        { text: file.outlet.name },
        ...Object.entries(file.outlet)
          .filter(([k]) => outletNameKey.test(k))
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([k, v]) => ({ text: String(v), lang: k.slice('name_'.length) })),
      ]
    : [];
  const metadata: ArticleMetadata = {
    language: lang,
    authors: (file.authors ?? []).map((name) => ({ name })),
    keywords: (file.keywords ?? []).map((text) => ({ text })),
  };
  if (file.title !== undefined) metadata.title = { text: file.title, supplied: file.title_supplied ?? false };
  if (file.outlet) {
    metadata.outlet = { names: outletNames as [{ text: string }] };
    if (file.outlet.homepage) metadata.outlet.homepage = file.outlet.homepage;
  }
  if (file.published !== undefined) {
    metadata.published = { value: file.published, certainty: file.published_certainty ?? 'high' };
    if (file.published_note !== undefined) metadata.published.note = file.published_note;
  }
  if (file.retrieved !== undefined) metadata.retrieved = file.retrieved;
  if (file.url !== undefined) metadata.url = file.url;
  if (file.rights !== undefined) {
    metadata.rights = { statement: file.rights };
    if (file.licence_url !== undefined) metadata.rights.licenceUrl = file.licence_url;
  }
  if (file.encoding !== undefined) metadata.declaredEncoding = file.encoding;
  return { id: file.id, metadata };
}

/**
 * Parses and checks a sidecar. Every error names the file, the field (as a dotted path) and the
 * line and column of the offending value, so an archivist can fix it without reading code.
 */
export function parseMetadataYaml(text: string, fileName: string): MetadataResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((e) => ({
        code: 'META_YAML',
        severity: 'error' as const,
        message: `not valid YAML: ${e.message.split('\n')[0]}`,
        file: fileName,
        ...at(e.pos[0]),
      })),
    };
  }
  const data: unknown = doc.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      ok: false,
      errors: [
        {
          code: 'META_SHAPE',
          severity: 'error',
          message: 'metadata must be a mapping of field: value',
          file: fileName,
          line: 1,
          column: 1,
        },
      ],
    };
  }
  const parsed = MetadataFile.safeParse(data);
  if (parsed.success) return { ok: true, value: metadataFromFile(parsed.data) };
  const errors: Diagnostic[] = parsed.error.issues.map((issue) => {
    // unrecognized_keys issues point at the parent; name the key itself
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const path = [...issue.path, ...(keys.length === 1 ? keys : [])].map(String);
    const field = path.length > 0 ? path.join('.') : '(top level)';
    const node = locate(doc, path);
    const where = node?.range ? at(node.range[0]) : { line: 1, column: 1 };
    const message =
      issue.code === 'unrecognized_keys'
        ? `unknown field ${keys.map((k) => `"${k}"`).join(', ')}: not part of the metadata format (see @warraq/schema README)`
        : issue.code === 'invalid_type' && issue.input === undefined
          ? `field "${field}" is required`
          : `field "${field}" ${issue.message}`;
    return { code: 'META_FIELD', severity: 'error', message, file: fileName, ...where };
  });
  return { ok: false, errors };
}

function locate(doc: ReturnType<typeof parseDocument>, path: string[]): Node | undefined {
  // the deepest node that exists along the path: a missing field is reported at its parent
  for (let n = path.length; n >= 0; n--) {
    const keyPath = path.slice(0, n).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    const node = n === 0 ? doc.contents : doc.getIn(keyPath, true);
    if (isNode(node)) {
      if (n === path.length && n > 0) return keyNode(doc, keyPath) ?? node;
      return node;
    }
  }
  return undefined;
}

/** For a field whose value is wrong, point at the value; for an unknown key, at the key. */
function keyNode(doc: ReturnType<typeof parseDocument>, keyPath: (string | number)[]): Node | undefined {
  const value = doc.getIn(keyPath, true);
  return isNode(value) ? value : undefined;
}
