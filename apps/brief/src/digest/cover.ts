import type { WarraqDocument } from '@warraq/schema';
import { type FontStack, paragraph, type TextSpan } from '@warraq/typeset';
import type { Content } from 'pdfmake/interfaces.js';
import { arabicDate, type MonthStyle } from '../arabic-dates.js';
import { outletName } from '../article-head.js';
import { COLOUR, MEASURE, SIZE } from '../design.js';
import { listed } from '../facts-panel.js';
import { masthead } from '../masthead.js';

/** The digest's cover: masthead, what it is, the period its articles were published in, how many, from which outlets. */
export function cover(
  stack: FontStack,
  docs: readonly WarraqDocument[],
  date: string,
  style: MonthStyle,
): Content[] {
  const dates = docs
    .flatMap((d) => (d.metadata.published === undefined ? [] : [d.metadata.published.value]))
    .sort();
  const outlets = [...new Set(docs.map(outletName).filter((o): o is string => o !== undefined))];
  const line = (spans: TextSpan[], size: number, margin: [number, number, number, number]) =>
    paragraph(
      stack,
      spans,
      { width: MEASURE, fontSize: size, align: 'start', direction: 'rtl', lineHeight: 1.15 },
      margin,
    );
  const out: Content[] = [
    masthead(stack, arabicDate(date, style), 'ملف أخبار'),
    line([{ text: 'ملف أخبار', bold: true }], SIZE.masthead * 1.6, [0, 120, 0, 18]),
  ];
  if (dates.length > 0) {
    const from = arabicDate(dates[0]!, style);
    const to = arabicDate(dates.at(-1)!, style);
    out.push(
      line(
        [
          { text: 'الفترة: ', bold: true },
          ...(from === to
            ? [{ text: from, keep: true }]
            : [{ text: 'من ' }, { text: from, keep: true }, { text: ' إلى ' }, { text: to, keep: true }]),
        ],
        SIZE.standfirst,
        [0, 0, 0, 6],
      ),
    );
  }
  out.push(
    line(
      [{ text: 'عدد الأخبار: ', bold: true }, { text: String(docs.length) }],
      SIZE.standfirst,
      [0, 0, 0, 6],
    ),
  );
  if (docs.length > dates.length)
    out.push(
      line(
        [{ text: `منها ${docs.length - dates.length} بلا تاريخ نشر معروف.`, color: COLOUR.muted }],
        SIZE.small,
        [0, 0, 0, 6],
      ),
    );
  if (outlets.length > 0)
    out.push(
      line(
        [{ text: 'المصادر: ', bold: true }, ...listed(outlets.map((o) => [{ text: o, keep: true }]))],
        SIZE.facts,
        [0, 6, 0, 0],
      ),
    );
  return out;
}
