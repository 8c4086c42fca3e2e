/**
 * The date forms of real news (issue 10), each in a sentence written for the test. Hijri values were
 * taken from Node's Umm al-Qura calendar (Intl), not from the recogniser; weekdays checked by hand.
 * Publication: Thursday 6 August 2015 = 21 Shawwal 1436.
 */
import { describe, expect, it } from 'vitest';
import { publicationDayFromText } from '../src/dates/text-day.js';
import { normalise } from '../src/normalise/normalise.js';
import { datesInSentence } from './dates-helper.js';

const pub = { y: 2015, m: 8, d: 6 };
const datesIn = (sentence: string) => datesInSentence(sentence, pub);

/** Each sentence holds one date: the text it covers and its value. */
function readsPoints(cases: [sentence: string, text: string, when: string][]): void {
  it.each(cases)('%s', (sentence, text, when) => {
    expect(datesIn(sentence)).toMatchObject([{ text, when }]);
  });
}

/** Each sentence holds one date spanning days, months or years. */
function readsSpans(cases: [sentence: string, text: string, from: string, to: string][]): void {
  it.each(cases)('%s', (sentence, text, from, to) => {
    expect(datesIn(sentence)).toMatchObject([{ text, from, to }]);
  });
}

describe('numeric Hijri dates', () => {
  it.each([
    ['صدر التعميم بتاريخ 22/4/1437هـ إلى الجهات المعنية.', '22/4/1437هـ'],
    ['أقيم الحفل في 22 / 4 / 1437 هـ بالرياض.', '22 / 4 / 1437 هـ'],
    ['صدر التعميم في 22/4/1437 إلى الجهات المعنية.', '22/4/1437'],
  ])('%s', (sentence, text) => {
    expect(datesIn(sentence)).toMatchObject([
      { text, when: '2016-02-01', custom: '1437-04-22', calendar: 'islamic-umalqura' },
    ]);
  });

  it('reads the Saudi year-first form', () => {
    expect(datesIn('صدر القرار بتاريخ 1436/10/21هـ بحضور الأمير.')).toMatchObject([
      { text: '1436/10/21هـ', when: '2015-08-06', custom: '1436-10-21' },
    ]);
  });

  it('reads a day/month without a year in the calendar its weekday and nearness agree on', () => {
    // الموافق joins two expressions: the weekday takes the day of the date after it
    expect(datesIn('تبدأ الدراسة يوم الجمعة الموافق 6/11 في جميع المدارس.')).toMatchObject([
      { text: 'يوم الجمعة', when: '2015-08-21' },
      {
        text: '6/11',
        when: '2015-08-21',
        custom: '1436-11-06',
        calendar: 'islamic-umalqura',
        certainty: 'high',
      },
    ]);
    // the preposition stays outside the span
    expect(datesIn('يجب تصحيح الأوضاع قبل 30/ 10 وهو آخر موعد.')).toMatchObject([{ text: '30/ 10' }]);
    expect(datesIn('فاز الفريق 3/1 على ضيفه.')).toEqual([]);
  });
});

describe('Hijri months and feasts without a year, at their nearest occurrence', () => {
  it.each([
    ['زادت المبيعات خلال شهر رمضان المبارك.', 'شهر رمضان المبارك', '2015-06-18', '2015-07-16'],
    ['ستنطلق المسابقة في شهر ذي الحجة.', 'شهر ذي الحجة', '2015-09-14', '2015-10-13'],
    ['انتهت الأعمال أواخر رجب.', 'أواخر رجب', '2015-05-10', '2015-05-18'],
    ['يتوقع ارتفاع الطلب منتصف ذي الحجة.', 'منتصف ذي الحجة', '2015-09-24', '2015-10-03'],
    ['تزدحم مكة في موسم الحج كل عام.', 'موسم الحج', '2015-09-21', '2015-09-26'],
    // Ramadan 1436 ran 2015-06-18..2015-07-16: its last ten nights open on the 21st, its last week on the 23rd
    [
      'اعتكفوا في العشر الأواخر من شهر رمضان المبارك.',
      'العشر الأواخر من شهر رمضان المبارك',
      '2015-07-08',
      '2015-07-16',
    ],
    ['بلغت الحركة ذروتها في آخر أسبوع في شهر رمضان.', 'آخر أسبوع في شهر رمضان', '2015-07-10', '2015-07-16'],
    ['صام المسلمون العشر الأوائل من ذي الحجة.', 'العشر الأوائل من ذي الحجة', '2015-09-14', '2015-09-23'],
  ])('%s', (sentence, text, from, to) => {
    expect(datesIn(sentence)).toMatchObject([{ text, from, to, calendar: 'islamic-umalqura' }]);
  });

  it('reads أول أيام رمضان as its first day', () => {
    expect(datesIn('ازدحمت الأسواق في أول أيام رمضان.')).toMatchObject([
      { text: 'أول أيام رمضان', when: '2015-06-18', custom: '1436-09-01' },
    ]);
  });

  it('dates a night of a Hijri month, written as a feminine ordinal, to its day', () => {
    expect(datesIn('رحل الشاعر في الليلة الثانية والعشرون من رمضان 1436هـ بعد مرض.')).toMatchObject([
      { text: 'الليلة الثانية والعشرون من رمضان 1436هـ', when: '2015-07-09', custom: '1436-09-22' },
    ]);
    expect(datesIn('أحيا المصلون الليلة السابعة والعشرين من رمضان.')).toMatchObject([
      { when: '2015-07-14', custom: '1436-09-27' },
    ]);
  });

  it('gives a feast its day and the days of the feast as a span', () => {
    expect(datesIn('أغلقت الأسواق في عيد الأضحى.')).toMatchObject([
      { text: 'عيد الأضحى', when: '2015-09-23', custom: '1436-12-10' },
    ]);
    expect(datesInSentence('تكثر الزيارات في ثالث أيام العيد.', { y: 2015, m: 7, d: 21 })).toMatchObject([
      { text: 'ثالث أيام العيد', when: '2015-07-19', custom: '1436-10-03' },
    ]);
    expect(datesInSentence('احتفل السكان بأيام العيد.', { y: 2015, m: 7, d: 21 })).toMatchObject([
      { from: '2015-07-17', to: '2015-07-19' },
    ]);
    expect(datesIn('احتفلت البلاد بالعيد الوطني.')).toEqual([]);
    expect(datesIn('احتفلنا بعيد الأضحى الماضي في القرية.')).toMatchObject([{ when: '2014-10-04' }]);
    expect(datesIn('ستقام الاحتفالات في عيد الفطر المقبل.')).toMatchObject([{ when: '2016-07-06' }]);
  });
});

describe('bare months and month phrases', () => {
  readsPoints([
    ['تراجعت الصادرات في مارس.', 'مارس', '2015-03'],
    ['ارتفع الإنتاج في شهر سبتمبر الماضي.', 'شهر سبتمبر الماضي', '2014-09'],
    ['وقعت الحادثة في يونيو (حزيران) الماضي.', 'يونيو (حزيران) الماضي', '2015-06'],
    ['تراجع الإنتاج في الشهر السابق.', 'الشهر السابق', '2015-07'],
  ]);

  // a month part is a third of the month
  readsSpans([
    ['يبدأ التسجيل مطلع مايو.', 'مطلع مايو', '2015-05-01', '2015-05-10'],
    ['يبدأ الموسم بداية شهر يونيو المقبل.', 'بداية شهر يونيو المقبل', '2016-06-01', '2016-06-10'],
    ['تصرف المكافآت منتصف الشهر.', 'منتصف الشهر', '2015-08-11', '2015-08-20'],
    ['تصرف المكافآت نهاية الشهر الجاري.', 'نهاية الشهر الجاري', '2015-08-21', '2015-08-31'],
  ]);

  it('does not date a habit: كل عام في شهر رمضان', () => {
    expect(datesIn('البرامج التي تطل علينا كل عام في شهر رمضان الكريم.')).toEqual([]);
    expect(datesIn('البرامج التي عرضت في شهر رمضان الكريم.')).toHaveLength(1);
  });

  it('reads an ambiguous month name in a dual form', () => {
    expect(datesIn('ارتفعت الأسعار في آب (أغسطس) الماضي بشكل كبير.')).toMatchObject([
      { text: 'آب (أغسطس) الماضي', when: '2014-08' },
    ]);
  });

  it('does not take a verb or a common word for a month', () => {
    expect(datesIn('مارس الوزير ضغوطا كبيرة.')).toEqual([]);
    expect(datesIn('لا أفهم الاهتمام الذي يوليه الإعلام لهذا الأمر.')).toEqual([]);
    expect(datesIn('قال محمد رمضان إن الفيلم ناجح.')).toEqual([]);
  });
});

describe('ranges and ordinal days', () => {
  readsSpans([
    [
      'تقام الدورة من الخامس إلى السابع من مارس المقبل.',
      'من الخامس إلى السابع من مارس المقبل',
      '2016-03-05',
      '2016-03-07',
    ],
    [
      'يقام المعرض من 5 جانفي إلى 12 فيفري 2017 بالعاصمة.',
      'من 5 جانفي إلى 12 فيفري 2017',
      '2017-01-05',
      '2017-02-12',
    ],
    [
      'يتواصل المهرجان بداية من 3 جويلية إلى غاية 20 أوت 2016.',
      'بداية من 3 جويلية إلى غاية 20 أوت 2016',
      '2016-07-03',
      '2016-08-20',
    ],
    ['تضاعف العدد خلال الفترة 1433هـ ـ 1434هـ في المنطقة.', '1433هـ ـ 1434هـ', '2011-11-26', '2013-11-03'],
    ['يبدأ العام الدراسي 1437/1438هـ قريبا.', 'العام الدراسي 1437/1438هـ', '2015-10-14', '2017-09-20'],
    ['تراجعت السياحة في الموسم 2016-2017 بشكل واضح.', '2016-2017', '2016', '2017'],
  ]);

  readsPoints([
    ['أعلن الوزير في الخامس عشر من يناير 2016 القرار.', 'الخامس عشر من يناير 2016', '2016-01-15'],
    ['وصل الوفد في الحادي والعشرين من مارس 2016.', 'الحادي والعشرين من مارس 2016', '2016-03-21'],
    ['تنطلق الدورة غرة أفريل 2016.', 'غرة أفريل 2016', '2016-04-01'],
  ]);
});

describe('times of day', () => {
  it.each([
    ['بدأ الاجتماع أمس الساعة الثامنة مساء في القصر.', 'أمس الساعة الثامنة مساء', '2015-08-05T20:00'],
    ['يبدأ العرض الساعة 10:30 صباحاً.', 'الساعة 10:30 صباحاً', '2015-08-06T10:30'],
    ['سجل الزلزال في 14:30 ت غ قرب الساحل.', '14:30 ت غ', '2015-08-06T14:30Z'],
    ['وصل الوفد في 09:15 ت م إلى جدة.', '09:15 ت م', '2015-08-06T09:15+03:00'],
    ['تراجعت البورصة عند الساعة 6,45 تغ صباحا.', 'الساعة 6,45 تغ', '2015-08-06T06:45Z'],
    [
      'يقام العرض يوم الخميس 24 أفريل 2014 على الساعة السادسة والنصف مساء بالمسرح.',
      'يوم الخميس 24 أفريل 2014 على الساعة السادسة والنصف مساء',
      '2014-04-24T18:30',
    ],
    [
      'تقام المباراة مساء اليوم وذلك في تمام الساعة السابعة بتوقيت مكة المكرمة.',
      'الساعة السابعة بتوقيت مكة المكرمة',
      '2015-08-06T19:00+03:00',
    ],
  ])('%s', (sentence, text, when) => {
    expect(datesIn(sentence)).toContainEqual(expect.objectContaining({ text, when }));
  });

  it('joins an hour to the day printed after it, with or without الساعة', () => {
    expect(datesIn('بدأ الاجتماع في العاشرة من صباح اليوم في القصر.')).toMatchObject([
      { text: 'العاشرة من صباح اليوم', when: '2015-08-06T10:00' },
    ]);
    expect(datesIn('وصل الوفد عند الثامنة مساء أمس.')).toMatchObject([
      { text: 'الثامنة مساء أمس', when: '2015-08-05T20:00' },
    ]);
    expect(datesIn('انطلقت المباراة الساعة التاسعة مساء بتوقيت الدوحة.')).toMatchObject([
      { when: '2015-08-06T21:00+03:00' },
    ]);
  });

  it('reads و الربع with a space, and an hour word from one to five with no part of the day as afternoon', () => {
    expect(datesIn('تنطلق المباراة اليوم انطلاقا من الساعة الرابعة و الربع .')).toMatchObject([
      { text: 'اليوم' },
      { text: 'الساعة الرابعة و الربع', when: '2015-08-06T16:15' },
    ]);
    expect(datesIn('تفتح الأبواب الساعة الرابعة صباحا.')).toMatchObject([{ when: '2015-08-06T04:00' }]);
    expect(datesIn('تقلع الطائرة الساعة 05:00 من جدة.')).toMatchObject([{ when: '2015-08-06T05:00' }]);
    expect(datesIn('وقع الانفجار الساعة الواحدة بعد منتصف الليل.')).toMatchObject([
      { text: 'الساعة الواحدة بعد منتصف الليل', when: '2015-08-06T01:00' },
    ]);
    expect(datesIn('وفي الساعة العاشرة تم إطلاق الصواريخ.')).toMatchObject([{ when: '2015-08-06T10:00' }]);
  });

  it('gives a zone with summer time the offset of the day (tz database), once the day is known', () => {
    expect(datesIn('تنطلق المباراة الساعة 8 مساء بتوقيت بيروت.')).toMatchObject([
      { when: '2015-08-06T20:00+03:00' },
    ]);
    expect(datesIn('تبدأ القمة يوم 5 يناير 2016 الساعة العاشرة صباحا بتوقيت بيروت.')).toMatchObject([
      { when: '2016-01-05T10:00+02:00' },
    ]);
    expect(datesIn('تبدأ القمة يوم 5 يناير 2016 الساعة العاشرة صباحا بتوقيت لندن.')).toMatchObject([
      { when: '2016-01-05T10:00Z' },
    ]);
    // Egypt kept no summer time in 2015
    expect(datesIn('في الساعة التاسعة مساء بتوقيت القاهرة.')).toMatchObject([
      { when: '2015-08-06T21:00+02:00' },
    ]);
    // without a day there is no offset to give
    expect(datesInSentence('الساعة 8 مساء بتوقيت بيروت.', null)).toMatchObject([{ when: '20:00' }]);
  });

  it('does not take تم (was done) after an hour for Mecca time', () => {
    expect(datesIn('وفي الساعة العاشرة تم إطلاق الصواريخ.')).toMatchObject([{ when: '2015-08-06T10:00' }]);
  });
});

describe('parts of day, weekdays and weeks', () => {
  readsPoints([
    ['انفجرت العبوة مساء أمس في السوق.', 'مساء أمس', '2015-08-05'],
    ['هاجم المسلحون فجر السبت 3 ديسمبر 2016 القرية.', 'فجر السبت 3 ديسمبر 2016', '2016-12-03'],
    ['وصل الوفد عصر أمس.', 'عصر أمس', '2015-08-05'],
    ['سيقام الحفل يوم الأحد في القاعة الكبرى.', 'يوم الأحد', '2015-08-09'],
    ['أقيم الحفل يوم الأحد في القاعة الكبرى.', 'يوم الأحد', '2015-08-02'],
    ['تراجعت الأسهم يوم الإثنين من الأسبوع الماضي.', 'يوم الإثنين من الأسبوع الماضي', '2015-07-27'],
  ]);

  it('takes a weekday named in a future clause on that very day as today, and reads last night and tomorrow morning', () => {
    expect(datesIn('سيقام الحفل يوم الخميس في القاعة.')).toMatchObject([{ when: '2015-08-06' }]);
    expect(datesIn('يقام الحفل الخميس المقبل.')).toMatchObject([{ when: '2015-08-13' }]);
    expect(datesIn('وقع الانفجار الليلة الماضية في السوق.')).toMatchObject([{ when: '2015-08-05' }]);
    expect(datesIn('يصل الوفد صباح الغد.')).toMatchObject([{ when: '2015-08-07' }]);
    expect(datesIn('قالت صحيفة الغد إن الوفد وصل.')).toEqual([]);
  });

  it('reads a weekday after an imperfect verb that schedules an event as the coming one', () => {
    expect(datesIn('يلتقي الهلال والنصر يوم الجمعة في الرياض.')).toMatchObject([{ when: '2015-08-07' }]);
    expect(datesIn('تقام المباراة الأحد على ملعب الملك فهد.')).toMatchObject([{ when: '2015-08-09' }]);
    expect(datesIn('وكان يلتقي أصدقاءه يوم الجمعة.')).toMatchObject([{ when: '2015-07-31' }]);
    expect(datesIn('أقيمت المباراة الأحد.')).toMatchObject([{ when: '2015-08-02' }]);
  });

  it('reads the Maghrebi qualifiers المنقضي and الفارط on weeks, months, years, seasons and month names', () => {
    expect(datesIn('ارتفعت الأسعار الأسبوع المنقضي.')).toMatchObject([
      { from: '2015-07-25', to: '2015-07-31' },
    ]);
    expect(datesIn('تراجع الإنتاج الشهر المنقضي.')).toMatchObject([{ when: '2015-07' }]);
    expect(datesIn('ارتفعت الصادرات مقارنة بالسنة الفارطة.')).toMatchObject([{ when: '2014' }]);
    expect(datesIn('انطلق المشروع في ديسمبر المنقضي.')).toMatchObject([{ when: '2014-12' }]);
    expect(datesIn('تم ذلك يوم 12 جانفي الفارط.')).toMatchObject([{ when: '2015-01-12' }]);
    expect(datesIn('فاز الفريق باللقب الموسم الفارط.')).toMatchObject([
      { when: undefined, certainty: 'low' },
    ]);
    expect(datesIn('ارتفع عدد السياح في الصائفة الماضية.')).toMatchObject([
      { when: undefined, certainty: 'low' },
    ]);
    expect(datesIn('نما الاقتصاد خلال الثلاثية الأولى من 2017.')).toMatchObject([{ when: '2017' }]);
  });

  it('reads بداية/منتصف الأسبوع without a qualifier as this week (نهاية الأسبوع stays the vague weekend)', () => {
    expect(datesIn('ارتفعت الأسهم بداية الأسبوع.')).toMatchObject([{ from: '2015-08-01', to: '2015-08-07' }]);
    expect(datesIn('تغلق المحلات نهاية الأسبوع.')).toMatchObject([{ when: undefined, certainty: 'low' }]);
  });

  it('gives last and next week as Saturday–Friday Arab weeks', () => {
    expect(datesIn('اجتمع الطرفان الأسبوع الماضي.')).toMatchObject([
      { from: '2015-07-25', to: '2015-07-31' },
    ]);
    expect(datesIn('يجتمع الطرفان الأسبوع المقبل.')).toMatchObject([
      { from: '2015-08-08', to: '2015-08-14' },
    ]);
    expect(datesIn('اجتمعوا الأسبوع قبل الماضي.')).toMatchObject([{ from: '2015-07-18', to: '2015-07-24' }]);
    expect(datesIn('ارتفعت الأسعار العام قبل الماضي.')).toMatchObject([
      { when: '2013', relative: 'year-before-last' },
    ]);
  });

  it('reads the period before or after one just named: الأسبوع الذي سبقه، العام الذي سبقه', () => {
    expect(
      datesIn('سافر 98 ألفا خلال الأسبوع الماضي، بزيادة 272 مسافرا عن الأسبوع الذي سبقه.'),
    ).toMatchObject([
      { text: 'الأسبوع الماضي', from: '2015-07-25', to: '2015-07-31' },
      { text: 'الأسبوع الذي سبقه', from: '2015-07-18', to: '2015-07-24' },
    ]);
    expect(datesIn('ارتفع الإنتاج العام الماضي وتراجع في العام الذي سبقه.')).toMatchObject([
      { when: '2014' },
      { text: 'العام الذي سبقه', when: '2013' },
    ]);
    // with no period named before it, nothing to count from
    expect(datesIn('تراجع الإنتاج في العام الذي سبقه.')).toEqual([]);
  });

  it('gives N whole units before the current one, and marks vague periods without a value', () => {
    expect(datesIn('ارتفعت الأسعار في الأشهر الثلاثة الماضية.')).toMatchObject([
      { from: '2015-05-01', to: '2015-07-31' },
    ]);
    expect(datesIn('استقر السعر على مدى العامين الماضيين.')).toMatchObject([
      { from: '2013-01-01', to: '2014-12-31' },
    ]);
    expect(datesIn('تحسن أداء الفريق في الفترة الماضية.')).toMatchObject([
      { text: 'الفترة الماضية', when: undefined, from: undefined, certainty: 'low' },
    ]);
  });

  it('marks more vague periods: the present phase, the coming hours, recent days, seasons ago', () => {
    const cases: [sentence: string, text: string][] = [
      ['يقدم الفريق نتائج إيجابية خلال الفترة الراهنة.', 'الفترة الراهنة'],
      ['يأتي الجانب الصحي أولوية في المرحلة المقبلة.', 'المرحلة المقبلة'],
      ['ستتأكد الاستقالات في الساعة المقبلة.', 'الساعة المقبلة'],
      ['ينضم اللاعب للمعسكر خلال الـ48 ساعة المقبلة.', 'الـ48 ساعة المقبلة'],
      ['يزدحم الشاطئ خاصة في هذه الأيام.', 'هذه الأيام'],
      ['طلبوا خدمات اللاعب قبل موسمين.', 'قبل موسمين'],
      ['فاز بجائزة أفضل لاعب عن الموسم الفائت.', 'الموسم الفائت'],
      ['كانت البرامج أجمل في الزمن الماضي.', 'الزمن الماضي'],
      ['تغيرت المدينة كثيرا خلال العقود الماضية.', 'العقود الماضية'],
      ['لم يفز الفريق بأي لقب في الموسمين الماضيين.', 'الموسمين الماضيين'],
    ];
    for (const [sentence, text] of cases)
      expect(datesIn(sentence)).toMatchObject([{ text, when: undefined, from: undefined, certainty: 'low' }]);
  });

  it('places نهاية الشهر and الشهر السابق in the month the sentence is set in, when it names one', () => {
    expect(
      datesIn('يشترون النفط في سبتمبر بسعر أقل من سعر أكتوبر، ولن يحصلوا عليه قبل نهاية الشهر.'),
    ).toMatchObject([
      { text: 'سبتمبر', when: '2015-09' },
      { text: 'أكتوبر' },
      { text: 'نهاية الشهر', from: '2015-09-21', to: '2015-09-30' },
    ]);
    expect(datesIn('رفعت الشركة السعر في سبتمبر بالمقارنة مع الشهر السابق.')).toMatchObject([
      { text: 'سبتمبر' },
      { text: 'الشهر السابق', when: '2015-08' },
    ]);
    // without a month named in its sentence, the month of publication and the one before it
    expect(datesIn('تنتهي الأعمال نهاية الشهر. ارتفع السعر عن الشهر السابق.')).toMatchObject([
      { from: '2015-08-21', to: '2015-08-31' },
      { when: '2015-07' },
    ]);
  });

  it('reads اليوم before a particle as today, and للعام الحالي as this year', () => {
    expect(datesIn('يصل اليوم إلى مدينة ميلان المشرف العام.')).toMatchObject([
      { text: 'اليوم', when: '2015-08-06' },
    ]);
    expect(datesIn('وتشهد الدورة الثالثة للعام الحالي مشاركة المرأة.')).toMatchObject([
      { text: 'للعام الحالي', when: '2015' },
    ]);
    expect(datesIn('تحتفل البلاد اليوم الوطني.')).toEqual([]);
  });

  it("follows an editor's gloss in brackets after a quoted deictic: اليوم (أمس)", () => {
    expect(datesIn('قال: «اكتمل المبلغ هذا اليوم (أمس)» وأكد الشيخ.')).toMatchObject([
      { text: 'اليوم', when: '2015-08-05', relative: 'yesterday' },
      { text: 'أمس', when: '2015-08-05' },
    ]);
  });

  it('reads an approximate offset (قبل نحو أسبوعين) and the night before last', () => {
    expect(datesIn('التقى الوزير نظيره قبل نحو أسبوعين.')).toMatchObject([
      { text: 'قبل نحو أسبوعين', when: '2015-07-23' },
    ]);
    expect(datesIn('وقع الحادث الليلة قبل الماضية.')).toMatchObject([
      { text: 'الليلة قبل الماضية', when: '2015-08-04' },
    ]);
  });

  it('reads أول أمس without من, ليل before a weekday, and a weekday with a feminine qualifier', () => {
    expect(datesIn('وقع الحادث مساء أول أمس.')).toMatchObject([{ text: 'مساء أول أمس', when: '2015-08-04' }]);
    expect(datesIn('اندلع الحريق ليل الأحد.')).toMatchObject([{ text: 'ليل الأحد', when: '2015-08-02' }]);
    expect(datesIn('عقد الاجتماع مساء الجمعة الماضية.')).toMatchObject([
      { text: 'مساء الجمعة الماضية', when: '2015-07-31' },
    ]);
  });

  it('reads هذا الصباح/المساء as today, and the Maghrebi parts of a day عشية and صبيحة', () => {
    expect(datesIn('يقام الحفل هذا المساء.')).toMatchObject([{ text: 'هذا المساء', when: '2015-08-06' }]);
    expect(datesIn('وقع الحادث عشية أمس.')).toMatchObject([{ text: 'عشية أمس', when: '2015-08-05' }]);
    expect(datesIn('انطلقت الحملة صبيحة الأحد.')).toMatchObject([
      { text: 'صبيحة الأحد', when: '2015-08-02' },
    ]);
  });

  it('reads الليلة alone as tonight, but not that night or the first night of something', () => {
    expect(datesIn('يلتقي الفريقان الليلة في الرياض.')).toMatchObject([
      { text: 'الليلة', when: '2015-08-06', relative: 'tonight' },
    ]);
    expect(datesIn('في تلك الليلة خرج الجميع.')).toEqual([]);
    expect(datesIn('أحيا الفنان الليلة الأولى من المهرجان.')).toEqual([]);
    expect(datesIn('سهر الحراس طوال الليلة.')).toEqual([]);
  });

  it('reads a day of this month: ordinal, or the short "15 الجاري"', () => {
    expect(datesIn('انطلقت البطولة في الثالث من الشهر الجاري.')).toMatchObject([
      { text: 'الثالث من الشهر الجاري', when: '2015-08-03' },
    ]);
    expect(datesIn('صدر القرار في الخامس عشر من الشهر الماضي.')).toMatchObject([{ when: '2015-07-15' }]);
    expect(datesIn('تنتهي المهلة في 15 الجاري.')).toMatchObject([{ text: '15 الجاري', when: '2015-08-15' }]);
    expect(datesIn('وصل الوفد صباح الخامس من الشهر الجاري.')).toMatchObject([{ when: '2015-08-05' }]);
    expect(datesIn('تنطلق الدورة في الـ12 من أغسطس 2015.')).toMatchObject([
      { text: 'الـ12 من أغسطس 2015', when: '2015-08-12' },
    ]);
    expect(datesIn('بلغ العدد 15 الحالي من الأعضاء.')).toEqual([]);
    expect(datesIn('تراجعت المبيعات خلال الأسبوع الأول من أغسطس.')).toMatchObject([
      { text: 'أغسطس', when: '2015-08' },
    ]);
    expect(datesIn('يقام المهرجان من الثامن الى العاشر من ديسمبر.')).toMatchObject([
      { text: 'من الثامن الى العاشر من ديسمبر', from: '2014-12-08', to: '2014-12-10' },
    ]);
    // الأول qualifies الأسبوع here: the week is not a day
    expect(datesIn('تبدأ الدراسة في الأسبوع الأول من الشهر المقبل.')).toMatchObject([
      { text: 'الشهر المقبل', when: '2015-09' },
    ]);
    // the month of a numeric day/month is not a day of its own
    expect(datesIn('تبدأ الدراسة في 12/8 الجاري.').map((d) => d.text)).not.toContain('8 الجاري');
  });

  it('does not take an outlet, "in direst need" or "the two" for a day', () => {
    expect(datesIn('نايف عبدالله – عين اليوم (تصوير: علي الزهراني) حاورت “عين اليوم” الفنانة.')).toEqual([]);
    expect(datesIn('الأطفال بأمس الحاجة إلى الدم.')).toEqual([]);
    expect(datesIn('كانت المدينة حتى الأمس القريب قرية صغيرة.')).toEqual([]);
    expect(datesIn('المهم هو كيفية التفريق بين الاثنين ومحاولة فهم الخواص.')).toEqual([]);
    expect(datesIn('تغلق المحلات بين الاثنين والخميس.')).toMatchObject([
      { text: 'بين الاثنين والخميس', from: '2015-08-03', to: '2015-08-06' },
    ]);
  });

  it('takes the publication day the text fixes (اليوم الخميس) for the whole article when its phrases agree', () => {
    const friday = { y: 2016, m: 9, d: 30 };
    const view = (text: string) => normalise(text).view.text;
    expect(
      publicationDayFromText(view('قال الوزير اليوم الخميس إن الأمطار ستتواصل. وأضاف أمس الأربعاء.'), friday),
    ).toEqual({ y: 2016, m: 9, d: 29 });
    // phrases that disagree, or none: the metadata's day stands
    expect(publicationDayFromText(view('قال اليوم الخميس إن … وأمس الخميس قال …'), friday)).toEqual(friday);
    expect(publicationDayFromText(view('قال الوزير اليوم إن الأمطار ستتواصل.'), friday)).toEqual(friday);
    // a Saudi Press Agency dateline fixes the day first
    expect(
      publicationDayFromText(
        view(
          'عام / غرفة أبها تختتم دورة\n أبها 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس\n اختتمت الغرفة يوم أمس',
        ),
        { y: 2015, m: 8, d: 11 },
      ),
    ).toEqual({ y: 2015, m: 8, d: 10 });
  });

  it('corrects a publication date a day off by the weekday printed with اليوم', () => {
    expect(
      datesInSentence('قال علماء اليوم الخميس إن الحرارة سترتفع.', { y: 2016, m: 9, d: 30 }),
    ).toMatchObject([{ when: '2016-09-29', certainty: 'low' }]);
  });
});

describe('dates that refer to an earlier one', () => {
  it('follows the day, month, year or event the text has named', () => {
    const context = {};
    expect(datesInSentence('أغلقت البورصة في 26 يونيو 2015 على ارتفاع.', pub, context)).toMatchObject([
      { when: '2015-06-26' },
    ]);
    expect(datesInSentence('وفي اليوم نفسه أعلن الوزير استقالته.', pub, context)).toMatchObject([
      { text: 'اليوم نفسه', when: '2015-06-26' },
    ]);
    expect(datesInSentence('ثم عاد يوم 29 من نفس الشهر.', pub, context)).toMatchObject([
      { when: '2015-06-29' },
    ]);
    expect(datesInSentence('وفي العام التالي ارتفع السعر.', pub, context)).toMatchObject([{ when: '2016' }]);
    const festival = {};
    datesInSentence('يقام المهرجان من 8 إلى 10 ديسمبر 2016 بالقيروان.', pub, festival);
    expect(datesInSentence('وتقام الندوة خلال اليوم الثاني.', pub, festival)).toMatchObject([
      { text: 'اليوم الثاني', when: '2016-12-09' },
    ]);
  });

  it('reads the next day and the same month after a printed date', () => {
    expect(datesIn('وصل في 26 يونيو 2015 ثم غادر في اليوم التالي.')).toMatchObject([
      { when: '2015-06-26' },
      { text: 'اليوم التالي', when: '2015-06-27' },
    ]);
    expect(datesIn('وقع الحادث في 3 مارس 2015 وتكرر في الشهر نفسه.')).toMatchObject([
      { when: '2015-03-03' },
      { text: 'الشهر نفسه', when: '2015-03' },
    ]);
  });

  it('drops an anaphor with nothing before it', () => {
    expect(datesIn('وفي اليوم نفسه أعلن الوزير استقالته.')).toEqual([]);
  });
});

describe('years', () => {
  readsPoints([
    ['ولد عام 79م في القاهرة.', 'عام 79م', '1979'],
    ['سجلت رقما قياسيا خلال بطولة العالم 2013 في موسكو.', '2013', '2013'],
    ['تحدث عنها ابن سينا في كتبه منذ عام 1006.', 'عام 1006', '1006'],
  ]);

  it('reads a range of years after من or بين, and عام 1436 without هـ as Hijri', () => {
    expect(datesIn('ارتفع العدد من 2011 إلى 2015 بشكل كبير.')).toMatchObject([
      { text: 'من 2011 إلى 2015', from: '2011', to: '2015' },
    ]);
    expect(datesIn('صدر النظام عام 1436 ثم عدل.')).toMatchObject([
      { custom: '1436', from: '2014-10-25', to: '2015-10-13', calendar: 'islamic-umalqura' },
    ]);
  });

  it('reads a quoted name that ends with its year, an event after ملتقى/ندوة, and decades of the last century', () => {
    expect(datesIn('أبرمت الشركة على هامش الندوة الدولية للاستثمار "تونس 2020" اتفاقيات.')).toMatchObject([
      { text: '2020', when: '2020' },
    ]);
    expect(datesIn('أعلنت اللجنة المنظمة لملتقى ألوان السعودية 2015 عن مسابقة.')).toMatchObject([
      { text: '2015', when: '2015' },
    ]);
    expect(datesIn('بث التلفزيون برامجه في خمسينيات وستينيات القرن الماضي بالأبيض والأسود.')).toMatchObject([
      { text: 'خمسينيات وستينيات القرن الماضي', from: '1950', to: '1969' },
    ]);
    expect(datesIn('انتشرت الموضة في الثمانينيات من القرن العشرين.')).toMatchObject([
      { from: '1980', to: '1989' },
    ]);
    expect(datesIn('قال المدير: "لدينا 2020 موظفا" في المصنع.')).toEqual([]);
  });

  it('reads a year after a part of it and من: النصف الأول من 2015', () => {
    expect(datesIn('تراجعت الأرباح في النصف الأول من 2015.')).toMatchObject([{ text: '2015', when: '2015' }]);
    expect(datesIn('ارتفعت الصادرات خلال الأشهر الستة الأولى من 2016.')).toMatchObject([{ when: '2016' }]);
    expect(datesIn('تراجعت الأرباح بنسبة 20 من 2015 نقطة.')).toEqual([]);
  });

  it('reads a year after قبل/بعد, مقارنة ب, a results or cohort noun, and a quarter without من', () => {
    const cases: [sentence: string, year: string][] = [
      ['تغير كل شيء بعد 2011 في المنطقة.', '2011'],
      ['ارتفعت المبيعات مقارنة ب2014.', '2014'],
      ['حققت الشركة أرباح 2015 القياسية.', '2015'],
      ['تراجعت نتائج الربع الأول 2015.', '2015'],
      ['يشارك مواليد 1995 فما فوق.', '1995'],
      ['تألق العداء في ألعاب ريو 2016.', '2016'],
    ];
    for (const [sentence, year] of cases)
      expect(datesIn(sentence)).toMatchObject([{ text: year, when: year }]);
    expect(datesIn('عاش الإنسان هنا قبل 2000 عام.')).toEqual([]);
    expect(datesIn('بيعت اللوحة بعد 2000 دولار إضافية.')).toEqual([]);
  });

  it('reads a year whose noun has an adjective: العام الهجري 1437، العام المالي 2016', () => {
    expect(datesIn('تبدأ الإجازة مع بداية العام الهجري 1437.')).toMatchObject([
      { text: 'العام الهجري 1437', custom: '1437', from: '2015-10-14', to: '2016-10-01' },
    ]);
    expect(datesIn('أقرت الحكومة ميزانية العام المالي 2016.')).toMatchObject([
      { text: 'العام المالي 2016', when: '2016' },
    ]);
  });

  it('gives coordinated years each its own date', () => {
    expect(datesIn('فازت بلقب السباق في بطولتي 2011 و2013.')).toMatchObject([
      { text: '2011', when: '2011' },
      { text: '2013', when: '2013' },
    ]);
  });

  it('does not take counts, prices, identifiers or durations for dates', () => {
    expect(datesIn('ومن بين 1800 متقدم للجائزة فاز ثلاثة.')).toEqual([]);
    expect(datesIn('بلغ سعر الأونصة في 1920 دولارا.')).toEqual([]);
    expect(datesIn('صدر قرار مجلس الأمن رقم 2254 بالإجماع.')).toEqual([]);
    expect(datesIn('بلغ الدولار أعلى مستوى له منذ 12 عاما.')).toEqual([]);
  });
});
