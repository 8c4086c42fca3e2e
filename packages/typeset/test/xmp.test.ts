import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { loadAmiri, paragraph, renderPdf, XMP_INFO_KEY } from '../src/index.js';
import { infoToXmp } from '../src/patches/pdfkit-xmp.js';

const title = 'Q&A <b> "x" & \'y\' — الأسئلة & الأجوبة';

describe('XMP metadata (patches/pdfkit-xmp.ts)', () => {
  it('escapes Info strings and carries Dublin Core from info.xmp without writing it into Info', async () => {
    const stack = loadAmiri();
    const date = new Date(Date.UTC(2021, 3, 1));
    const pdf = await renderPdf(
      stack,
      {
        version: '1.7',
        content: [paragraph(stack, 'نص', { width: 300, fontSize: 12 })],
        info: {
          title,
          keywords: 'a & b',
          [XMP_INFO_KEY]: { language: ['ar'], source: 'https://example.org/?a=1&b=<2>', identifier: 'id&1' },
        } as Record<string, unknown>,
      },
      date,
    );
    const doc = await getDocument({ data: pdf.slice(), verbosity: 0 }).promise;
    const { info, metadata } = await doc.getMetadata();
    await doc.destroy();
    expect((info as Record<string, unknown>).Title).toBe(title);
    expect(metadata?.get('dc:title')).toBe(title);
    expect(metadata?.get('pdf:keywords')).toBe('a & b');
    expect(metadata?.get('dc:source')).toBe('https://example.org/?a=1&b=<2>');
    expect(metadata?.get('dc:identifier')).toBe('id&1');
    expect(metadata?.get('xmp:modifydate')).toBe('2021-04-01T00:00:00Z');
    expect(Object.keys(info as object)).not.toContain(XMP_INFO_KEY);
    expect(Buffer.from(pdf).toString('latin1')).not.toMatch(/\/xmp \d+ 0 R/); // no Info entry
  });

  it('writes nothing for missing values', () => {
    const xmp = infoToXmp({ Producer: 'p' });
    expect(xmp).toContain('<pdf:Producer>p</pdf:Producer>');
    expect(xmp).not.toContain('xmp:CreateDate');
    expect(xmp).not.toContain('dc:title');
  });
});
