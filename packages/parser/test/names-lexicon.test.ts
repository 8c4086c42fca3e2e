/**
 * The general-knowledge lists (data/persons-world.ts and the others): sentences written for these
 * tests, asserting the kinds and spans found.
 */
import { describe, expect, it } from 'vitest';
import { findNames as findAnyNames, type NameMatch } from '../src/names/index.js';

/** These tests pin the lexicon recogniser (names: 'lexicon'); test/names-model.test.ts covers model mode. */
const findNames = (text: string): NameMatch[] => findAnyNames(text, { names: 'lexicon' });

function mentions(text: string): string[] {
  return findNames(text).map((m) => `${m.kind}:${text.slice(m.start, m.end)}`);
}

describe('world public figures', () => {
  it('finds a listed figure by the full name and by the distinctive family name alone', () => {
    expect(mentions('وصل رومانو برودي إلى بيروت أمس.')).toEqual(['person:رومانو برودي', 'place:بيروت']);
    expect(mentions('ورفض ثاباتيرو الاقتراح.')).toEqual(['person:ثاباتيرو']);
    expect(mentions('والتقى موراتينوس نظيره السوري.')).toContain('person:موراتينوس');
  });

  it('gives all spellings of one figure the same entity', () => {
    const text = 'قال جلعاد شاليط ثم تحدث شاليط.';
    const keys = findNames(text).map((m) => m.entity.key);
    expect(keys).toEqual(['pers-gilad-shalit', 'pers-gilad-shalit']);
  });

  it('lists no family name that is also an everyday word', () => {
    expect(mentions('أشاد الوزير بالتقدم المحرز في المفاوضات.')).toEqual([]);
    expect(mentions('بلغ الإنتاج مليون طن متري.')).toEqual([]);
  });
});

describe('world organisations', () => {
  it('finds one-word organisations that are no everyday word', () => {
    expect(mentions('ونقلت يونهاب عن مسؤول أن غلطة سراي فاز.')).toEqual([
      'organisation:يونهاب',
      'organisation:غلطة سراي',
    ]);
    expect(mentions('وقالت صحيفة حرييت إن هاليبرتون خسرت العقد.')).toEqual([
      'organisation:حرييت',
      'organisation:هاليبرتون',
    ]);
  });

  it('leaves the everyday words alone', () => {
    expect(mentions('ارتفع حجم تداول الأسهم في الأسواق الاقتصادية.')).toEqual([]);
    expect(mentions('زرع الفلاح النخيل في كانون الثاني.')).toEqual([]);
  });
});

describe('more given names', () => {
  it('opens a name with a listed given name, alone or with a family name', () => {
    expect(mentions('وقال عباس إن الحوار مستمر.')).toEqual(['person:عباس']);
    expect(mentions('وصرح إيهاب الخطيب للصحفيين.')).toEqual(['person:إيهاب الخطيب']);
    expect(mentions('وأكد يوآف مردخاي أن الجيش مستعد.')).toContain('person:يوآف مردخاي');
  });

  it('needs support for a given name that is also an everyday word', () => {
    expect(mentions('وقع صدام بين المتظاهرين والشرطة.')).toEqual([]);
    expect(mentions('أعلنت جمعية خيري للأعمال أن العمل خيري.')).not.toContain('person:خيري');
    expect(mentions('وقال صدام حسين إن بغداد لن تستسلم.')).toEqual(['person:صدام حسين', 'place:بغداد']);
  });
});

describe('family names alone', () => {
  it('finds a listed family name used alone, without its clitic', () => {
    expect(mentions('وقال الطراونة إن المجلس سينعقد.')).toEqual(['person:الطراونة']);
    expect(mentions('وأكد سميث أن القوات ستنسحب.')).toEqual(['person:سميث']);
  });

  it('takes an unknown first name before it into the name', () => {
    expect(mentions('وقال غيداق الطراونة إن الجلسة انتهت.')).toEqual(['person:غيداق الطراونة']);
  });

  it('lets a full name found earlier keep both words', () => {
    const text = 'التقى وزير الخارجية جورج سميث نظيره. وقال جورج سميث إن اللقاء كان مثمرا.';
    expect(mentions(text).filter((m) => m.startsWith('person:'))).toEqual([
      'person:جورج سميث',
      'person:جورج سميث',
    ]);
  });
});

describe('more places', () => {
  it('finds towns and regions of the Arab world and beyond', () => {
    expect(mentions('سقطت قذائف على بيت حانون والنصيرات.')).toEqual(['place:بيت حانون', 'place:النصيرات']);
    expect(mentions('وصل الوفد إلى الفاشر قادما من كسلا.')).toEqual(['place:الفاشر', 'place:كسلا']);
    expect(mentions('تقع ديار بكر جنوب شرق تركيا.')).toEqual(['place:ديار بكر', 'place:تركيا']);
  });

  it('leaves out place names that are everyday words', () => {
    expect(mentions('لعب دورا كبيرا في إطار المفاوضات.')).toEqual([]);
    expect(mentions('وتم ذلك في إطار التعاون.')).toEqual([]);
  });

  it('reads a European city famous for its club as the club', () => {
    expect(mentions('فاز فالنسيا على إشبيلية بهدفين.')).toEqual([
      'organisation:فالنسيا',
      'organisation:إشبيلية',
    ]);
  });
});

describe('common words and speakers', () => {
  it('ends a name at an everyday verb or noun after it', () => {
    expect(mentions('وكان أحمد وصل إلى المطار.')).toContain('person:أحمد');
    expect(mentions('التقى جورج نفسه بالوزير.')).toContain('person:جورج');
    expect(mentions('قال فادي نائب المدير إن الأمر انتهى.')).toContain('person:فادي');
  });

  it('finds an unknown two-word speaker between a verb of saying and what follows', () => {
    expect(mentions('وقال كوستا غافراس في بيان إن الفيلم جاهز.')).toEqual(['person:كوستا غافراس']);
    expect(mentions('وأعرب ماتياس كورمان للصحفيين عن قلقه.')).toEqual(['person:ماتياس كورمان']);
  });
});

describe('foreign surname shapes', () => {
  it('reads a word with a Slavic, Georgian or Turkish surname ending as a person', () => {
    expect(mentions('وقال ستانكوفيتش إن المحادثات فشلت.')).toEqual(['person:ستانكوفيتش']);
    expect(mentions('والتقى بافلو تكاتشينكو بالسفير.')).toEqual(['person:بافلو تكاتشينكو']);
    expect(mentions('وصرح كوفاليوف للصحفيين.')).toEqual(['person:كوفاليوف']);
  });

  it('leaves Arabic words with similar endings alone', () => {
    expect(mentions('في ظل هذه الظروف الصعبة وقفت الصفوف.')).toEqual([]);
  });
});

describe('second list of public figures', () => {
  it('finds figures of sport, religion and culture and keeps titles outside the name', () => {
    expect(mentions('سجل إنييستا هدفا في مرمى كاسياس.')).toEqual(['person:إنييستا', 'person:كاسياس']);
    const text = 'استقبل البابا بنديكتوس السادس عشر الوفد.';
    const pope = findNames(text).find((m) => m.kind === 'person');
    expect(pope && text.slice(pope.start, pope.end)).toBe('بنديكتوس السادس عشر');
    expect(pope?.role?.text).toBe('البابا');
  });
});

describe('a four-letter family name after a given name', () => {
  it('is not read as a preposition on a verb', () => {
    expect(mentions('ونقل عن المتحدث كريستوف بيغو قوله إن باريس قلقة.')).toContain('person:كريستوف بيغو');
  });
});

describe('nisba family names and verbal nouns', () => {
  it('reads a nisba right after a lone given name as the family name', () => {
    expect(mentions('وقال محمد المصري إن الاجتماع انتهى.')).toEqual(['person:محمد المصري']);
    expect(mentions('التقى الرئيس السوري بشار الأسد.')).toEqual(['person:بشار الأسد']);
  });

  it('does not read a verbal noun after a nationality as a name', () => {
    expect(mentions('وأكدت القيادة المركزية الأمريكية مقتل جنديين.')).toEqual([]);
  });
});

describe('more foreign given names', () => {
  it('opens a name with a listed Western or Russian given name', () => {
    expect(mentions('وقالت سابين لوتنبرغ إن الاتفاق مهم.')).toContain('person:سابين لوتنبرغ');
    expect(mentions('وأكد روسلان خاسبولاتوف أن البرلمان سيجتمع.')).toContain('person:روسلان خاسبولاتوف');
  });

  it('keeps given names that are everyday words out of the unambiguous list', () => {
    expect(mentions('وقع الطرفان اتفاقا شامل البنود.')).toEqual([]);
  });
});
