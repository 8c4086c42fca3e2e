import { type FontStack, paragraph } from '@warraq/typeset';
import type { Content } from 'pdfmake/interfaces.js';
import { COLOUR, MEASURE, PUBLICATION, SIZE } from './design.js';

/**
 * The masthead: the publication's name on the start (right) side, the brief's date and what kind of
 * issue it is on the other, then a double rule (thick over thin) across the measure.
 */
export function masthead(stack: FontStack, date: string, kind: string): Content {
  const half = MEASURE / 2;
  const name = paragraph(stack, [{ text: PUBLICATION, bold: true }], {
    width: half,
    fontSize: SIZE.masthead,
    align: 'start',
    direction: 'rtl',
    lineHeight: 1,
  });
  const issue = paragraph(stack, [{ text: `${kind} · ${date}`, color: COLOUR.muted }], {
    width: half,
    fontSize: SIZE.small,
    align: 'end',
    direction: 'rtl',
    lineHeight: 1,
  });
  return {
    stack: [
      // pdfmake lays columns out left to right: the date's column first puts the name on the right
      {
        columns: [
          { width: half, stack: [issue], margin: [0, SIZE.masthead - SIZE.small, 0, 0] },
          { width: half, stack: [name] },
        ],
      },
      {
        canvas: [
          { type: 'line', x1: 0, y1: 4, x2: MEASURE, y2: 4, lineWidth: 1.6, lineColor: COLOUR.rule },
          { type: 'line', x1: 0, y1: 7, x2: MEASURE, y2: 7, lineWidth: 0.5, lineColor: COLOUR.rule },
        ],
      },
    ],
    margin: [0, 0, 0, 10],
  } as Content;
}
