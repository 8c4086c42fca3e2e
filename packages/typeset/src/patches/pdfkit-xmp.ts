import { createRequire } from 'node:module';

/*
 * pdfkit 0.19.1 (pinned) writes the XMP metadata packet of a PDF (any version above 1.3, so every
 * PDF/A) by pasting the Info strings into XML unescaped: a title with `&` or `<` makes the packet
 * malformed, and PDF/A validators then reject the file. It also leaves out xmp:ModifyDate although
 * it writes ModDate into Info (PDF/A requires the two to agree), and it has no place for the
 * Dublin Core properties an archival PDF should carry (language, source, dates, identifier).
 *
 * This patch replaces pdfkit's `_addInfo` (the Info → XMP step) with one that escapes every value,
 * writes ModifyDate when Info has ModDate, and adds the Dublin Core properties found in the
 * definition's `info.xmp` (pdfmake copies unknown info keys into pdfkit's info; the patched `end`
 * takes `xmp` out again before pdfkit writes the Info dictionary, so it never reaches the PDF as
 * an entry). PDFs of version 1.3 (pdfkit's default) have no XMP packet and are unchanged.
 */

/** Dublin Core properties for the XMP packet (all in XMP's predefined dc schema: no extension schema needed in PDF/A). */
export interface XmpDublinCore {
  /** BCP 47 tags of the content's languages (dc:language) */
  readonly language?: readonly string[];
  /** where the content comes from, e.g. the article's URL (dc:source) */
  readonly source?: string;
  /** dates of the content, ISO 8601, e.g. the publication date (dc:date) */
  readonly date?: readonly string[];
  /** an identifier of the content (dc:identifier) */
  readonly identifier?: string;
  /** who published the content (dc:publisher) */
  readonly publisher?: readonly string[];
}

/** The info key that carries XmpDublinCore to the patch (pdfmake: `info: { xmp: {...} }`). */
export const XMP_INFO_KEY = 'xmp';

interface PdfkitInfo {
  Title?: string;
  Author?: string;
  Subject?: string;
  Keywords?: string;
  Creator?: string;
  Producer?: string;
  CreationDate?: Date;
  ModDate?: Date;
  [XMP_INFO_KEY]?: XmpDublinCore;
}
interface PdfkitDocumentLike {
  info: PdfkitInfo;
  appendXML(xml: string, newline?: boolean): void;
  end(): unknown;
  _addInfo(): void;
}

const stashed = new WeakMap<object, XmpDublinCore>();

/** Text as XML character data or attribute value. */
export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** As pdfkit writes XMP dates: UTC, whole seconds. */
const xmpDate = (d: Date): string => `${d.toISOString().split('.')[0]}Z`;

const element = (name: string, value: string | undefined): string[] =>
  value === undefined || value === '' ? [] : [`<${name}>${escapeXml(value)}</${name}>`];

function container(
  name: string,
  kind: 'Alt' | 'Seq' | 'Bag',
  values: readonly string[] | undefined,
): string[] {
  if (values === undefined || values.length === 0) return [];
  const lang = kind === 'Alt' ? ' xml:lang="x-default"' : '';
  const items = values.map((v) => `<rdf:li${lang}>${escapeXml(v)}</rdf:li>`).join('');
  return [`<${name}><rdf:${kind}>${items}</rdf:${kind}></${name}>`];
}

function description(namespace: string, uri: string, properties: string[]): string {
  if (properties.length === 0) return '';
  return `<rdf:Description rdf:about="" xmlns:${namespace}="${uri}">\n${properties.join('\n')}\n</rdf:Description>`;
}

/** The rdf:Description elements pdfkit's `_addInfo` should have written, escaped. */
export function infoToXmp(info: PdfkitInfo, dc: XmpDublinCore = {}): string {
  const xmp = [
    ...element('xmp:CreateDate', info.CreationDate && xmpDate(info.CreationDate)),
    ...element('xmp:ModifyDate', info.ModDate && xmpDate(info.ModDate)),
    ...element('xmp:CreatorTool', info.Creator),
  ];
  const dublinCore = [
    '<dc:format>application/pdf</dc:format>',
    ...container('dc:title', 'Alt', info.Title === undefined ? undefined : [info.Title]),
    ...container('dc:creator', 'Seq', info.Author === undefined ? undefined : [info.Author]),
    ...container('dc:description', 'Alt', info.Subject === undefined ? undefined : [info.Subject]),
    ...container('dc:language', 'Bag', dc.language),
    ...element('dc:source', dc.source),
    ...container('dc:date', 'Seq', dc.date),
    ...element('dc:identifier', dc.identifier),
    ...container('dc:publisher', 'Bag', dc.publisher),
  ];
  const pdf = [...element('pdf:Producer', info.Producer), ...element('pdf:Keywords', info.Keywords)];
  return [
    description('xmp', 'http://ns.adobe.com/xap/1.0/', xmp),
    description('dc', 'http://purl.org/dc/elements/1.1/', dublinCore),
    description('pdf', 'http://ns.adobe.com/pdf/1.3/', pdf),
  ]
    .filter((d) => d !== '')
    .join('\n');
}

let installed = false;

/** Install the patch on pdfkit's PDFDocument (once per process; pdfmake's document extends it). */
export function installPdfkitXmpPatch(): void {
  if (installed) return;
  installed = true;
  const PDFKit = createRequire(import.meta.url)('pdfkit') as { prototype: PdfkitDocumentLike };
  const proto = PDFKit.prototype;
  const end = proto.end;
  proto.end = function endWithoutXmpKey(this: PdfkitDocumentLike): unknown {
    const dc = this.info[XMP_INFO_KEY];
    if (dc !== undefined) {
      stashed.set(this, dc);
      delete this.info[XMP_INFO_KEY];
    }
    return end.call(this);
  };
  proto._addInfo = function addEscapedInfo(this: PdfkitDocumentLike): void {
    this.appendXML(infoToXmp(this.info, stashed.get(this)));
  };
}
