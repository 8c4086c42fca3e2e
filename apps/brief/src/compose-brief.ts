import type { WarraqDocument } from '@warraq/schema';
import type { FontStack } from '@warraq/typeset';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { arabicDate, briefDate, monthStyleOf } from './arabic-dates.js';
import { articleMetadata } from './archival/article-metadata.js';
import { articleBody } from './article-body.js';
import { archivistNote, articleHead, articleTitle, outletName } from './article-head.js';
import { type ArchivalChoice, archivalOf, publicationDefinition } from './definition.js';
import { PUBLICATION } from './design.js';
import { factsPanel } from './facts-panel.js';
import { masthead } from './masthead.js';

export interface BriefOptions extends ArchivalChoice {
  /** Naskh kashida on justified lines (see the README for why the default is what it is) */
  readonly kashida?: boolean;
  /** set at most this many characters of the article; the rest is named in a note */
  readonly maxChars?: number;
  /** the brief's date (ISO); default SOURCE_DATE_EPOCH's day, else today */
  readonly date?: string;
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * Kashida off by default: set side by side (apps/brief/docs/kashida-*.png), the first article's
 * pages differ in a handful of loose lines at this measure, while copied text loses a little in
 * pdf.js (100 % → 99.6 %, packages/typeset README). `--kashida` turns it on.
 */
export const KASHIDA_DEFAULT = false;
/** About 60 pages of A4 at 14 pt: a brief, not a reprint (the archive keeps the whole text). */
export const MAX_BRIEF_CHARS = 200_000;

/**
 * The brief of one article as a pdfmake document: masthead, the article's head (title, notes,
 * standfirst, source line), the key-facts panel, the article; PDF/A-3b with the article's TEI
 * inside (or PDF/A-1b without). An empty article gets a one-page notice that says so. Fonts come
 * in, a definition goes out (the CreationDate defaults to SOURCE_DATE_EPOCH, else now).
 */
export function composeBrief(
  doc: WarraqDocument,
  stack: FontStack,
  options: BriefOptions = {},
): TDocumentDefinitions {
  // the TEI first: its encoding's garbage goes before the layout's, not on top of it (a 5 MB article)
  const archival = archivalOf([doc], options);
  const style = monthStyleOf(doc);
  const date = options.date ?? briefDate();
  const content: Content[] = [
    masthead(stack, arabicDate(date, style), 'موجز خبر'),
    ...articleHead(doc, stack, style),
  ];
  if (doc.blocks.length === 0)
    content.push(
      archivistNote(stack, 'النص المستلم فارغ: لا فقرة فيه تُطبع. هذا الموجز يسجّل وصوله فقط.', [0, 8, 0, 0]),
    );
  else {
    const panel = factsPanel(doc, stack, style);
    if (panel !== undefined) content.push(panel);
    content.push(
      ...articleBody(doc, stack, {
        kashida: options.kashida ?? KASHIDA_DEFAULT,
        maxChars: options.maxChars ?? MAX_BRIEF_CHARS,
        ...(options.onProgress !== undefined ? { onBlock: options.onProgress } : {}),
      }),
    );
  }
  const outlet = outletName(doc);
  const head = outlet === undefined ? PUBLICATION : `${PUBLICATION} · ${outlet}`;
  return publicationDefinition(stack, {
    metadata: articleMetadata(doc, articleTitle(doc)),
    archival,
    content,
    runningHead: (page) => (page === 1 ? undefined : head), // page 1 has the masthead
  });
}
