/**
 * The date scorer of eval/dates.ts on a made-up article: matching, value accuracy, non-dates, and
 * precision by kind (a spurious prediction counted under the kind its value suggests).
 */
import type { DateMention } from '@warraq/schema';
import { describe, expect, it } from 'vitest';
import { emptyScore, type GoldDate, kindOfPrediction, scoreArticle } from '../eval/date-score.js';

const file = 'made-up.txt';
function predicted(start: number, end: number, value: Partial<DateMention>): DateMention {
  return {
    type: 'date',
    span: { start, end },
    calendar: 'gregorian',
    certainty: 'high',
    content: [],
    ...value,
  };
}

describe('date scorer', () => {
  it('scores matches, values, non-dates and spurious predictions by kind', () => {
    const gold: GoldDate[] = [
      { file, start: 0, end: 5, kind: 'relative', when: '2015-08-06' },
      { file, start: 10, end: 14, kind: 'year', when: '2015' },
      { file, start: 20, end: 30, kind: 'relative', value: null },
      { file, start: 40, end: 44, kind: 'not-a-date' },
    ];
    const dates = [
      predicted(0, 5, { when: '2015-08-06', relative: { expression: 'today', anchor: 'publication' } }),
      predicted(10, 14, { when: '2014' }),
      predicted(40, 44, { when: '1990' }),
      predicted(50, 57, { when: '2015-08-03', relative: { expression: 'weekday', anchor: 'publication' } }),
    ];
    const score = emptyScore();
    scoreArticle(score, file, gold, dates);
    expect(score).toMatchObject({
      gold: 3,
      predicted: 4,
      matched: 2,
      valued: 2,
      right: 1,
      nonDatesTagged: 1,
    });
    expect(score.byKind.get('relative')).toEqual({ gold: 2, found: 1, valued: 1, right: 1, spurious: 0 });
    expect(score.byKind.get('year')).toEqual({ gold: 1, found: 1, valued: 1, right: 0, spurious: 1 });
    expect(score.byKind.get('weekday')).toEqual({ gold: 0, found: 0, valued: 0, right: 0, spurious: 1 });
  });

  it('guesses the kind of a prediction from its value', () => {
    expect(kindOfPrediction(predicted(0, 1, { when: '2015-08-06T16:15' }))).toBe('time');
    expect(kindOfPrediction(predicted(0, 1, { calendar: 'islamic-umalqura', whenCustom: '1436-09' }))).toBe(
      'hijri-month',
    );
    expect(kindOfPrediction(predicted(0, 1, { from: '2015-07-08', to: '2015-07-16' }))).toBe('range');
    expect(kindOfPrediction(predicted(0, 1, { when: '2015-09' }))).toBe('month');
  });
});
