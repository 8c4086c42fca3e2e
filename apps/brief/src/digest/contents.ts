import { anchor, type FontStack, heading, layoutParagraph, paragraph, type TextSpan } from '@warraq/typeset';
import type { Content } from 'pdfmake/interfaces.js';
import { pageNumber } from '../definition.js';
import { COLOUR, MEASURE, SIZE } from '../design.js';

/** One line of the contents: what it names, where it goes. */
export interface ContentsEntry {
  readonly title: string;
  /** small text after the title (outlet, date) */
  readonly detail?: string;
  /** the anchor it links to */
  readonly target: string;
}

const NUMBER_WIDTH = 34;
const GAP = 6;

/**
 * The table of contents, right to left: each entry's title on the right, dot leaders, its page
 * number on the left; title and number are links to the entry's anchor. `pageOf` gives the
 * numbers (a first layout's); an unknown page prints as a placeholder of the same width.
 */
export function contents(
  stack: FontStack,
  entries: readonly ContentsEntry[],
  pageOf: (anchor: string) => number | undefined,
): Content[] {
  const title = anchor(heading(stack, 'المحتويات', { width: MEASURE, fontSize: SIZE.body, level: 1 }), {
    name: 'contents',
    outline: 'المحتويات',
  });
  return [title, ...entries.map((e) => entry(stack, e, pageOf(e.target)))];
}

function entry(stack: FontStack, e: ContentsEntry, page: number | undefined): Content {
  const width = MEASURE - NUMBER_WIDTH;
  const link = `#${e.target}`;
  const spans: TextSpan[] = [{ text: e.title, link }];
  if (e.detail !== undefined)
    spans.push({ text: ` · ${e.detail}`, color: COLOUR.muted, fontSize: SIZE.note, link });
  const options = { width, fontSize: SIZE.small, align: 'start', direction: 'rtl', lineHeight: 1.1 } as const;
  const lastLine = layoutParagraph(spans, stack, options).lines.at(-1);
  const leader = width - (lastLine?.width ?? 0) - GAP;
  const number = paragraph(
    stack,
    [{ text: page === undefined ? '٠٠٠' : pageNumber(page), color: COLOUR.link, link }],
    { width: NUMBER_WIDTH, fontSize: SIZE.small, align: 'end', direction: 'rtl', lineHeight: 1.1 },
  );
  return {
    columns: [
      { width: NUMBER_WIDTH, stack: [number] },
      {
        width,
        stack: [
          paragraph(stack, spans, options),
          // dot leaders from the number to the end of the title, drawn (not text: copying the
          // contents gives titles and numbers, not rows of dots)
          ...(leader > 12
            ? [
                {
                  canvas: [
                    {
                      type: 'line',
                      x1: 2,
                      y1: 0,
                      x2: leader,
                      y2: 0,
                      lineWidth: 1,
                      lineCap: 'round',
                      dash: { length: 0.01, space: 3.5 },
                      lineColor: COLOUR.muted,
                    },
                  ],
                  relativePosition: { x: 0, y: -SIZE.small * 0.55 },
                },
              ]
            : []),
        ],
      },
    ],
    columnGap: 0,
    margin: [0, 0, 0, 3],
    unbreakable: true,
  } as Content;
}
