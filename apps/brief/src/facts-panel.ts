import type { WarraqDocument } from '@warraq/schema';
import { type FontStack, heading, paragraph, type TextSpan } from '@warraq/typeset';
import type { Content } from 'pdfmake/interfaces.js';
import { arabicDate, type MonthStyle } from './arabic-dates.js';
import { COLOUR, MEASURE, SIZE } from './design.js';
import { type KeyEntity, type KeyFacts, keyFacts } from './key-facts.js';

const PADDING = 10;
/** A row lists this many items, then says how many more there are (a long article names hundreds). */
const MAX_ITEMS = 14;

const ROWS: [keyof Omit<KeyFacts, 'dates'>, string][] = [
  ['people', 'الأشخاص'],
  ['organisations', 'المنظمات'],
  ['places', 'الأماكن'],
];

/**
 * The key-facts panel, set at the top of the brief: people with their roles, organisations,
 * places, and the dates the article mentions with their resolved values written the Arabic way
 * («قبل يومين: 30 آذار 2021»). Undefined when the parser found none.
 */
export function factsPanel(doc: WarraqDocument, stack: FontStack, style: MonthStyle): Content | undefined {
  const facts = keyFacts(doc);
  const width = MEASURE - 2 * PADDING;
  const rows: Content[] = [];
  for (const [key, label] of ROWS)
    if (facts[key].length > 0) rows.push(row(stack, label, listed(facts[key].map(entitySpans)), width));
  const dates = facts.dates.filter((d) => d.when !== undefined).map((d) => dateSpans(d.text, d.when!, style));
  if (dates.length > 0) rows.push(row(stack, 'التواريخ', listed(dates), width));
  if (rows.length === 0) return undefined;
  return {
    margin: [0, 4, 0, 14],
    unbreakable: true,
    table: {
      widths: ['*'],
      body: [
        [
          {
            stack: [heading(stack, 'أبرز ما في الخبر', { width, fontSize: SIZE.facts, level: 3 }), ...rows],
            fillColor: COLOUR.panel,
          },
        ],
      ],
    },
    layout: {
      hLineWidth: () => 0.6,
      vLineWidth: () => 0,
      hLineColor: () => COLOUR.panelRule,
      paddingLeft: () => PADDING,
      paddingRight: () => PADDING,
      paddingTop: () => 2,
      paddingBottom: () => 6,
    },
  } as Content;
}

/** A name kept on one line; a person's role after it in parentheses. */
function entitySpans(e: KeyEntity): TextSpan[] {
  return e.role === undefined
    ? [{ text: e.name, keep: true }]
    : [
        { text: e.name, keep: true },
        { text: ` (${e.role})`, color: COLOUR.muted },
      ];
}

/** A date as written, and its resolved value when that says something the words do not. */
function dateSpans(text: string, when: string, style: MonthStyle): TextSpan[] {
  const value = arabicDate(when, style);
  const plain = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  if (plain(text).includes(plain(value))) return [{ text, keep: true }];
  return [{ text, keep: true }, { text: ': ' }, { text: value, keep: true, bold: true }];
}

/** Items joined with Arabic commas, at most MAX_ITEMS of them, then how many more there are. */
export function listed(items: readonly TextSpan[][]): TextSpan[] {
  const out: TextSpan[] = [];
  items.slice(0, MAX_ITEMS).forEach((spans, k) => {
    if (k > 0) out.push({ text: '، ' });
    out.push(...spans);
  });
  if (items.length > MAX_ITEMS)
    out.push({ text: '، ' }, { text: `و${items.length - MAX_ITEMS} غيرها`, color: COLOUR.muted, keep: true });
  return out;
}

function row(stack: FontStack, label: string, items: readonly TextSpan[], width: number): Content {
  return paragraph(
    stack,
    [{ text: `${label}: `, bold: true }, ...items],
    { width, fontSize: SIZE.facts, align: 'start', direction: 'rtl', lineHeight: 1.1 },
    [0, 0, 0, 3],
  );
}
