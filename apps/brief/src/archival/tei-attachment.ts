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

/**
 * The TEI options warraq-archive uses when given no flags: the TEI says when it was made, the day of
 * SOURCE_DATE_EPOCH when set, else today (UTC), as `warraq-archive build` dates a TEI it writes.
 */
export function archiveTeiOptions(env: NodeJS.ProcessEnv = process.env): TeiOptions {
  return { date: dateFromSourceDateEpoch(env.SOURCE_DATE_EPOCH) ?? new Date().toISOString().slice(0, 10) };
}
