import { describe, expect, it } from 'vitest';
import { normalise } from '../src/normalise/normalise.js';
import { findNumbers } from '../src/numbers/recognise.js';

function numbersIn(sentence: string) {
  const view = normalise(sentence).view;
  return findNumbers(view.text).map((n) => ({
    text: sentence.slice(view.toOriginalStart(n.start), view.toOriginalEnd(n.end)),
    kind: n.kind,
    value: n.value,
  }));
}

describe('numbers', () => {
  it.each([
    ['نزح 8 ملايين شخص.', '8 ملايين', 'cardinal', '8000000'],
    ['بلغت الكلفة 1.5 مليار دولار.', '1.5 مليار', 'cardinal', '1500000000'],
    ['وصل 3 آلاف لاجئ.', '3 آلاف', 'cardinal', '3000'],
    ['سجل ١٢٬٥٠٠ حالة.', '١٢٬٥٠٠', 'cardinal', '12500'],
    ['ارتفع المؤشر ٣٫٧٥ نقطة.', '٣٫٧٥', 'cardinal', '3.75'],
    ['بلغ عدد السكان 1,234,567 نسمة.', '1,234,567', 'cardinal', '1234567'],
    ['نسبة البطالة ۱۵٪ في المدينة.', '۱۵٪', 'percentage', '15'],
    ['تراجع النمو 2.5 في المئة.', '2.5 في المئة', 'percentage', '2.5'],
    ['صدر القرار رقم 2254 أمس.', '2254', 'identifier', '2254'],
    ['وصل ١2 شخصاً.', '١2', 'cardinal', '12'],
  ])('%s', (sentence, text, kind, value) => {
    expect(numbersIn(sentence)).toEqual([{ text, kind, value }]);
  });

  it('reads number words and their compounds', () => {
    expect(numbersIn('قتل خمسة وعشرون شخصاً.')).toEqual([
      { text: 'خمسة وعشرون', kind: 'cardinal', value: '25' },
    ]);
    expect(numbersIn('أصيب ثلاثة عشر مدنياً.')).toEqual([
      { text: 'ثلاثة عشر', kind: 'cardinal', value: '13' },
    ]);
    expect(numbersIn('وصل ثلاثة آلاف لاجئ.')).toEqual([
      { text: 'ثلاثة آلاف', kind: 'cardinal', value: '3000' },
    ]);
    expect(numbersIn('خسر مليون وظيفة.')).toEqual([{ text: 'مليون', kind: 'cardinal', value: '1000000' }]);
    expect(numbersIn('شارك ثلاثمئة وخمسون طالباً.')).toEqual([
      { text: 'ثلاثمئة وخمسون', kind: 'cardinal', value: '350' },
    ]);
  });

  it('reads ordinals, with a clitic before them', () => {
    expect(numbersIn('للمرة الثالثة والمرحلة الأولى.')).toEqual([
      { text: 'الثالثة', kind: 'ordinal', value: '3' },
      { text: 'الأولى', kind: 'ordinal', value: '1' },
    ]);
  });

  it('reads halves and quarters as fractions with exact values', () => {
    expect(numbersIn('انتظر نصف ساعة وربع ساعة.')).toEqual([
      { text: 'نصف', kind: 'fraction', value: '0.5' },
      { text: 'ربع', kind: 'fraction', value: '0.25' },
    ]);
    expect(numbersIn('في منتصف الليل والأربعاء.')).toEqual([]);
  });

  it('does not read a word that only looks like a number', () => {
    expect(numbersIn('قالت الست إن الأسد سبع الغابة.')).toEqual([]);
    expect(numbersIn('لا أحد يعرف.')).toEqual([]);
    expect(numbersIn('الخمسينات والستينات.')).toEqual([]);
  });

  it('does not read digits glued to Latin letters as a number of their own', () => {
    expect(numbersIn('فيروس COVID19 انتشر.')).toEqual([]);
  });
});
