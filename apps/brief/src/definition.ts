import type { WarraqDocument } from '@warraq/schema';
import type { TeiOptions } from '@warraq/tei';
import { type FontStack, formatNumber, pageFurniture, paragraph } from '@warraq/typeset';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { type ArchivalMetadata, type Attachment, type PdfaLevel, toArchival } from './archival/archival.js';
import { madeAt } from './archival/made-at.js';
import { archiveTeiOptions, teiAttachment } from './archival/tei-attachment.js';
import { COLOUR, MEASURE, PAGE, SIZE } from './design.js';

/** How a brief or a digest is archived; every field has a default (see archivalOf). */
export interface ArchivalChoice {
  /** PDF/A level: '3b' (default) carries each article's TEI; '1b' carries no file, for PDF/A-1 validators */
  readonly pdfa?: PdfaLevel;
  /** the CreationDate; default SOURCE_DATE_EPOCH when set, else now */
  readonly madeAt?: Date;
  /** how the embedded TEI is encoded; default as warraq-archive does (date from SOURCE_DATE_EPOCH) */
  readonly tei?: TeiOptions;
  /**
   * false: leave the TEI out though the level allows it. For articles briefed in a capped worker
   * (large-input.ts): encoding a 5 MB article's TEI takes more than 500 MB of heap on top of the
   * parse (warraq-archive itself cannot write it in 1.5 GB), so the brief is PDF/A-3b without it.
   */
  readonly attachTei?: boolean;
}

/** What toArchival needs besides the metadata: the level, the date, and the TEI of each article set. */
export interface Archival {
  readonly level: PdfaLevel;
  readonly madeAt: Date;
  readonly attachments: readonly Attachment[];
}

/** The archival side of a publication of `docs`: PDF/A-3b with each article's TEI as a Source file, unless 1b. */
export function archivalOf(docs: readonly WarraqDocument[], choice: ArchivalChoice = {}): Archival {
  const level = choice.pdfa ?? '3b';
  const tei = choice.tei ?? archiveTeiOptions();
  return {
    level,
    madeAt: choice.madeAt ?? madeAt(process.env),
    attachments:
      level === '1b' || choice.attachTei === false ? [] : docs.map((doc) => teiAttachment(doc, tei)),
  };
}

/** What a brief or a digest puts into its PDF besides the pages' content. */
export interface Publication {
  /** title, subject, keywords, language (BCP 47, for /Lang), source, dates, identifier: Info and XMP */
  readonly metadata: ArchivalMetadata;
  /** PDF/A level, CreationDate, attached TEI files */
  readonly archival: Archival;
  readonly content: Content[];
  /** the running header of a page (1-based): a brief's outlet, a digest's current article; none where undefined (under a masthead) */
  readonly runningHead: (page: number) => string | undefined;
}

/**
 * The one place a pdfmake definition is built for warraq-brief, for briefs and digests alike: page,
 * margins, language, document info, running header and footer ("صفحة ٣ من ١٢"), and the archival
 * side through toArchival (PDF/A, tagged, /Lang, truthful escaped metadata, the articles' TEI as
 * associated Source files), so every output gets it.
 */
export function publicationDefinition(stack: FontStack, p: Publication): TDocumentDefinitions {
  const furniture = pageFurniture(stack, {
    pageWidth: PAGE.width,
    margins: [PAGE.margin, PAGE.margin],
    fontSize: SIZE.note,
    color: COLOUR.muted,
    direction: 'rtl',
    digits: 'arabic-indic',
    inset: 24,
    footer: (page, pages) => `صفحة ${page} من ${pages}`,
  });
  // headers repeat: lay each distinct one out once
  const heads = new Map<string, Content>();
  const header = (page: number): Content => {
    const text = p.runningHead(page);
    if (text === undefined) return '';
    let content = heads.get(text);
    if (content === undefined) {
      content = paragraph(
        stack,
        text,
        {
          width: MEASURE,
          fontSize: SIZE.note,
          align: 'center',
          direction: 'rtl',
          lineHeight: 1,
          color: COLOUR.muted,
        },
        [PAGE.margin, 24, PAGE.margin, 0],
        'Artifact',
      );
      heads.set(text, content);
    }
    return content;
  };
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: PAGE.margin,
    content: p.content,
    header,
    ...(furniture.footer !== undefined ? { footer: furniture.footer } : {}),
  };
  return toArchival(definition, { ...p.archival, metadata: p.metadata });
}

/** Page numbers as the brief prints them (Arabic-Indic digits). */
export function pageNumber(n: number): string {
  return formatNumber(n, 'arabic-indic');
}
