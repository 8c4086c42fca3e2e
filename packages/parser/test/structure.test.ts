import { describe, expect, it } from 'vitest';
import { metadata, parseText } from './helpers.js';

const kinds = (text: string) => {
  const doc = parseText(text);
  return doc.blocks.map((b) => [b.kind, doc.source.text.slice(b.span.start, b.span.end)]);
};

describe('structure', () => {
  it('takes a short first line without closing punctuation as the headline, and the next paragraph as the lead', () => {
    expect(
      kinds('افتتاح معرض الكتاب في المدينة\nافتتح الوزير المعرض صباح اليوم.\nوشارك فيه مئة ناشر.'),
    ).toEqual([
      ['headline', 'افتتاح معرض الكتاب في المدينة'],
      ['lead', 'افتتح الوزير المعرض صباح اليوم.'],
      ['paragraph', 'وشارك فيه مئة ناشر.'],
    ]);
  });

  it('takes a first line for the headline when it is the title the metadata records, punctuation or not', () => {
    const text = 'هل ينجح الاتفاق؟\nوصل الوفد إلى المدينة.\nوغادر مساءً.';
    const title = { text: 'هل ينجح الاتفاق؟', supplied: false };
    expect(parseText(text, metadata({ title })).blocks.map((b) => b.kind)).toEqual([
      'headline',
      'lead',
      'paragraph',
    ]);
    // a title the archivist wrote is not printed in the text
    const supplied = parseText(text, metadata({ title: { ...title, supplied: true } }));
    expect(supplied.blocks[0]?.kind).toBe('paragraph');
  });

  it('does not take a first line ending in a full stop for a headline', () => {
    expect(kinds('افتتح الوزير المعرض.\nوشارك فيه مئة ناشر.').map(([k]) => k)).toEqual([
      'paragraph',
      'paragraph',
    ]);
  });

  it('tells datelines from bylines on their own lines', () => {
    expect(
      kinds('عنوان الخبر هنا\nدمشق - تلفزيون سوريا\nسلمى أحمد – عين اليوم\nوصل الوفد إلى المدينة.'),
    ).toEqual([
      ['headline', 'عنوان الخبر هنا'],
      ['dateline', 'دمشق - تلفزيون سوريا'],
      ['byline', 'سلمى أحمد – عين اليوم'],
      ['lead', 'وصل الوفد إلى المدينة.'],
    ]);
  });

  it('splits a dateline that opens the first paragraph into its own block', () => {
    expect(kinds('بيروت - وكالات: وصل الوفد إلى المدينة.')).toEqual([
      ['dateline', 'بيروت - وكالات:'],
      ['paragraph', 'وصل الوفد إلى المدينة.'],
    ]);
  });

  it('recognises photo captions and "by" lines', () => {
    expect(kinds('وصل الوفد إلى المدينة.\n(صورة أرشيفية)\nبقلم: سلمى أحمد\nوغادر مساءً.')).toEqual([
      ['paragraph', 'وصل الوفد إلى المدينة.'],
      ['caption', '(صورة أرشيفية)'],
      ['byline', 'بقلم: سلمى أحمد'],
      ['paragraph', 'وغادر مساءً.'],
    ]);
    expect(kinds('وصل الوفد إلى المدينة.\n(تصوير: سلمى أحمد)\nوغادر مساءً.')[1]?.[0]).toBe('caption');
  });

  it('takes a short unpunctuated line inside the body as a subheading', () => {
    expect(kinds('وصل الوفد إلى المدينة.\nمطالب المحتجين\nوطالب المحتجون بالإصلاح.').map(([k]) => k)).toEqual(
      ['paragraph', 'subheading', 'paragraph'],
    );
  });

  it('records a cut-off text as truncated but not one that ends with a byline', () => {
    const cut = parseText('وصل الوفد إلى المدينة.\nوقال الوزير إن');
    expect(cut.source.truncated).toBe(true);
    expect(cut.blocks[1]?.truncated).toBe(true);
    const signed = parseText('وصل الوفد إلى المدينة.\nسلمى أحمد – عين اليوم');
    expect(signed.source.truncated).toBe(false);
    expect(parseText('وصل الوفد إلى المدينة، وعقد لقاءات مع').source.truncated).toBe(true);
  });

  it('does not call a text cut off just because it ends on a plain word (a credit, a tag line)', () => {
    const tagged = parseText('وصل الوفد إلى المدينة. كلمات مفتاحية الوفد المدينة');
    expect(tagged.source.truncated).toBe(false);
    expect(tagged.diagnostics.find((d) => d.code === 'TEXT_END_UNPUNCTUATED')).toMatchObject({
      severity: 'info',
      line: 1,
    });
  });

  it('handles CRLF and CR line endings and says which', () => {
    expect(parseText('سطر أول.\r\nسطر ثان.').source.lineEnding).toBe('crlf');
    expect(parseText('سطر أول.\rسطر ثان.').blocks).toHaveLength(2);
    expect(parseText('سطر أول.\r\nسطر ثان.\n').source.lineEnding).toBe('mixed');
  });
});
