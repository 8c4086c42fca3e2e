import type { Ymd } from '../src/dates/calendar.js';
import { type DateContext, findDates } from '../src/dates/recognise.js';
import { normalise } from '../src/normalise/normalise.js';

/** Dates in a sentence, as the text they cover and their values, the way a reader would check them. */
export function datesInSentence(sentence: string, published: Ymd | null, context: DateContext = {}) {
  const view = normalise(sentence).view;
  return findDates(view.text, published ?? undefined, context).map((d) => ({
    text: sentence.slice(view.toOriginalStart(d.start), view.toOriginalEnd(d.end)),
    when: d.when,
    from: d.from,
    to: d.to,
    custom: d.whenCustom,
    calendar: d.calendar,
    certainty: d.certainty,
    relative: d.relative?.expression,
  }));
}
