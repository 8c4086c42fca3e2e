import type { WarraqDocument } from '@warraq/schema';
import { dateFromSourceDateEpoch, type TeiOptions } from '@warraq/tei';
import { type FontStack, loadAmiri, renderPdf } from '@warraq/typeset';
import { type PdfaLevel, toArchival } from './archival/archival.js';
import { articleMetadata } from './archival/article-metadata.js';
import { madeAt } from './archival/made-at.js';
import { teiAttachment } from './archival/tei-attachment.js';
import { composeBrief } from './compose-brief.js';

export interface BriefOptions {
  /** PDF/A level: '3b' (default) carries the article's TEI; '1b' carries no file, for PDF/A-1 validators */
  pdfa?: PdfaLevel;
  /** the CreationDate; default SOURCE_DATE_EPOCH when set, else now */
  madeAt?: Date;
  /** how the embedded TEI is encoded; default as warraq-archive does (date from SOURCE_DATE_EPOCH) */
  tei?: TeiOptions;
}

/** The TEI options warraq-archive uses when given no flags: its file date from SOURCE_DATE_EPOCH. */
export function archiveTeiOptions(env: NodeJS.ProcessEnv = process.env): TeiOptions {
  const date = dateFromSourceDateEpoch(env.SOURCE_DATE_EPOCH);
  return date === undefined ? {} : { date };
}

/**
 * The PDF brief of a document, as an archival PDF: PDF/A-3b with the article's TEI inside (or
 * PDF/A-1b without it), tagged, with its language, escaped XMP metadata and a true CreationDate.
 */
export async function renderBrief(
  doc: WarraqDocument,
  stack: FontStack = loadAmiri(),
  options: BriefOptions = {},
): Promise<Uint8Array> {
  const level = options.pdfa ?? '3b';
  const made = options.madeAt ?? madeAt(process.env);
  const definition = composeBrief(doc, stack);
  const archival = toArchival(definition, {
    level,
    madeAt: made,
    metadata: articleMetadata(doc, definition.info?.title ?? doc.id),
    attachments: level === '1b' ? [] : [teiAttachment(doc, options.tei ?? archiveTeiOptions())],
  });
  return renderPdf(stack, archival, made);
}
