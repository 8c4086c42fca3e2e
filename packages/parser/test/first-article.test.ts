import { type Inline, walkInlines } from '@warraq/schema';
import { describe, expect, it } from 'vitest';
import { parseArticleWithSidecar } from '../src/index.js';
import { expectDocument, readFirstArticle } from './helpers.js';

describe('the first corpus article', () => {
  const { bytes, sidecar } = readFirstArticle();
  const doc = expectDocument(
    parseArticleWithSidecar(
      { fileName: '000_b7c19ba4b4690b72.txt', bytes },
      { fileName: '000_b7c19ba4b4690b72.meta.yaml', text: sidecar },
    ),
  );
  const text = doc.source.text;

  it('is decoded as UTF-8 without a BOM and fingerprinted', () => {
    expect(doc.id).toBe('syriatv-2021-04-01-coalition');
    expect(doc.source.encoding).toEqual({ name: 'utf-8', bom: false, method: 'utf8-valid' });
    expect(doc.source.byteLength).toBe(bytes.length);
    expect(doc.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(doc.source.decodingErrors).toEqual([]);
    expect(doc.source.lineEnding).toBe('lf');
  });

  it('has 14 paragraphs and 1 subheading, one per line, with exact offsets', () => {
    const lines = text.split('\n');
    expect(lines).toHaveLength(15);
    expect(doc.blocks.map((b) => b.kind)).toEqual([
      ...Array(8).fill('paragraph'),
      'subheading',
      ...Array(6).fill('paragraph'),
    ]);
    let offset = 0;
    doc.blocks.forEach((b, i) => {
      const line = lines[i] as string;
      expect(b.span).toEqual({ start: offset, end: offset + line.length });
      offset += line.length + 1;
    });
    expect(doc.blocks[8]?.id).toBe('syriatv-2021-04-01-coalition.h1');
    expect(text.slice(doc.blocks[8]?.span.start, doc.blocks[8]?.span.end)).toBe(
      'التحالف يؤكّد وقوفه إلى جانب الشعب السوري',
    );
    expect(doc.blocks[0]?.id).toBe('syriatv-2021-04-01-coalition.p1');
    expect(doc.blocks[14]?.id).toBe('syriatv-2021-04-01-coalition.p14');
  });

  it('records that the copy stops mid-sentence (it ends in a comma) without repairing it', () => {
    expect(text.endsWith(',')).toBe(true);
    expect(doc.source.truncated).toBe(true);
    expect(doc.blocks[14]?.truncated).toBe(true);
    expect(doc.blocks.slice(0, 14).some((b) => b.truncated)).toBe(false);
    const d = doc.diagnostics.find((x) => x.code === 'TEXT_TRUNCATED');
    expect(d).toMatchObject({ file: '000_b7c19ba4b4690b72.txt', line: 15 });
  });

  const all: Inline[] = [];
  for (const b of doc.blocks) walkInlines(b.content, (n) => all.push(n));
  const textOf = (n: Inline) => text.slice(n.span.start, n.span.end);

  it('resolves every date expression to the right day against the publication date', () => {
    const dates = all.flatMap((n) => (n.type === 'date' ? [[textOf(n), n.when ?? `${n.from}/${n.to}`]] : []));
    expect(dates).toEqual([
      ['قبل يومين', '2021-03-30'],
      ['4 حزيران 2020', '2020-06-04'],
      ['الأشهر الأخيرة', '2021-01/2021-04'],
      ['21 كانون الثاني الماضي', '2021-01-21'],
      ['عام 2021', '2021'],
      ['12 شباط الفائت', '2021-02-12'],
    ]);
  });

  it('reads 8 ملايين as 8000000 and 2254 as a resolution number, not a year', () => {
    const numbers = all.flatMap((n) => (n.type === 'number' ? [[textOf(n), n.kind, n.value]] : []));
    expect(numbers).toContainEqual(['8 ملايين', 'cardinal', '8000000']);
    expect(numbers).toContainEqual(['2254', 'identifier', '2254']);
    expect(all.some((n) => n.type === 'date' && textOf(n).includes('2254'))).toBe(false);
  });

  it('finds the quotations with their kinds', () => {
    const quotes = all.flatMap((n) => (n.type === 'quotation' ? [[textOf(n), n.kind]] : []));
    expect(quotes).toEqual([
      ['"التنظيم"', 'scare'],
      ['"التنظيم"', 'scare'],
      ['"تحرير قرابة 8 ملايين نسمة مِن سيطرة التنظيم في البلدين"', 'quoted'],
      ['"الشرعية"', 'scare'],
      ['"ناتو"', 'alias'],
    ]);
  });

  it('names صوفي ويلميس and أنطوني بلينكين with their roles, one registry entry each', () => {
    const person = (name: string) =>
      doc.entities.find((e) => e.kind === 'person' && e.names[0]?.text === name);
    expect(person('صوفي ويلميس')?.roles).toEqual(['نائب رئيس الوزراء البلجيكي ووزيرة الخارجية']);
    expect(person('أنطوني بلينكين')?.roles).toEqual(['وزير الخارجية الأميركي']);
    const mentions = all.flatMap((n) => (n.type === 'mention' ? [[textOf(n), n.entityKind, n.ref]] : []));
    expect(mentions).toContainEqual(['صوفي ويلميس', 'person', person('صوفي ويلميس')?.id]);
    expect(mentions).toContainEqual(['أنطوني بلينكين', 'person', person('أنطوني بلينكين')?.id]);
  });

  it('finds the organisations and places without matching inside longer words', () => {
    const kinds = new Map(doc.entities.map((e) => [e.id, e.kind]));
    const mentions = all.filter((n) => n.type === 'mention');
    expect(new Set(doc.entities.filter((e) => e.kind === 'place').map((e) => e.names[0]?.text))).toEqual(
      new Set(['الولايات المتحدة', 'سوريا', 'العراق', 'بغداد', 'إيطاليا']),
    );
    for (const org of ['تلفزيون سوريا', 'تنظيم الدولة', 'مجلس الأمن الدولي', 'حلف شمال الأطلسي'])
      expect(
        mentions.some(
          (m) => textOf(m) === org && kinds.get(m.type === 'mention' ? m.ref : '') === 'organisation',
        ),
      ).toBe(true);
    // every mention starts and ends at a word boundary: never العراق inside العراقية
    const letter = /[\p{L}\p{M}]/u;
    for (const m of mentions) expect(letter.test(text[m.span.end] ?? ' ')).toBe(false);
  });
});
