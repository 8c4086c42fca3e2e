import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findNames as findAnyNames, type NameMatch } from '../src/names/index.js';

/** These tests pin the lexicon recogniser (names: 'lexicon'); test/names-model.test.ts covers model mode. */
const findNames = (text: string): NameMatch[] => findAnyNames(text, { names: 'lexicon' });

const here = dirname(fileURLToPath(import.meta.url));
const article = readFileSync(join(here, '..', '..', '..', 'corpus', '000_b7c19ba4b4690b72.txt'), 'utf8');

function mentions(text: string, matches = findNames(text)): string[] {
  return matches.map((m) => `${m.kind}:${text.slice(m.start, m.end)}`);
}

function keyOf(text: string, surface: string): string | undefined {
  return findNames(text).find((m) => text.slice(m.start, m.end) === surface)?.entity.key;
}

describe('findNames on the first corpus article', () => {
  const found = findNames(article);
  const surfaces = mentions(article, found);

  it('finds Sophie Wilmès and Antony Blinken as persons with their roles', () => {
    const sophie = found.find((m) => article.slice(m.start, m.end) === 'صوفي ويلميس');
    const blinken = found.find((m) => article.slice(m.start, m.end) === 'أنطوني بلينكين');
    expect(sophie?.kind).toBe('person');
    expect(sophie?.role?.text).toBe('نائب رئيس الوزراء البلجيكي ووزيرة الخارجية');
    expect(blinken?.kind).toBe('person');
    expect(blinken?.role?.text).toBe('وزير الخارجية الأميركي');
    expect(blinken?.role && article.slice(blinken.role.start, blinken.role.end)).toBe(
      'وزير الخارجية الأميركي',
    );
  });

  it('finds the organisations, merging aliases into one entity', () => {
    expect(surfaces).toContain('organisation:التحالف الدولي');
    expect(surfaces).toContain('organisation:مجلس الأمن الدولي');
    expect(surfaces).toContain('organisation:حلف شمال الأطلسي');
    expect(surfaces).toContain('organisation:ناتو');
    expect(surfaces).toContain('organisation:تلفزيون سوريا');
    const isis = found.filter((m) => m.entity.key === 'org-isis').map((m) => article.slice(m.start, m.end));
    expect(new Set(isis)).toEqual(new Set(['تنظيم الدولة', 'داعش']));
    expect(isis.length).toBe(13); // 12 × تنظيم الدولة + داعش
    const nato = found.filter((m) => m.entity.key === 'org-nato');
    expect(nato.length).toBe(2);
  });

  it('finds the places with ISO 3166 identifiers', () => {
    const us = found.find((m) => m.entity.key === 'place-united-states');
    expect(us && article.slice(us.start, us.end)).toBe('الولايات المتحدة الأميركية');
    expect(us?.entity.identifiers).toEqual([{ scheme: 'iso3166', value: 'US' }]);
    // 7 × سوريا, one of them inside the organisation تلفزيون سوريا
    expect(found.filter((m) => m.entity.key === 'place-syria').length).toBe(6);
    // 10 × العراق as letters, two of them inside العراقية
    expect(found.filter((m) => m.entity.key === 'place-iraq').length).toBe(8);
    expect(surfaces).toContain('place:بغداد');
    expect(surfaces).toContain('place:إيطاليا');
  });

  it('never matches inside a longer word and keeps clitics out of the mention', () => {
    for (const m of found) {
      const before = article[m.start - 1] ?? ' ';
      const after = article[m.end] ?? ' ';
      expect(/[\u0621-\u064a]/.test(after), `${article.slice(m.start, m.end)}|${after}`).toBe(false);
      if (/[\u0621-\u064a]/.test(before)) expect('وبلفك'.includes(before)).toBe(true);
    }
    // العراقية (in الحكومة العراقية and العاصمة العراقية) is not العراق
    expect(found.some((m) => article.slice(m.start, m.end + 1) === 'العراقي')).toBe(false);
    // وسوريا / والعراق: the mention starts after the conjunction
    expect(surfaces.filter((s) => s === 'place:العراق').length).toBe(8);
  });

  it('returns sorted, non-overlapping matches, the same on every call', () => {
    for (let i = 1; i < found.length; i++) {
      expect((found[i] as NameMatch).start).toBeGreaterThanOrEqual((found[i - 1] as NameMatch).end);
    }
    expect(JSON.stringify(findNames(article))).toBe(JSON.stringify(found));
  });

  it('gives NCName-safe keys', () => {
    for (const m of found) expect(m.entity.key).toMatch(/^[a-z][a-z0-9-]*$/);
  });
});

describe('findNames on sentences written for these tests', () => {
  it('finds an unknown person after a role, and again by the family name alone', () => {
    const text = 'وصرح وزير المالية المغربي كريم بنسالم بأن الموازنة جاهزة. وأضاف بنسالم أن العجز تراجع.';
    const found = findNames(text);
    const persons = found.filter((m) => m.kind === 'person');
    expect(persons.map((m) => text.slice(m.start, m.end))).toEqual(['كريم بنسالم', 'بنسالم']);
    expect(persons[0]?.role?.text).toBe('وزير المالية المغربي');
    expect(persons[1]?.entity.key).toBe(persons[0]?.entity.key);
    expect(persons[0]?.entity.key).toMatch(/^pers-/);
  });

  it('links a given name used alone to the one person named in full with it', () => {
    const text = 'والتقى المدرب جورج ماكلين باللاعبين. وقال جورج إن الفريق جاهز.';
    const persons = findNames(text).filter((m) => m.kind === 'person');
    expect(persons.map((m) => text.slice(m.start, m.end))).toEqual(['جورج ماكلين', 'جورج']);
    expect(persons[1]?.entity.key).toBe(persons[0]?.entity.key);
  });

  it('folds harakat, tatweel, NBSP and hamza variants and maps offsets back to the original', () => {
    const text = 'زار الوفدُ\u00a0العـــراقَ ثم وصل إلى اَلقاهرة';
    const found = findNames(text);
    expect(mentions(text, found)).toEqual(['place:العـــراقَ', 'place:اَلقاهرة']);
    expect(found[0]?.entity.key).toBe('place-iraq');
  });

  it('peels proclitics: و ب ل ف ك and لل', () => {
    const text = 'سافر إلى لبنان وسوريا ثم بالعراق فالأردن، وقال لتنظيم الدولة كلمته.';
    expect(mentions(text)).toEqual([
      'place:لبنان',
      'place:سوريا',
      'place:العراق',
      'place:الأردن',
      'organisation:تنظيم الدولة',
    ]);
  });

  it('does not find a country inside its adjective', () => {
    expect(findNames('قالت الحكومة العراقية والقوات السورية إن الوضع هادئ.')).toEqual([]);
  });

  it('recognises organisation and place patterns', () => {
    const text = 'أعلنت وزارة التربية والتعليم أن جامعة اليرموك ستفتح فرعاً في مدينة الزرقاء وقرية كفر يوبا.';
    const found = mentions(text);
    expect(found).toContain('organisation:وزارة التربية والتعليم');
    expect(found).toContain('organisation:جامعة اليرموك');
    expect(found).toContain('place:الزرقاء');
    expect(found).toContain('place:كفر يوبا');
  });

  it('finds names that open with a known given name', () => {
    const text = 'والتقى محمد العبداللات بالمدرب جورج ماكلين في الملعب.';
    const found = mentions(text);
    expect(found).toContain('person:محمد العبداللات');
    expect(found).toContain('person:جورج ماكلين');
  });

  it('tells the preposition على from the name علي', () => {
    expect(mentions('اتفق على خطة واضحة.')).toEqual([]);
    expect(mentions('واتفق علي حسن مع زملائه.')).toEqual(['person:علي حسن']);
  });

  it('merges aliases into one entity key', () => {
    expect(keyOf('أعلن حلف شمال الأطلسي', 'حلف شمال الأطلسي')).toBe('org-nato');
    expect(keyOf('أعلن الناتو', 'الناتو')).toBe('org-nato');
    expect(keyOf('هاجم داعش القرية', 'داعش')).toBe('org-isis');
    expect(keyOf('وصل إلى أميركا', 'أميركا')).toBe('place-united-states');
  });

  it('takes a nationality before a name as a title, when the name has two words', () => {
    const text = 'وتقدم الإسباني روبرتو غارسيلا على منافسه، وارتفع السوري بعد ذلك.';
    const found = findNames(text);
    expect(mentions(text, found)).toEqual(['person:روبرتو غارسيلا']);
    expect(found[0]?.role?.text).toBe('الإسباني');
  });

  it('finds the speaker after a verb of saying', () => {
    expect(mentions('وقال ماركوني تابوشي إن المصنع سيغلق.')).toEqual(['person:ماركوني تابوشي']);
  });

  it('keeps announcing heads outside organisation names and finds Latin-script names', () => {
    const text = 'وقالت شركة Lumora إن قناة الجزيرة وصحيفة البيادر نقلتا الخبر عن حركة فتح.';
    expect(mentions(text)).toEqual([
      'organisation:Lumora',
      'organisation:الجزيرة',
      'organisation:البيادر',
      'organisation:حركة فتح',
    ]);
  });

  it('reads a city after a sports word as its club, and a place inside an event name as no place', () => {
    expect(mentions('وسجل لاعب برشلونة هدفا في مدريد.')).toEqual(['organisation:برشلونة', 'place:مدريد']);
    expect(mentions('فاز في بطولة فرنسا المفتوحة ثم عاد إلى فرنسا.')).toEqual(['place:فرنسا']);
  });

  it('takes a quoted name after an organisation head', () => {
    expect(mentions('وأعلنت جماعة "الفجر الجديد" مسؤوليتها عن الهجوم.')).toEqual([
      'organisation:الفجر الجديد',
    ]);
  });

  it('does not read a bare role head and its complement as a name', () => {
    expect(
      mentions('عيّن الرئيس وزير دفاع جديدا، ونائب وزير مالية.').filter((m) => m.startsWith('person')),
    ).toEqual([]);
  });

  it.each(['lexicon', 'model'] as const)(
    'never throws and always returns sorted in-range spans, whatever the input (%s mode)',
    (names) => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
          const found = findAnyNames(text, { names });
          let last = 0;
          for (const m of found) {
            expect(m.start).toBeGreaterThanOrEqual(last);
            expect(m.end).toBeGreaterThan(m.start);
            expect(m.end).toBeLessThanOrEqual(text.length);
            last = m.end;
          }
        }),
        { numRuns: 300 },
      );
      expect(findAnyNames('', { names })).toEqual([]);
      expect(findAnyNames('\ud800العراق\udc00', { names })).toHaveLength(1);
    },
  );
});
