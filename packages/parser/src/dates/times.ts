import { foldWord } from '../normalise/fold.js';
import { letterPattern } from './letter-pattern.js';
import { WEEKDAY_ALTERNATION } from './months.js';
import type { DateMatch } from './types.js';
import { B, E } from './types.js';
import { alternation, phraseKey } from './words.js';
import { SUMMER_TIME_ZONE_NAMES, SUMMER_TIME_ZONES } from './zones.js';

/** Hours written as ordinal words, as news prints them after الساعة (folded spelling). */
const HOUR_WORDS: ReadonlyMap<string, number> = new Map(
  (
    [
      ['الحادية عشرة', 11],
      ['الحادية عشر', 11],
      ['الثانية عشرة', 12],
      ['الثانية عشر', 12],
      ['الواحدة', 1],
      ['الثانية', 2],
      ['الثالثة', 3],
      ['الرابعة', 4],
      ['الخامسة', 5],
      ['السادسة', 6],
      ['السابعة', 7],
      ['الثامنة', 8],
      ['التاسعة', 9],
      ['العاشرة', 10],
    ] as const
  ).map(([w, h]) => [foldWord(w), h]),
);
const HOUR_WORD = alternation(HOUR_WORDS.keys());

/** Minutes added to an hour word: والنصف (or و النصف), والربع، إلا ربعاً. */
const FRACTION = '(?<frac>و\\s*النصف|و\\s*الربع|و\\s*الثلث|الا\\s+ربعا?|الا\\s+الربع|الا\\s+ثلثا)';

/** What the part of the day does to a 12-hour clock reading. */
const DAY_PARTS =
  'بعد\\s+منتصف\\s+الليل|منتصف\\s+الليل|بعد\\s+الزوال|الزوال|صباحا|صباح|مساء|مساءا|ظهرا|ظهر|بعد\\s+الظهر|عصرا|عصر|ليلا|ليل|فجرا|فجر|الفجر|الصباح|المساء|الظهر|العصر|الليل';
/** a part of day that opens the day after it (الثامنة مساء أمس) belongs to that day's expression */
const DAY_AFTER = `(?:امس|الامس|اليوم|غدا|غد|الغد|يوم|${WEEKDAY_ALTERNATION})${E}`;
const PART_OF_DAY = `\\s+(?:من\\s+)?(?<part>${DAY_PARTS})${E}(?!\\s+${DAY_AFTER})|(?=\\s+(?:من\\s+)?(?<dayPart>${DAY_PARTS})\\s+${DAY_AFTER})`;
// an empty alternative, not "?": ECMAScript skips an optional group whose match is empty (the lookahead)
const PART = `(?:${PART_OF_DAY}|)`;

/**
 * Time zones as Arabic news names them. Mecca time is UTC+3 all year (no summer time); Tunisia
 * has kept UTC+1 without summer time since 2009. Zones with summer time (zones.ts) get their offset
 * once the day of the time is known.
 */
const ZONES: [RegExp, string][] = [
  [/^(?:ت\s*\.?\s*غ|GMT|UTC|بتوقيت\s+غرينتش|بتوقيت\s+غرينيتش|بتوقيت\s+جرينتش)$/u, 'Z'],
  [/^(?:ت\s*\.\s*م|ت\s+م|بتوقيت\s+(?:مكة|السعودية|الرياض|المملكة).*)$/u, '+03:00'],
  [/^بتوقيت\s+(?:تونس|الجزائر)$/u, '+01:00'],
  [/^بتوقيت\s+(?:الكويت|قطر|الدوحة|البحرين|المنامة|بغداد|العراق)$/u, '+03:00'],
  [/^بتوقيت\s+(?:الامارات|ابوظبي|دبي|مسقط|عمان)$/u, '+04:00'],
];
const ZONE_NAMES = `ت\\s*\\.?\\s*غ|ت\\s*\\.\\s*م|ت\\s+م|GMT|UTC|بتوقيت\\s+(?:غرينتش|غرينيتش|جرينتش|مكة(?:\\s+المكرمة)?|السعودية|الرياض|تونس|الجزائر|${SUMMER_TIME_ZONE_NAMES}|الكويت|قطر|الدوحة|البحرين|المنامة|بغداد|العراق|الامارات|ابوظبي|دبي|مسقط|المملكة(?:\\s+العربية\\s+السعودية)?)`;
const ZONE = `(?:\\s*\\(?\\s*(?<zone>${ZONE_NAMES})${E}\\s*\\)?)?`;

const CLOCK = `(?<h>\\d{1,2})(?:\\s*[:.,]\\s*(?<mi>\\d{2}))?(?!\\d|\\s*%)`;
/** a word of the sentence that puts a bare hour in the evening */
const EVENING_WORD = letterPattern(String.raw`(?:^|[^\p{L}])(?:مساء|عصر|ليلة)(?![\p{L}])`, 'u');

const CUED_TIME = letterPattern(
  `${B}الساعة\\s+(?:${CLOCK}|(?<hw>${HOUR_WORD})${E}(?:\\s+${FRACTION}${E})?(?:\\s+(?:تماما|بالضبط))?)${PART}${ZONE}`,
  'gu',
);
/** "في العاشرة صباحا", "عند الثامنة من مساء أمس": an hour word without الساعة needs a preposition and a part of day */
const WORD_TIME = letterPattern(
  `${B}(?<=(?:^|[^\\p{L}\\p{M}])(?:في|عند|تمام|حوالي|نحو|قرابة|حتي|بعد|قبل|منذ)\\s{1,3})(?<hw>${HOUR_WORD})${E}(?:\\s+${FRACTION}${E})?(?:${PART_OF_DAY})${ZONE}`,
  'gu',
);
/** "14:30 ت غ", "10:30 صباحاً": a clock reading without الساعة needs a colon and a zone or a part of day */
const BARE_TIME = letterPattern(
  `${B}(?<h>\\d{1,2})\\s*:\\s*(?<mi>\\d{2})(?![\\d:/])(?=\\s+(?:من\\s+)?(?:${DAY_PARTS})${E}|\\s*\\(?\\s*(?:${ZONE_NAMES})${E})${PART}${ZONE}`,
  'gu',
);

type Groups = Record<string, string | undefined>;

const folded = (name: string) => name.replace(/\s+/g, ' ').trim();

function zoneOf(name: string | undefined): string {
  if (name === undefined) return '';
  for (const [re, zone] of ZONES) if (re.test(folded(name))) return zone;
  return '';
}

/** the IANA zone of a place with summer time, whose offset waits for the day */
function summerTimeZoneOf(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  return SUMMER_TIME_ZONES.find(([re]) => re.test(folded(name)))?.[1];
}

function minutesOf(frac: string | undefined): number {
  if (frac === undefined) return 0;
  const joined = frac.replace(/^و\s+/u, 'و');
  if (joined === 'والنصف') return 30;
  if (joined === 'والربع') return 15;
  if (joined === 'والثلث') return 20;
  if (/ثلثا$/.test(frac)) return -20;
  return -15;
}

/** A 12-hour reading moved onto the 24-hour clock by the part of the day printed after it. */
function to24(hour: number, part: string | undefined): number {
  if (part === undefined || hour > 12) return hour;
  const p = part.replace(/^ال/, '').replace(/ا$/, '');
  if (/^(?:مساء|عصر|بعد\s+الظهر|بعد\s+الزوال)$/.test(p)) return hour === 12 ? 12 : hour + 12;
  if (/^(?:ظهر|زوال)$/.test(p)) return hour >= 11 ? hour : hour + 12;
  if (/^ليل$/.test(p)) return hour === 12 ? 0 : hour >= 6 ? hour + 12 : hour;
  if (/^(?:صباح|فجر)$/.test(p) || /منتصف\s+الليل/.test(p)) return hour === 12 ? 0 : hour;
  return hour;
}

/**
 * "الساعة الرابعة" (an hour word) with no part of the day and no zone: news times public events (matches, meetings,
 * sessions), which are not held between one and five at night, so one to five o'clock is afternoon.
 */
const afternoonUnlessSaid = (hour: number) => (hour >= 1 && hour <= 5 ? hour + 12 : hour);

/** "hh:mm" with its zone, or undefined when the reading is not a time of day. */
export function clockValue(g: Groups): string | undefined {
  let hour: number;
  let minute: number;
  if (g.hw !== undefined) {
    hour = HOUR_WORDS.get(phraseKey(g.hw)) ?? Number.NaN;
    minute = minutesOf(g.frac);
    if (minute < 0) {
      hour -= 1;
      minute += 60;
    }
  } else {
    hour = Number(g.h);
    minute = g.mi === undefined ? 0 : Number(g.mi);
  }
  // a word hour is read on a 12-hour clock; digits (الساعة 05:00, الساعة 17) may be on a 24-hour one
  hour =
    g.hw !== undefined && g.part === undefined && g.zone === undefined
      ? afternoonUnlessSaid(hour)
      : to24(hour, g.part);
  if (!(hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59)) return undefined;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}${zoneOf(g.zone)}`;
}

function partBefore(view: string, at: number): string | undefined {
  const before = view.slice(Math.max(0, at - 60), at);
  const sentence = before.slice(before.search(/[^.!?؟\n]*$/u));
  return EVENING_WORD.test(sentence) ? 'مساء' : undefined;
}

/**
 * Times of day: "الساعة الثامنة مساء" (20:00), "الساعة 10:30 صباحاً", "14:30 ت غ" (14:30Z),
 * "09:15 ت م" (Mecca time, +03:00), "الساعة 6,45 تغ". The value is a time without a day; a day
 * printed beside it is joined later (see joinTimes).
 */
export function findTimes(view: string): DateMatch[] {
  const out: DateMatch[] = [];
  if (!/ساعة|\d\s*:\s*\d|صباح|مساء|ظهر|عصر|ليل|فجر|زوال/.test(view)) return out;
  for (const re of [CUED_TIME, BARE_TIME, WORD_TIME])
    for (const m of view.matchAll(re)) {
      const g: Groups = { ...m.groups };
      // "مساء اليوم الجمعة وذلك في تمام الساعة السابعة والنصف": the evening named earlier in the sentence
      g.part ??= g.dayPart ?? partBefore(view, m.index);
      const when = clockValue(g);
      if (when === undefined) continue;
      const end = m.index + m[0].replace(/\s+$/u, '').length;
      const timeZone = summerTimeZoneOf(g.zone);
      out.push({
        start: m.index,
        end,
        calendar: 'gregorian',
        when,
        certainty: 'high',
        system: 'time',
        ...(timeZone && { timeZone }),
      });
    }
  return out;
}
