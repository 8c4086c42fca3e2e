import type { DateMention } from '@warraq/schema';
import { describe, expect, it } from 'vitest';
import type { Ymd } from '../src/dates/calendar.js';
import { fromHijri, toHijri } from '../src/dates/calendar.js';
import { datesInSentence } from './dates-helper.js';
import { metadata, parseText, published } from './helpers.js';

const pub = { y: 2021, m: 4, d: 1 }; // a Thursday
const datesIn = (sentence: string, when: Ymd | null = pub) => datesInSentence(sentence, when);

describe('absolute dates in every month system', () => {
  it.each([
    ['وصل الوفد في 5 كانون الثاني 2020 إلى المدينة.', '5 كانون الثاني 2020', '2020-01-05'],
    ['عقد الاجتماع يوم 14 شباط 2019 في العاصمة.', '14 شباط 2019', '2019-02-14'],
    ['افتتح المعرض في 3 مارس 2018 بحضور الوزير.', '3 مارس 2018', '2018-03-03'],
    ['صدر القرار في 9 أغسطس 2017.', '9 أغسطس 2017', '2017-08-09'],
    ['انطلقت الدورة في 2 جانفي 2016 بتونس.', '2 جانفي 2016', '2016-01-02'],
    ['أقيم الحفل يوم 25 جويلية 2015.', '25 جويلية 2015', '2015-07-25'],
    ['عاد الفريق في 15 أوت 2014 إلى الجزائر.', '15 أوت 2014', '2014-08-15'],
    ['وقعت الاتفاقية في 7 غشت 2013 بالرباط.', '7 غشت 2013', '2013-08-07'],
    ['نشر التقرير في 11 شتنبر 2012.', '11 شتنبر 2012', '2012-09-11'],
    ['بدأ الموسم في 30 دجنبر 2011.', '30 دجنبر 2011', '2011-12-30'],
  ])('%s', (sentence, text, when) => {
    expect(datesIn(sentence)).toMatchObject([{ text, when, calendar: 'gregorian', certainty: 'high' }]);
  });

  it('reads dual forms and keeps them as one date', () => {
    expect(datesIn('اندلعت الاحتجاجات في 17 تموز/يوليو 2019 في الشوارع.')).toMatchObject([
      { text: '17 تموز/يوليو 2019', when: '2019-07-17', certainty: 'high' },
    ]);
    expect(datesIn('في 3 آذار (مارس) 2020 أعلنت الحكومة.')).toMatchObject([
      { text: '3 آذار (مارس) 2020', when: '2020-03-03' },
    ]);
  });

  it('lowers certainty when a dual form contradicts itself', () => {
    expect(datesIn('في 3 آذار/أبريل 2020.')).toMatchObject([{ certainty: 'low' }]);
  });

  it('reads Hijri dates with هـ through Umm al-Qura and keeps both values', () => {
    expect(datesIn('صدر الأمر في 18 شعبان 1442 هـ الموافق 31 مارس 2021 م.')).toMatchObject([
      { text: '18 شعبان 1442 هـ', when: '2021-03-31', custom: '1442-08-18', calendar: 'islamic-umalqura' },
      { text: '31 مارس 2021 م', when: '2021-03-31', calendar: 'gregorian' },
    ]);
  });

  it('converts both ways with the Umm al-Qura calendar', () => {
    expect(toHijri({ y: 2021, m: 4, d: 13 })).toEqual({ y: 1442, m: 9, d: 1 });
    expect(fromHijri({ y: 1442, m: 9, d: 1 })).toEqual({ y: 2021, m: 4, d: 13 });
  });

  it('includes a weekday and reads numeric dates', () => {
    expect(datesIn('وقع الحادث يوم الثلاثاء 30 آذار 2021 صباحاً.')).toMatchObject([
      { text: 'يوم الثلاثاء 30 آذار 2021', when: '2021-03-30', certainty: 'high' },
    ]);
    expect(datesIn('بتاريخ 12/03/2020 صدر البيان.')).toMatchObject([
      { text: '12/03/2020', when: '2020-03-12' },
    ]);
  });

  it('reads years and ranges, but not a resolution number', () => {
    expect(datesIn('وفي عام 2011 بدأت الأزمة.')).toMatchObject([{ text: 'عام 2011', when: '2011' }]);
    expect(datesIn('تعهد الوزراء بحملة لعام 2021.')).toMatchObject([{ text: 'عام 2021', when: '2021' }]);
    expect(datesIn('بين عامي 2011 و2015 هاجر الملايين.')).toMatchObject([{ from: '2011', to: '2015' }]);
    expect(datesIn('بما ينسجم مع قرار مجلس الأمن رقم 2254.')).toEqual([]);
    expect(datesIn('وصل عدد الزوار إلى 2000 زائر.')).toEqual([]);
  });

  it('reads a day range inside one month', () => {
    expect(datesIn('يعقد المؤتمر من 5 إلى 7 حزيران 2022.')).toMatchObject([
      { text: '5 إلى 7 حزيران 2022', from: '2022-06-05', to: '2022-06-07' },
    ]);
  });

  it('infers the year of a day and month from the publication date and the qualifier', () => {
    expect(datesIn('الهجوم وقع يوم 21 كانون الثاني الماضي.')).toMatchObject([
      { when: '2021-01-21', certainty: 'high' },
    ]);
    expect(datesIn('يعقد الاجتماع في 10 أيار المقبل.')).toMatchObject([{ when: '2021-05-10' }]);
    expect(datesIn('زار الرئيس المدينة في 20 كانون الأول.')).toMatchObject([
      { when: '2020-12-20', certainty: 'medium' },
    ]);
    expect(datesIn('الهجوم وقع يوم 21 كانون الثاني الماضي.', null)).toMatchObject([{ certainty: 'unknown' }]);
  });

  it('does not take a bare ambiguous month word for a date', () => {
    expect(datesIn('قال الأب إن ابنه بخير.')).toEqual([]);
    expect(datesIn('وصلت درجة الحرارة إلى صفر.')).toEqual([]);
  });
});

describe('relative dates', () => {
  it.each([
    ['وصل الوفد أمس إلى المدينة.', 'أمس', '2021-03-31', 'yesterday'],
    ['قال الوزير اليوم إن الاتفاق قريب.', 'اليوم', '2021-04-01', 'today'],
    ['يصل الوفد غداً إلى المدينة.', 'غداً', '2021-04-02', 'tomorrow'],
    ['التقى الوزراء قبل يومين في بروكسل.', 'قبل يومين', '2021-03-30', 'days-ago'],
    ['انتهت المهلة قبل ثلاثة أيام.', 'قبل ثلاثة أيام', '2021-03-29', 'days-ago'],
    ['غادر البلاد قبل أسبوعين.', 'قبل أسبوعين', '2021-03-18', 'weeks-ago'],
    ['ارتفعت الأسعار الشهر الفائت بنسبة كبيرة.', 'الشهر الفائت', '2021-03', 'last-month'],
    ['تراجعت الصادرات العام الماضي.', 'العام الماضي', '2020', 'last-year'],
    ['تجرى الانتخابات العام المقبل.', 'العام المقبل', '2022', 'next-year'],
    ['وقع الانفجار يوم الثلاثاء الماضي.', 'يوم الثلاثاء الماضي', '2021-03-30', 'last-weekday'],
    ['يعقد الاجتماع يوم الأحد المقبل.', 'يوم الأحد المقبل', '2021-04-04', 'next-weekday'],
    ['غادر قبل شهرين.', 'قبل شهرين', '2021-02', 'months-ago'],
  ])('%s', (sentence, text, when, relative) => {
    expect(datesIn(sentence)).toMatchObject([{ text, when, relative }]);
  });

  it('gives a week as the Saturday–Friday Arab week, and "the last months" as a low-certainty span', () => {
    expect(datesIn('اجتمع الطرفان الأسبوع الماضي.')).toMatchObject([
      { text: 'الأسبوع الماضي', from: '2021-03-20', to: '2021-03-26', relative: 'last-week' },
    ]);
    expect(datesIn('يجتمع الطرفان الأسبوع المقبل.')).toMatchObject([
      { from: '2021-04-03', to: '2021-04-09' },
    ]);
    expect(datesIn('تزايد نشاطه خلال الأشهر الأخيرة.')).toMatchObject([
      { text: 'الأشهر الأخيرة', from: '2021-01', to: '2021-04', certainty: 'low', relative: 'recent-months' },
    ]);
  });

  it('takes منذ with a count for a duration (أعلى مستوى منذ 12 عاما), not a date', () => {
    expect(datesIn('بلغ أعلى مستوى له منذ 12 عاما.')).toEqual([]);
    expect(datesIn('يعمل هنا منذ ثلاثة أيام.')).toEqual([]);
  });

  it('does not read "اليوم الأول" (the first day) as today, nor a span counted from an event', () => {
    expect(datesIn('في اليوم الأول من المؤتمر.')).toEqual([]);
    expect(datesIn('قبل يومين من الانتخابات.')).toEqual([]);
  });

  it('leaves relative dates unresolved without a publication date, keeping the relative form', () => {
    expect(datesIn('وصل الوفد أمس.', null)).toEqual([
      expect.objectContaining({ text: 'أمس', when: undefined, certainty: 'unknown', relative: 'yesterday' }),
    ]);
    const doc = parseText('وصل الوفد أمس.', metadata());
    expect(doc.diagnostics.map((d) => d.code)).toContain('DATE_UNRESOLVED');
  });
});

describe('longer forms', () => {
  it('reads a month with its year given relatively, with لعام, or by an ordinal day', () => {
    expect(datesIn('اختفت السفينة في أيار (مايو) من العام الماضي.')).toMatchObject([
      { text: 'أيار (مايو) من العام الماضي', when: '2020-05' },
    ]);
    expect(datesIn('صدر العدد الأول في شهر رمضان لعام 1400هـ.')).toMatchObject([
      { text: 'رمضان لعام 1400هـ', custom: '1400-09', calendar: 'islamic-umalqura' },
    ]);
    expect(datesIn('تبدأ البطولة في الخامس من شهر شوال المقبل.')).toMatchObject([
      { text: 'الخامس من شهر شوال المقبل', custom: '1442-10-05', when: '2021-05-17' },
    ]);
  });

  it('gives months listed together the year printed after the last one', () => {
    expect(datesIn('وقعت الهجمات خلال آذار وحزيران وتشرين الثاني 2019.')).toMatchObject([
      { text: 'آذار', when: '2019-03' },
      { text: 'حزيران', when: '2019-06' },
      { text: 'تشرين الثاني 2019', when: '2019-11' },
    ]);
  });

  it('reads "this" periods, the day before yesterday and a day of this month', () => {
    expect(datesIn('ارتفعت الأسعار هذا العام.')).toMatchObject([
      { text: 'هذا العام', when: '2021', relative: 'this-year' },
    ]);
    expect(datesIn('عاد الوفد أول من أمس.')).toMatchObject([{ text: 'أول من أمس', when: '2021-03-30' }]);
    expect(datesIn('تقام المباراة في الـ 12 من الشهر الجاري.')).toMatchObject([{ when: '2021-04-12' }]);
  });

  it('reads a weekday joined to a numeric date, and numeric dates with a stray space', () => {
    expect(datesIn('حتى يوم الخميس بتاريخ 1/4/2021.')).toMatchObject([
      { text: 'يوم الخميس بتاريخ 1/4/2021', when: '2021-04-01', certainty: 'high' },
    ]);
    expect(datesIn('الموافق 6/8/ 2015م.')).toMatchObject([{ when: '2015-08-06' }]);
  });

  it('reads "today" before a printed date as part of it', () => {
    expect(datesIn('افتتح اليوم 17 مارس 2021 المعرض.')).toMatchObject([
      { text: 'اليوم 17 مارس 2021', when: '2021-03-17' },
    ]);
  });

  it('does not take an outlet name in a byline for a date', () => {
    const doc = parseText('عنوان الخبر هنا\nسلمى أحمد – عين اليوم\nوصل الوفد أمس.', published('2021-04-01'));
    expect(doc.blocks[1]?.kind).toBe('byline');
    expect(doc.blocks[1]?.content.some((n) => n.type === 'date')).toBe(false);
    expect(doc.blocks[2]?.content.some((n) => n.type === 'date')).toBe(true);
  });
});

describe('dates in documents', () => {
  it('become date inlines with the relative evidence kept', () => {
    const doc = parseText('التقى الوزراء قبل يومين في بروكسل.', published('2021-04-01'));
    const date = doc.blocks[0]?.content.find((n): n is DateMention => n.type === 'date');
    expect(date).toMatchObject({
      when: '2021-03-30',
      certainty: 'high',
      relative: { expression: 'days-ago', offset: '-P2D', anchor: 'publication' },
      content: [{ type: 'text', text: 'قبل يومين' }],
    });
  });
});
