import type { Block, WarraqDocument } from '@warraq/schema';
import { type FontStack, heading, paragraph, type TextSpan } from '@warraq/typeset';
import type { Content } from 'pdfmake/interfaces.js';
import { arabicDate, type MonthStyle } from './arabic-dates.js';
import { COLOUR, MEASURE, SIZE } from './design.js';
import { inlineSpans } from './inline-spans.js';

/** The article's title: the archivist's, else the text's own headline, else its id. */
export function articleTitle(doc: WarraqDocument): string {
  const h = doc.blocks.find((b) => b.kind === 'headline');
  return (
    doc.metadata.title?.text ??
    (h === undefined ? undefined : doc.source.text.slice(h.span.start, h.span.end)) ??
    doc.id
  );
}

/**
 * The outlet's name in the document's language, else its first name. A name in Latin letters is
 * isolated (FSI … PDI, invisible) so that a number after it in an Arabic line («Okaz، 3 مايو»)
 * stays with the Arabic words it belongs to instead of joining the Latin run.
 */
export function outletName(doc: WarraqDocument): string | undefined {
  const meta = doc.metadata;
  const name = (
    meta.outlet?.names.find((n) => n.lang === undefined || n.lang === meta.language) ?? meta.outlet?.names[0]
  )?.text;
  return name !== undefined && /\p{Script=Latin}/u.test(name) ? `\u2068${name}\u2069` : name;
}

/**
 * The block set as the standfirst: the lead the parser found, when the article goes on after it
 * (an article that is one paragraph long is all body, not a standfirst without a story).
 */
export function standfirstOf(doc: WarraqDocument): Block | undefined {
  const lead = doc.blocks.find((b) => b.kind === 'lead');
  if (lead === undefined) return undefined;
  return doc.blocks.some((b) => b !== lead && (b.kind === 'paragraph' || b.kind === 'subheading'))
    ? lead
    : undefined;
}

/** A small note in the archivist's voice (a supplied title, a truncated copy), never in the standfirst's place. */
export function archivistNote(
  stack: FontStack,
  text: string,
  margin: [number, number, number, number],
): Content {
  return paragraph(
    stack,
    [
      { text: 'ملاحظة الأرشيف: ', bold: true, color: COLOUR.muted },
      { text, color: COLOUR.muted },
    ],
    { width: MEASURE, fontSize: SIZE.note, align: 'start', direction: 'rtl', lineHeight: 1.05 },
    margin,
  );
}

/**
 * The head of an article: title, the archivist's note on a supplied title, the standfirst (only
 * where the parser found a lead), and the source line: outlet (a link to its site when known),
 * publication date with its certainty, date received, and the article's URL as a real link.
 */
export function articleHead(doc: WarraqDocument, stack: FontStack, style: MonthStyle): Content[] {
  const out: Content[] = [
    heading(stack, articleTitle(doc), { width: MEASURE, fontSize: SIZE.body, level: 1 }),
  ];
  if (doc.metadata.title?.supplied === true)
    out.push(archivistNote(stack, 'العنوان من وضع الأرشيف؛ لا عنوان في النص المستلم.', [0, 0, 0, 4]));
  const lead = standfirstOf(doc);
  if (lead !== undefined)
    out.push(
      paragraph(
        stack,
        inlineSpans(lead.content, { color: COLOUR.muted }),
        { width: MEASURE, fontSize: SIZE.standfirst, align: 'justify', lineHeight: 1.1 },
        [0, 2, 0, 6],
      ),
    );
  out.push(
    paragraph(
      stack,
      sourceLine(doc, style),
      { width: MEASURE, fontSize: SIZE.small, align: 'start', direction: 'rtl' },
      [0, 2, 0, 0],
    ),
  );
  const url = doc.metadata.url;
  if (url !== undefined)
    out.push(
      paragraph(
        stack,
        [
          { text: 'الرابط: ', color: COLOUR.muted },
          // the address reads left to right inside the Arabic line (LRI … PDI)
          { text: `\u2066${safeDecode(url)}\u2069`, color: COLOUR.link, link: url },
        ],
        { width: MEASURE, fontSize: SIZE.note, align: 'start', direction: 'rtl', lineHeight: 1.05 },
      ),
    );
  out.push({ text: '', margin: [0, 0, 0, 8] });
  return out;
}

function sourceLine(doc: WarraqDocument, style: MonthStyle): TextSpan[] {
  const meta = doc.metadata;
  const parts: TextSpan[][] = [];
  const outlet = outletName(doc);
  if (outlet !== undefined)
    parts.push([
      meta.outlet?.homepage === undefined
        ? { text: outlet, bold: true }
        : { text: outlet, bold: true, color: COLOUR.link, link: meta.outlet.homepage },
    ]);
  const published = meta.published;
  if (published !== undefined)
    parts.push([
      { text: 'نُشر ', color: COLOUR.muted },
      { text: arabicDate(published.value, style), keep: true },
      ...(published.certainty === 'high'
        ? []
        : [{ text: ` (تاريخ ${CERTAINTY[published.certainty]})`, color: COLOUR.muted }]),
    ]);
  if (meta.retrieved !== undefined)
    parts.push([
      { text: 'استُلم ', color: COLOUR.muted },
      { text: arabicDate(meta.retrieved, style), keep: true },
    ]);
  return parts.flatMap((p, k) => (k === 0 ? p : [{ text: ' · ', color: COLOUR.muted }, ...p]));
}

const CERTAINTY = { high: 'مؤكد', medium: 'مرجّح', low: 'تقديري', unknown: 'غير مؤكد' } as const;

/** A URL as people read it (Arabic letters rather than %D8%…); as it is when it does not decode. */
function safeDecode(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}
