import { describe, expect, it } from 'vitest';
import { Locator } from '../src/diagnostics.js';
import { type Annotation, buildInlines, RANK } from '../src/inlines/tree.js';

const text = 'قال الوزير «إن 8 ملايين نزحوا» أمس';
const at = (s: string) => text.indexOf(s);
const locator = new Locator(text, 't.txt');

const quote: Annotation = {
  start: at('«'),
  end: at('»') + 1,
  rank: RANK.quotation,
  node: { type: 'quotation', kind: 'quoted', open: '«', close: '»' },
};
const number: Annotation = {
  start: at('8'),
  end: at(' نزحوا'),
  rank: RANK.number,
  node: { type: 'number', kind: 'cardinal', value: '8000000' },
};

describe('buildInlines', () => {
  it('nests annotations that nest and tiles the span with text', () => {
    const { content, diagnostics } = buildInlines(text, 0, text.length, [number, quote], locator);
    expect(diagnostics).toEqual([]);
    expect(content.map((n) => n.type)).toEqual(['text', 'quotation', 'text']);
    const q = content[1];
    if (q?.type !== 'quotation') throw new Error('expected a quotation');
    expect(q.content.map((n) => n.type)).toEqual(['text', 'number', 'text']);
    expect(q.content[1]).toMatchObject({ span: { start: number.start, end: number.end }, value: '8000000' });
  });

  it('drops the weaker of two crossing annotations, deterministically, with an info diagnostic', () => {
    const crossing: Annotation = {
      start: at('الوزير'),
      end: at('إن') + 2,
      rank: RANK.mention,
      node: { type: 'mention', entityKind: 'person', ref: 'x' },
    };
    const a = buildInlines(text, 0, text.length, [crossing, quote, number], locator);
    const b = buildInlines(text, 0, text.length, [number, quote, crossing], locator);
    expect(a).toEqual(b);
    expect(a.content.map((n) => n.type)).toEqual(['text', 'quotation', 'text']);
    expect(a.diagnostics).toMatchObject([
      {
        code: 'ANNOTATION_DROPPED',
        severity: 'info',
        line: 1,
        column: 5,
        offset: crossing.start,
        endLine: 1,
        endColumn: crossing.end + 1,
        endOffset: crossing.end,
      },
    ]);
  });

  it('puts the higher rank outside when two annotations share a span', () => {
    const date: Annotation = {
      start: number.start,
      end: number.end,
      rank: RANK.date,
      node: { type: 'date', calendar: 'gregorian', certainty: 'low' },
    };
    const { content } = buildInlines(text, number.start, number.end, [number, date], locator);
    expect(content[0]?.type).toBe('date');
    expect(content[0]?.type !== 'text' && content[0]?.content[0]?.type).toBe('number');
  });
});
