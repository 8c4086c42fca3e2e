import { describe, expect, it } from 'vitest';
import { arabicDate } from '../src/arabic-dates.js';

describe('arabicDate', () => {
  it('writes days, months and years in the article’s month names', () => {
    expect(arabicDate('2020-06-04', 'ar-SY')).toBe('4 حزيران 2020');
    expect(arabicDate('2021-04', 'ar')).toBe('أبريل 2021');
    expect(arabicDate('2021')).toBe('2021');
  });

  it('writes a date with a time of day, and a time alone, as news does (the parser resolves both)', () => {
    expect(arabicDate('2015-08-03T07:38Z', 'ar')).toBe('3 أغسطس 2015، الساعة 07:38 ت غ');
    expect(arabicDate('2015-08-03T09:15+03:00', 'ar')).toBe('3 أغسطس 2015، الساعة 09:15 (UTC+03:00)');
    expect(arabicDate('20:00')).toBe('الساعة 20:00');
  });
});
