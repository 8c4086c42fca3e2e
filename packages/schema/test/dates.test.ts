import { describe, expect, it } from 'vitest';
import { IsoTemporal, isIsoTemporal } from '../src/index.js';

describe('a date mention value (IsoTemporal)', () => {
  it('takes dates, dates with a time to the minute (zone optional) and a time alone', () => {
    for (const v of [
      '2015',
      '2015-08',
      '2015-08-03',
      '2015-08-03T07:38',
      '2015-08-03T07:38Z',
      '2015-07-31T19:30+03:00',
      '14:30Z',
      '20:00',
      '09:15+03:00',
    ])
      expect(isIsoTemporal(v), v).toBe(true);
  });

  it('refuses impossible days and hours, seconds and loose forms', () => {
    for (const v of [
      '2015-02-30T10:00',
      '2015-08-03T24:00',
      '2015-08-03T07:60',
      '07:38:00',
      '7:38',
      '2015-08-03 07:38',
      '14:30+3',
      'T07:38',
    ])
      expect(isIsoTemporal(v), v).toBe(false);
    expect(IsoTemporal.safeParse('2015-08-03T25:00').success).toBe(false);
  });
});
