import { describe, expect, expectTypeOf, it } from 'vitest';
import { checkDocument, type Inline, inlineText, isNcName, WarraqDocument } from '../src/index.js';

const text = 'قال «نعم» في 8 ملايين';
function sample(): WarraqDocument {
  return {
    model: 1,
    id: 'doc1',
    metadata: { language: 'ar', authors: [], keywords: [] },
    source: {
      fileName: 'a.txt',
      sha256: '0'.repeat(64),
      byteLength: 10,
      encoding: { name: 'utf-8', bom: false, method: 'utf8-valid' },
      decodingErrors: [],
      text,
      lineEnding: 'none',
      truncated: false,
      normalisations: [],
      edits: [],
    },
    blocks: [
      {
        id: 'doc1.p1',
        kind: 'paragraph',
        span: { start: 0, end: text.length },
        content: [
          { type: 'text', span: { start: 0, end: 4 }, text: 'قال ' },
          {
            type: 'quotation',
            kind: 'quoted',
            open: '«',
            close: '»',
            span: { start: 4, end: 9 },
            content: [{ type: 'text', span: { start: 4, end: 9 }, text: '«نعم»' }],
          },
          { type: 'text', span: { start: 9, end: 13 }, text: ' في ' },
          {
            type: 'number',
            kind: 'cardinal',
            value: '8000000',
            span: { start: 13, end: 21 },
            content: [{ type: 'text', span: { start: 13, end: 21 }, text: '8 ملايين' }],
          },
        ],
      },
    ],
    entities: [],
    diagnostics: [],
  };
}

describe('document model', () => {
  it('accepts a sound document and its invariants hold', () => {
    const doc = sample();
    expect(WarraqDocument.parse(doc)).toEqual(doc);
    expect(checkDocument(doc)).toEqual([]);
    expect(inlineText(doc.blocks[0]!.content)).toBe(text);
  });

  it('catches text that differs from the received text', () => {
    const doc = sample();
    const first = doc.blocks[0]!.content[0]!;
    if (first.type === 'text') first.text = 'قل ';
    expect(checkDocument(doc).join('\n')).toContain('differs from the received text');
  });

  it('catches a mention pointing nowhere', () => {
    const doc = sample();
    doc.blocks[0]!.content[0] = {
      type: 'mention',
      entityKind: 'person',
      ref: 'nobody',
      span: { start: 0, end: 4 },
      content: [{ type: 'text', span: { start: 0, end: 4 }, text: 'قال ' }],
    };
    expect(checkDocument(doc).join('\n')).toContain('unknown entity "nobody"');
  });

  it('rejects ids that are not NCNames and bad values', () => {
    const doc = sample();
    expect(WarraqDocument.safeParse({ ...doc, id: '000_b7' }).success).toBe(false);
    expect(isNcName('syriatv-2021-04-01-coalition')).toBe(true);
    expect(isNcName('a:b')).toBe(false);
    const bad = sample();
    const n = bad.blocks[0]!.content[3]!;
    if (n.type === 'number') n.value = '8,000,000';
    expect(WarraqDocument.safeParse(bad).success).toBe(false);
  });

  it('infers precise types', () => {
    expectTypeOf<Inline['type']>().toEqualTypeOf<'text' | 'quotation' | 'date' | 'number' | 'mention'>();
    expectTypeOf<WarraqDocument['blocks'][number]['kind']>().toEqualTypeOf<
      'headline' | 'subheading' | 'lead' | 'paragraph' | 'dateline' | 'byline' | 'caption'
    >();
    expectTypeOf<Extract<Inline, { type: 'quotation' }>['content']>().toEqualTypeOf<Inline[]>();
  });
});
