import type { WarraqDocument } from '@warraq/schema';
import { dateFromSourceDateEpoch, encodeTei, type TeiOptions } from '@warraq/tei';
import type { Attachment } from './archival.js';

/**
 * The article's TEI, encoded by @warraq/tei from the same parsed document the brief sets, as the
 * PDF's source file: byte for byte what warraq-archive writes for the article with the same
 * options. A digest calls this once per article.
 */
export function teiAttachment(doc: WarraqDocument, options: TeiOptions = {}): Attachment {
  return {
    name: `${doc.id}.xml`,
    bytes: new TextEncoder().encode(encodeTei(doc, options)),
    mimeType: 'application/tei+xml',
    relationship: 'Source',
    description: `TEI P5 XML of ${doc.id}, the article this brief was set from`,
  };
}

/** The TEI options warraq-archive uses when given no flags: its file date from SOURCE_DATE_EPOCH. */
export function archiveTeiOptions(env: NodeJS.ProcessEnv = process.env): TeiOptions {
  const date = dateFromSourceDateEpoch(env.SOURCE_DATE_EPOCH);
  return date === undefined ? {} : { date };
}
