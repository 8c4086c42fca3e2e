import { isoYear, type Ymd } from './calendar.js';
import { letterPattern } from './letter-pattern.js';
import { B, type DateMatch } from './types.js';
import { matchesWhere } from './words.js';

/** عام 79م: a two-digit year needs the noun and the era to be a year at all */
const TWO_DIGIT_YEAR = letterPattern(
  `${B}(?:العام|عام|سنة|السنة)\\s+(?<yy>\\d{2})\\s*م(?![\\p{L}\\p{N}])`,
  'gu',
);

/** Events named with their year: بطولة العالم 2013، أولمبياد لندن 2012، الانتخابات الرئاسية الفرنسية 2017 */
const EVENT =
  'العاب|دفعة|مواليد|ارباح|نتائج|ايرادات|ندوة|الندوة|ملتقي|منتدي|جائزة|بطولة|بطولتي|بطولات|كاس|اولمبياد|الاولمبياد|مونديال|الانتخابات|انتخابات|للانتخابات|دورة|نسخة|موسم|مهرجان|معرض|قمة|ميزانية|موازنة|رؤية|خطة|استراتيجية|تصفيات|العالم|اكسبو|مؤتمر';
/** النصف الأول من 2015، الربع الثالث من 2014، الثلاثية الأولى من 2017 (a Tunisian quarter): a part of a year before من */
const PART_OF_YEAR = 'النصف|الربع|الثلث|الفصل|الثلاثية|السداسي|الاشهر|الشهور|الاسابيع|الايام';
/** what a number counts when it is not a year: بين 1800 متقدم، 1500 متر، 1920 دولارا */
const MEASURE =
  'متر|مترا|م|كلم|كم|كيلو|كيلومتر|كيلومترا|دولار|دولارا|ريال|ريالا|دينار|دينارا|يورو|جنيه|درهم|شخص|شخصا|طن|طنا|نقطة|متقدم|طالب|طالبا|طالبة|حالة|وحدة|سيارة|موظف|موظفا|عامل|لاعب|مواطن|قتيل|جريح|برميل|ساعة|دقيقة|يوم|يوما|عام|عاما|سنة|ميغاواط|هكتار|الف|مليون|مليار|فرد|اسرة|مدرسة|سرير|غرام|كيلوغرام|كغ|لتر|قدم|ميل';
const NOT_COUNTED = `(?!\\d|[.,٫٬]\\d|\\s*%|\\s*(?:${MEASURE})(?![\\p{L}]))`;
const BARE_YEAR = letterPattern(
  // the digits first (a lookahead), so the lookbehinds run only where a year could stand
  `(?=(?:19|20)\\d{2})${B}(?:(?<=(?:^|[^\\p{L}\\p{M}])[وبلف]?(?:${EVENT})(?:\\s+[\\p{L}]+){0,2}\\s+)|(?<=(?:^|[^\\p{L}\\p{M}])(?:في|قبل|بعد)\\s{1,4})|(?<=(?:^|[^\\p{L}\\p{M}])(?:مقارنة|قياسا)\\s+(?:ب|مع\\s+|ب\\s+))|(?<=(?:^|[^\\p{L}\\p{M}])(?:${PART_OF_YEAR})(?:\\s+[\\p{L}]+){0,2}\\s+(?:من\\s{1,4})?))(?<y>(?:19|20)\\d{2})${NOT_COUNTED}(?:\\s*(?<conn>و|-|–)\\s*(?<y2>(?:19|20)\\d{2})${NOT_COUNTED})?`,
  'gu',
);
/** من 2011 إلى 2015، بين عامي 2011 و2015: a range of years, من/بين inside the span */
const FROM_TO_YEARS = letterPattern(
  `(?=من|بين)${B}(?:من|بين)\\s+(?:(?:عام|عامي|سنة|سنتي)\\s+)?(?<y>(?:19|20)\\d{2})(?!\\d)\\s*(?:الي|حتي|و|-|–)\\s*(?:(?:عام|سنة)\\s+)?(?<y2>(?:19|20)\\d{2})(?!\\d)`,
  'gu',
);
/** 2016-2017, 2015/2016: a season or a fiscal year written as two years (with an era see YEAR_WITH_ERA) */
const YEAR_PAIR = letterPattern(
  `(?=(?:19|20)\\d{2})${B}(?<y>(?:19|20)\\d{2})\\s*[-–/]\\s*(?<y2>(?:19|20)\\d{2})(?![\\d\\-/]|\\s*[هم](?![\\p{L}]))`,
  'gu',
);

/** خمسينيات القرن الماضي، الستينيات من القرن العشرين، خمسينيات وستينيات القرن الماضي: decades of the 1900s */
const DECADES: Record<string, number> = {
  عشرين: 2,
  ثلاثين: 3,
  اربعين: 4,
  خمسين: 5,
  ستين: 6,
  سبعين: 7,
  ثمانين: 8,
  تسعين: 9,
};
const DECADE_WORD = `(?:ال)?(?:${Object.keys(DECADES).join('|')})ي?ات`;
const DECADES_OF_LAST_CENTURY = letterPattern(
  `${B}(?<d1>${DECADE_WORD})(?:\\s+و\\s*(?<d2>${DECADE_WORD}))?\\s+(?:من\\s+)?القرن\\s+(?:الماضي|العشرين)(?![\\p{L}\\p{M}])`,
  'gu',
);
const decadeOf = (word: string) => DECADES[word.replace(/^ال/u, '').replace(/ي?ات$/u, '')];

/** a name in quotes that ends with its year: «تونس 2020», "رؤية 2030" */
const QUOTED_NAME_YEAR = letterPattern(
  String.raw`(?<=["“«][\p{L}\s]{1,30}\s)(?<y>(?:19|20)\d{2})(?=\s*["”»])`,
  'gu',
);

function yearPoint(start: number, end: number, y: number, certainty: 'high' | 'medium'): DateMatch {
  return { start, end, calendar: 'gregorian', when: isoYear(y), certainty, system: 'year' };
}

/**
 * Years written without the noun عام or an era: after an event (بطولة العالم 2013), after في, a year
 * coordinated with one (2013 و2015, each its own year), a pair of years (2016-2017, one range), and
 * two-digit years with م.
 */
export function findBareYears(view: string, pub: Ymd | undefined): DateMatch[] {
  const out: DateMatch[] = [];
  const latest = (pub?.y ?? 2030) + 10;
  for (const m of matchesWhere(view, /\d{2}\s*م/, TWO_DIGIT_YEAR)) {
    const yy = Number(m.groups?.yy);
    // the century that puts the year in the past of the publication (or of today's news)
    const y = yy > (pub ? pub.y % 100 : 30) ? 1900 + yy : 2000 + yy;
    out.push(yearPoint(m.index, m.index + m[0].length, y, 'medium'));
  }
  for (const m of matchesWhere(view, /القرن/, DECADES_OF_LAST_CENTURY)) {
    const first = decadeOf(m.groups?.d1 ?? '');
    const last = m.groups?.d2 === undefined ? first : decadeOf(m.groups.d2);
    if (first === undefined || last === undefined || last < first) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      calendar: 'gregorian',
      from: isoYear(1900 + 10 * first),
      to: isoYear(1909 + 10 * last),
      certainty: 'high',
      system: 'year',
    });
  }
  if (!/(?:19|20)\d{2}/.test(view)) return out;
  for (const m of view.matchAll(QUOTED_NAME_YEAR)) {
    const y = Number(m.groups?.y);
    if (y <= latest) out.push(yearPoint(m.index, m.index + 4, y, 'medium'));
  }
  for (const m of view.matchAll(BARE_YEAR)) {
    const g = m.groups ?? {};
    const y = Number(g.y);
    if (y > latest) continue;
    const firstEnd = m.index + (g.y ?? '').length;
    if (g.y2 !== undefined && g.conn !== 'و') {
      if (Number(g.y2) > y)
        out.push({
          start: m.index,
          end: m.index + m[0].length,
          calendar: 'gregorian',
          from: isoYear(y),
          to: isoYear(Number(g.y2)),
          certainty: 'high',
          system: 'year',
        });
      continue;
    }
    out.push(yearPoint(m.index, firstEnd, y, 'medium'));
    if (g.y2 !== undefined && Number(g.y2) <= latest) {
      const at = m.index + m[0].lastIndexOf(g.y2);
      out.push(yearPoint(at, at + g.y2.length, Number(g.y2), 'medium'));
    }
  }
  for (const re of [FROM_TO_YEARS, YEAR_PAIR])
    for (const m of view.matchAll(re)) {
      const y = Number(m.groups?.y);
      const y2 = Number(m.groups?.y2);
      if (y2 <= y || y2 > latest) continue;
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        calendar: 'gregorian',
        from: isoYear(y),
        to: isoYear(y2),
        certainty: 'medium',
        system: 'year',
      });
    }
  return out;
}
