import { z } from 'zod';
import type { Diagnostic } from './diagnostic.js';
import { isNcName, LanguageTag } from './ids.js';
import { ArticleMetadata } from './metadata.js';
import type { ArticleRecord } from './metadata-file.js';

/**
 * `manifest.jsonl`: one JSON object per line describing one article file in the same folder — the
 * form in which crawled datasets arrive (one record per article rather than one sidecar per file).
 * Recognised fields (documented in the README):
 *   file (required), id, language, title, outlet, url, author, time (publication: ISO 8601 date-time or DD/MM/YYYY),
 *   date_extracted (crawl time "YYYY-MM-DD hh:mm:ss"), category;
 *   source, origin, features are provenance kept by the dataset and not part of the record.
 * Unknown fields are refused, as in sidecars.
 */
const DateTimeish = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$/, {
    message: 'must be an ISO 8601 date or date-time',
  });
// Some outlets (e.g. Tunisian sites) give the day first: 02/12/2016 is 2 December 2016.
const DayFirstDate = z
  .string()
  .regex(/^\d{2}\/\d{2}\/\d{4}$/, { message: 'must be an ISO 8601 date-time or DD/MM/YYYY' });

function isoDayOf(value: string): string {
  const dayFirst = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value);
  return dayFirst ? `${dayFirst[3]}-${dayFirst[2]}-${dayFirst[1]}` : value.slice(0, 10);
}

export const ManifestEntry = z.strictObject({
  file: z.string().regex(/^[^/\\]+\.txt$/, { message: 'must be a .txt file name in the same folder' }),
  id: z.string().optional(),
  language: LanguageTag.optional(),
  title: z.string().optional(),
  outlet: z.string().optional(),
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  author: z.string().optional(),
  time: z
    .union([DateTimeish, DayFirstDate], { error: 'must be an ISO 8601 date-time or DD/MM/YYYY' })
    .optional(),
  date_extracted: DateTimeish.optional(),
  category: z.string().optional(),
  source: z.string().optional(),
  origin: z.string().optional(),
  features: z.array(z.string()).optional(),
});
export type ManifestEntry = z.infer<typeof ManifestEntry>;

export interface ManifestOptions {
  /** language of entries that do not state one; without it such entries are refused */
  language?: string;
}

export interface ManifestResult {
  /** keyed by the article's file name */
  entries: Map<string, ArticleRecord>;
  errors: Diagnostic[];
}

function recordFromEntry(entry: ManifestEntry, language: string): ArticleRecord {
  const metadata: ArticleMetadata = {
    language,
    authors: entry.author?.trim() ? [{ name: entry.author.trim() }] : [],
    keywords: entry.category ? [{ text: entry.category, lang: 'en' }] : [],
  };
  if (entry.title?.trim()) metadata.title = { text: entry.title, supplied: false };
  // outlet names in these datasets are romanised labels, so they are recorded as English
  if (entry.outlet?.trim()) metadata.outlet = { names: [{ text: entry.outlet, lang: 'en' }] };
  if (entry.url) metadata.url = entry.url;
  if (entry.time) {
    // the date as the outlet printed it: the local date of the timestamp, not its UTC date
    metadata.published = { value: isoDayOf(entry.time), certainty: 'high' };
  } else if (entry.date_extracted) {
    metadata.published = {
      value: entry.date_extracted.slice(0, 10),
      certainty: 'low',
      note: 'taken from the crawl time (date_extracted); the article may be older',
    };
  }
  if (entry.date_extracted) metadata.retrieved = entry.date_extracted.slice(0, 10);
  return { id: entry.id ?? entry.file.replace(/\.txt$/, ''), metadata };
}

export function parseManifestJsonl(
  text: string,
  fileName: string,
  options: ManifestOptions = {},
): ManifestResult {
  const entries = new Map<string, ArticleRecord>();
  const errors: Diagnostic[] = [];
  const fail = (line: number, column: number, code: string, message: string) =>
    errors.push({ code, severity: 'error', message, file: fileName, line, column });
  const lines = text.split('\n');
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (e) {
      const pos = /position (\d+)/.exec(String(e))?.[1];
      fail(line, pos ? Number(pos) + 1 : 1, 'MANIFEST_JSON', `not valid JSON: ${(e as Error).message}`);
      return;
    }
    const parsed = ManifestEntry.safeParse(json);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
        const field = [...issue.path.map(String), ...keys].join('.') || '(entry)';
        const column = columnOfKey(raw, keys[0] ?? String(issue.path[0] ?? ''));
        const message =
          issue.code === 'unrecognized_keys'
            ? `unknown field ${keys.map((k) => `"${k}"`).join(', ')}: not part of the manifest format`
            : issue.code === 'invalid_type' && issue.input === undefined
              ? `field "${field}" is required`
              : `field "${field}" ${issue.message}`;
        fail(line, column, 'MANIFEST_FIELD', message);
      }
      return;
    }
    const entry = parsed.data;
    const language = entry.language ?? options.language;
    if (!language) {
      fail(line, 1, 'MANIFEST_FIELD', 'field "language" is required (no default language was given)');
      return;
    }
    const record = recordFromEntry(entry, language);
    if (!isNcName(record.id)) {
      fail(
        line,
        columnOfKey(raw, entry.id ? 'id' : 'file'),
        'MANIFEST_FIELD',
        `id "${record.id}" is not an XML NCName`,
      );
      return;
    }
    const checked = ArticleMetadata.safeParse(record.metadata);
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      fail(line, 1, 'MANIFEST_FIELD', `${issue.path.join('.')}: ${issue.message}`);
      return;
    }
    if (entries.has(entry.file)) {
      fail(line, columnOfKey(raw, 'file'), 'MANIFEST_DUPLICATE', `"${entry.file}" is described twice`);
      return;
    }
    entries.set(entry.file, record);
  });
  return { entries, errors };
}

function columnOfKey(raw: string, key: string): number {
  const at = key ? raw.indexOf(`"${key}"`) : -1;
  return at >= 0 ? at + 1 : 1;
}
