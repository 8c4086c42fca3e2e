import type { WarraqDocument } from '@warraq/schema';
import { type FontStack, loadAmiri, renderPdf } from '@warraq/typeset';
import { type BriefOptions, composeBrief } from './compose-brief.js';

export { archiveTeiOptions } from './archival/tei-attachment.js';

/**
 * The PDF brief of a document, as an archival PDF: PDF/A-3b with the article's TEI inside (or
 * PDF/A-1b without it), tagged, with its language, escaped XMP metadata and a true CreationDate
 * (SOURCE_DATE_EPOCH when set, else now; the printed date likewise).
 */
export async function renderBrief(
  doc: WarraqDocument,
  stack: FontStack = loadAmiri(),
  options: BriefOptions = {},
): Promise<Uint8Array> {
  const definition = composeBrief(doc, stack, options);
  const made = definition.info?.creationDate;
  return renderPdf(stack, definition, ...(made instanceof Date ? [made] : []));
}
