import { XMP_INFO_KEY, type XmpDublinCore } from '@warraq/typeset';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { BRIEF_VERSION } from './version.js';

/**
 * The PDF/A levels a brief can be written at. 3b carries attachments (the article's TEI); 1b
 * cannot (PDF/A-1 forbids embedded files) and exists so that Apache PDFBox Preflight, which
 * validates PDF/A-1b only, can check everything else about the same brief.
 */
export const PDFA_LEVELS = ['3b', '1b'] as const;
export type PdfaLevel = (typeof PDFA_LEVELS)[number];

/** A file carried inside the PDF and tied to it as an associated file (PDF/A-3 /AF). */
export interface Attachment {
  /** file name readers show and `pdfdetach` writes, e.g. `<document id>.xml` */
  readonly name: string;
  readonly bytes: Uint8Array;
  /** MIME type, e.g. application/tei+xml */
  readonly mimeType: string;
  /** how the file relates to the PDF: Source (the PDF was made from it), Data, Alternative … */
  readonly relationship: 'Source' | 'Data' | 'Alternative' | 'Supplement' | 'Unspecified';
  readonly description: string;
}

/** What the archival metadata (Info dictionary and XMP) says about the publication. */
export interface ArchivalMetadata {
  readonly title: string;
  /** BCP 47 tag of the text: the catalog's /Lang and dc:language */
  readonly language: string;
  readonly subject?: string;
  readonly keywords?: readonly string[];
  /** the source's URL (dc:source) */
  readonly source?: string;
  /** dates of the content, ISO 8601 (dc:date), e.g. the publication date */
  readonly dates?: readonly string[];
  readonly identifier?: string;
}

export interface ArchivalOptions {
  readonly level: PdfaLevel;
  readonly metadata: ArchivalMetadata;
  /** when the PDF was made: CreationDate, ModDate, and the attachments' dates */
  readonly madeAt: Date;
  readonly attachments?: readonly Attachment[];
}

/**
 * A pdfmake definition made archival: PDF/A (pdfkit adds the pdfaid XMP and an sRGB output
 * intent), tagged, with /Lang, truthful and escaped metadata, and the attachments as associated
 * files. Any definition passes through: the brief's, a digest's. The attachments go in as
 * `data:` URLs because pdfmake resolves a file's `src` as a URL (a Buffer crashes it).
 */
export function toArchival(definition: TDocumentDefinitions, options: ArchivalOptions): TDocumentDefinitions {
  const attachments = options.attachments ?? [];
  if (options.level === '1b' && attachments.length > 0)
    throw new RangeError('PDF/A-1b cannot carry attachments: write PDF/A-3b or leave them out');
  const { metadata: m, madeAt } = options;
  const dublinCore: XmpDublinCore = {
    language: [m.language],
    ...(m.source !== undefined ? { source: m.source } : {}),
    ...(m.dates !== undefined && m.dates.length > 0 ? { date: m.dates } : {}),
    ...(m.identifier !== undefined ? { identifier: m.identifier } : {}),
  };
  const info = {
    ...definition.info,
    title: m.title,
    creator: `warraq-brief ${BRIEF_VERSION}`,
    creationDate: madeAt,
    modDate: madeAt,
    ...(m.subject !== undefined ? { subject: m.subject } : {}),
    ...(m.keywords !== undefined && m.keywords.length > 0 ? { keywords: m.keywords.join(', ') } : {}),
    [XMP_INFO_KEY]: dublinCore,
  };
  const files: NonNullable<TDocumentDefinitions['files']> = {};
  for (const [i, a] of attachments.entries())
    files[`attachment-${i + 1}`] = {
      src: `data:${a.mimeType};base64,${Buffer.from(a.bytes).toString('base64')}`,
      name: a.name,
      description: a.description,
      // passed through to pdfkit's doc.file(): the Filespec's AFRelationship and the stream's dates
      ...({
        type: a.mimeType,
        relationship: a.relationship,
        creationDate: madeAt,
        modifiedDate: madeAt,
      } as object),
    };
  return {
    ...definition,
    subset: options.level === '1b' ? 'PDF/A-1b' : 'PDF/A-3b',
    // PDF/A-1 is PDF 1.4; PDF/A-3 is based on PDF 1.7 (pdfkit writes 1.3 unless told)
    version: options.level === '1b' ? '1.4' : '1.7',
    tagged: true,
    language: m.language,
    info: info as TDocumentDefinitions['info'],
    ...(attachments.length > 0 ? { files } : {}),
  };
}
