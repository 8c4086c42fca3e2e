import type { Quotation } from '@warraq/schema';
import { describe, expect, it } from 'vitest';
import { normalise } from '../src/normalise/normalise.js';
import { findQuotations } from '../src/quotes/quotations.js';
import { parseText } from './helpers.js';

function quotesIn(sentence: string) {
  const view = normalise(sentence).view;
  const found = findQuotations(view.text);
  return {
    quotes: found.quotations.map((q) => ({ text: view.text.slice(q.start, q.end), kind: q.kind })),
    unbalanced: found.unbalanced.map((u) => ({ mark: u.mark, problem: u.problem })),
  };
}

describe('quotations', () => {
  it('pairs every kind of mark', () => {
    expect(quotesIn('قال «نعم» ثم “لا” ثم ‹ربما› ثم "أبداً" أخيراً.').quotes.map((q) => q.text)).toEqual([
      '«نعم»',
      '“لا”',
      '‹ربما›',
      '"ابدا"',
    ]);
  });

  it('tells attributed quotations, aliases and scare quotes apart', () => {
    expect(quotesIn('وقال الوزير: «سنواصل العمل حتى النهاية».').quotes).toEqual([
      { text: '«سنواصل العمل حتي النهاية»', kind: 'attributed' },
    ]);
    expect(quotesIn('أعلن حلف شمال الأطلسي "ناتو"، أمس، خطته.').quotes).toEqual([
      { text: '"ناتو"', kind: 'alias' },
    ]);
    expect(quotesIn('دعم القوات "الشرعية" في المنطقة.').quotes).toEqual([
      { text: '"الشرعية"', kind: 'scare' },
    ]);
    expect(quotesIn('وجاء في النص "تحرير المدن من سيطرة المسلحين في البلدين" كما ورد.').quotes[0]?.kind).toBe(
      'attributed',
    );
    expect(quotesIn('ووعد بـ"تحرير المدن من سيطرة المسلحين في البلدين" سريعاً.').quotes[0]?.kind).toBe(
      'quoted',
    );
  });

  it('nests quotations inside quotations', () => {
    expect(quotesIn('قال: «إنهم يسمونها "الحل" دائماً».').quotes.map((q) => q.text)).toEqual([
      '«انهم يسمونها "الحل" دائما»',
      '"الحل"',
    ]);
  });

  it('accepts curly marks written either way round and a double prime closing', () => {
    expect(quotesIn('كتب ”نعم“ ثم “١3″ فقط.').quotes.map((q) => q.text)).toEqual(['”نعم“', '“13″']);
  });

  it('reports unbalanced marks, and a document gets a located warning', () => {
    expect(quotesIn('قال «نعم ثم مضى.').unbalanced).toEqual([{ mark: '«', problem: 'unclosed' }]);
    expect(quotesIn('قال نعم» ثم مضى.').unbalanced).toEqual([{ mark: '»', problem: 'unopened' }]);
    const doc = parseText('سطر أول.\nقال «نعم ثم مضى.');
    expect(doc.diagnostics.find((d) => d.code === 'QUOTE_UNBALANCED')).toMatchObject({
      severity: 'warning',
      line: 2,
      column: 5,
    });
  });

  it('keeps the marks as received in the document, even written as character references', () => {
    const doc = parseText('قال &#8220;نعم&#8221; أمس.');
    const q = doc.blocks[0]?.content.find((n): n is Quotation => n.type === 'quotation');
    expect(q).toMatchObject({ open: '&#8220;', close: '&#8221;' });
  });
});
