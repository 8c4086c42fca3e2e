import { type FontStack, formatNumber, pageFurniture, paragraph } from '@warraq/typeset';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { COLOUR, MEASURE, PAGE, SIZE } from './design.js';

/** What a brief or a digest puts into its PDF besides the pages' content. */
export interface Publication {
  readonly title: string;
  readonly subject: string;
  readonly keywords: readonly string[];
  /** BCP 47, for /Lang */
  readonly language: string;
  readonly content: Content[];
  /** the running header of a page (1-based): a brief's outlet, a digest's current article; none where undefined (under a masthead) */
  readonly runningHead: (page: number) => string | undefined;
}

/**
 * The one place a pdfmake definition is built for warraq-brief, for briefs and digests alike: page,
 * margins, language, document info, running header and footer ("صفحة ٣ من ١٢"). Archival options
 * (PDF/A, attachments, metadata) belong here too, so every output gets them.
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
  return {
    pageSize: 'A4',
    pageMargins: PAGE.margin,
    language: p.language,
    info: {
      title: p.title,
      subject: p.subject,
      keywords: p.keywords.join(', '),
      creator: 'warraq-brief',
    },
    content: p.content,
    header,
    ...(furniture.footer !== undefined ? { footer: furniture.footer } : {}),
  };
}

/** Page numbers as the brief prints them (Arabic-Indic digits). */
export function pageNumber(n: number): string {
  return formatNumber(n, 'arabic-indic');
}
