import type { Block, Inline, WarraqDocument } from '@warraq/schema';
import { type FontStack, heading, pageFurniture, paragraph, type TextSpan } from '@warraq/typeset';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { type KeyFacts, keyFacts } from './key-facts.js';

/** A4 with 2 cm margins, Amiri 14 pt body. */
export const PAGE = { width: 595.28, height: 841.89, margin: 56.7 } as const;
export const BODY_SIZE = 14;
const MEASURE = PAGE.width - 2 * PAGE.margin;
const MUTED = '#5e5c64';
const DATE_COLOUR = '#1c4f8c';
const BOX_PADDING = 10;

/**
 * The brief of one article as a pdfmake document: title (marked when the archivist supplied it),
 * outlet and dates, the paragraphs and subheadings, and a closing box of key people, places,
 * organisations and dates. Pure: fonts come in, a definition goes out.
 */
export function composeBrief(doc: WarraqDocument, stack: FontStack): TDocumentDefinitions {
  const meta = doc.metadata;
  const outlet =
    meta.outlet?.names.find((n) => n.lang === undefined || n.lang === meta.language) ?? meta.outlet?.names[0];
  const content: Content[] = [];
  const title = meta.title?.text ?? firstHeadline(doc) ?? doc.id;
  content.push(heading(stack, title, { width: MEASURE, fontSize: BODY_SIZE, level: 1 }));
  if (meta.title?.supplied === true)
    content.push(small(stack, 'عنوان من وضع الأرشيف: لا عنوان في النص المستلم', [0, 0, 0, 2]));
  content.push(small(stack, metaLine(doc, outlet?.text), [0, 2, 0, 12]));
  for (const block of doc.blocks) {
    if (block.kind === 'headline' && meta.title === undefined) continue; // already the title
    content.push(blockContent(block, stack));
  }
  if (doc.blocks.at(-1)?.truncated === true)
    content.push(small(stack, '[ينتهي النص المستلم هنا: النسخة مقتطعة]', [0, 2, 0, 0]));
  const box = factsBox(keyFacts(doc), stack);
  if (box !== undefined) content.push(box);
  const furniture = pageFurniture(stack, {
    pageWidth: PAGE.width,
    margins: [PAGE.margin, PAGE.margin],
    fontSize: 10,
    color: MUTED,
    direction: 'rtl',
    digits: 'arabic-indic',
    inset: 22,
    ...(outlet !== undefined ? { header: `موجز وراق · ${outlet.text}` } : {}),
    footer: (page, pages) => `صفحة ${page} من ${pages}`,
  });
  return {
    pageSize: 'A4',
    pageMargins: PAGE.margin,
    language: meta.language,
    info: {
      title,
      subject: `Warraq brief of ${doc.id}`,
      keywords: meta.keywords.map((k) => k.text).join(', '),
      creator: 'warraq-brief',
    },
    content,
    ...furniture,
  };
}

function firstHeadline(doc: WarraqDocument): string | undefined {
  const h = doc.blocks.find((b) => b.kind === 'headline');
  return h === undefined ? undefined : doc.source.text.slice(h.span.start, h.span.end);
}

function metaLine(doc: WarraqDocument, outlet: string | undefined): string {
  const parts: string[] = [];
  if (outlet !== undefined) parts.push(outlet);
  const published = doc.metadata.published;
  if (published !== undefined)
    parts.push(
      `نُشر ${arabicDate(published.value)}${published.certainty === 'high' ? '' : ' (تاريخ تقديري)'}`,
    );
  if (doc.metadata.retrieved !== undefined) parts.push(`استُلم ${arabicDate(doc.metadata.retrieved)}`);
  return parts.join(' · ');
}

/** 2021-04-01 → "1 أبريل 2021" (Latin digits, as Arabic news prints them). */
export function arabicDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (y === undefined || m === undefined) return iso;
  const date = new Date(Date.UTC(y, m - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions =
    d === undefined ? { year: 'numeric', month: 'long' } : { year: 'numeric', month: 'long', day: 'numeric' };
  return new Intl.DateTimeFormat('ar-u-nu-latn', { ...options, timeZone: 'UTC' }).format(date);
}

function small(stack: FontStack, text: string, margin: [number, number, number, number]): Content {
  return paragraph(
    stack,
    [{ text, color: MUTED }],
    { width: MEASURE, fontSize: 10, align: 'start', lineHeight: 1.05 },
    margin,
  );
}

function blockContent(block: Block, stack: FontStack): Content {
  const spans = inlineSpans(block.content);
  switch (block.kind) {
    case 'headline':
    case 'subheading':
      return heading(stack, spans, {
        width: MEASURE,
        fontSize: BODY_SIZE,
        level: block.kind === 'headline' ? 2 : 3,
      });
    case 'dateline':
    case 'byline':
    case 'caption':
      return paragraph(
        stack,
        spans.map((s) => ({ ...s, color: MUTED })),
        { width: MEASURE, fontSize: 11, align: 'start' },
        [0, 0, 0, 6],
      );
    default:
      return paragraph(stack, spans, { width: MEASURE, fontSize: BODY_SIZE }, [0, 0, 0, 7]);
  }
}

/** Inline content to styled spans: text as is, dates in a quiet colour (the brief's one highlight). */
function inlineSpans(nodes: readonly Inline[], style: Omit<TextSpan, 'text'> = {}): TextSpan[] {
  const out: TextSpan[] = [];
  for (const node of nodes) {
    if (node.type === 'text') out.push({ ...style, text: node.text });
    else
      out.push(...inlineSpans(node.content, node.type === 'date' ? { ...style, color: DATE_COLOUR } : style));
  }
  return out;
}

const FACT_LABELS: [keyof Omit<KeyFacts, 'dates'>, string][] = [
  ['people', 'الأشخاص'],
  ['organisations', 'المنظمات'],
  ['places', 'الأماكن'],
];

function factsBox(facts: KeyFacts, stack: FontStack): Content | undefined {
  const width = MEASURE - 2 * BOX_PADDING;
  const rows: Content[] = [];
  for (const [key, label] of FACT_LABELS) {
    if (facts[key].length === 0) continue;
    rows.push(factRow(stack, label, facts[key].join('، '), width));
  }
  if (facts.dates.length > 0)
    rows.push(
      factRow(
        stack,
        'التواريخ',
        // an ISO date after Arabic letters is an Arabic number to UAX #9 (W2), and its hyphens
        // stay neutral, so it would read backwards: isolate it left to right (LRI … PDI)
        facts.dates
          .map((d) => (d.when === undefined ? d.text : `${d.text} (\u2066${d.when}\u2069)`))
          .join('، '),
        width,
      ),
    );
  if (rows.length === 0) return undefined;
  return {
    margin: [0, 12, 0, 0],
    unbreakable: true,
    table: {
      widths: ['*'],
      body: [
        [
          {
            stack: [heading(stack, 'أبرز ما في الخبر', { width, fontSize: BODY_SIZE, level: 3 }), ...rows],
            fillColor: '#f3f1ec',
          },
        ],
      ],
    },
    layout: {
      hLineWidth: () => 0.6,
      vLineWidth: () => 0.6,
      hLineColor: () => '#c0bfbc',
      vLineColor: () => '#c0bfbc',
      paddingLeft: () => BOX_PADDING,
      paddingRight: () => BOX_PADDING,
      paddingTop: () => 4,
      paddingBottom: () => 8,
    },
  } as Content;
}

function factRow(stack: FontStack, label: string, items: string, width: number): Content {
  return paragraph(
    stack,
    [{ text: `${label}: `, bold: true }, { text: items }],
    { width, fontSize: 12, align: 'start', lineHeight: 1.05 },
    [0, 0, 0, 3],
  );
}
