import { describe, expect, it } from 'vitest';
import { copyFigures, foreignCodePoints } from '../scripts/copy-measure.mjs';
import { layoutParagraph, loadAmiri, renderPdf, toPdfmake } from '../src/index.js';
import { firstArticle, paragraphsOf, pdfjsText } from './fixtures.js';

const stack = loadAmiri();
const A4_MEASURE = 595.28 - 2 * 56;

async function article(text: string): Promise<Uint8Array> {
  const content = paragraphsOf(text).map((p) =>
    toPdfmake(layoutParagraph(p, stack, { width: A4_MEASURE, fontSize: 14 })),
  );
  return renderPdf(stack, { pageSize: 'A4', pageMargins: 56, content });
}

describe('renderPdf', () => {
  it('writes byte-identical PDFs for the same input', async () => {
    const text = 'قال الوزير (في بيان) إن 8 ملايين شخص تأثروا.';
    const a = await article(text);
    const b = await article(text);
    expect(Buffer.from(a).toString('latin1').startsWith('%PDF-')).toBe(true);
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
  });

  it('takes the creation date from SOURCE_DATE_EPOCH', async () => {
    const { reproducibleDate } = await import('../src/index.js');
    expect(reproducibleDate({ SOURCE_DATE_EPOCH: '1617235200' }).toISOString()).toBe(
      '2021-04-01T00:00:00.000Z',
    );
    expect(reproducibleDate({}).toISOString()).toBe('2000-01-01T00:00:00.000Z');
  });

  it('copies a sentence exactly as written: brackets, vocalised words, numbers (pdf.js)', async () => {
    const sentences = [
      'أعلن التحالف الدولي (في بيانه الختامي) أن [القرار] نهائي.',
      'قال إنّ الوفد وصل، وأكّد أنّ المحادثات بدأت منعاً للتصعيد.',
      'في 4 حزيران 2020 حول الساعة 12:30 ظهراً، قال: Amiri 14 وراق.',
      'وسوريا والعراق، وإيجاد الخبر لاحقاً.',
    ];
    for (const text of sentences) {
      const extracted = await pdfjsText(await article(text), '');
      // one line each: the copy is the sentence and the line end after it, nothing else
      expect(extracted.trim()).toBe(text);
    }
  });

  it('the first corpus article: pdf.js finds every two-word phrase and every word in reading order', async () => {
    const source = firstArticle();
    // items joined with nothing between them, as Firefox copies a selection across the text layer's
    // spans: spaces and word boundaries must come from the PDF itself
    const figures = copyFigures(source, await pdfjsText(await article(source), ''), 'pdf.js');
    expect(figures).toEqual({ phrases: 1, words: 1 });
  });

  it('the first corpus article copies as nothing but its own characters, spaces and line ends (pdf.js)', async () => {
    const source = firstArticle();
    const extracted = await pdfjsText(await article(source), '');
    expect(foreignCodePoints(source, extracted, 'pdf.js')).toEqual([]);
  });
});
