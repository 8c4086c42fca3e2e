import type { Certainty, DateMention } from '@warraq/schema';
import type { Anaphor } from './anaphora.js';
import type { MonthSystem } from './months.js';

/** A date found in a block's view; offsets are view offsets. */
export interface DateMatch {
  start: number;
  end: number;
  calendar: DateMention['calendar'];
  when?: string;
  from?: string;
  to?: string;
  whenCustom?: string;
  relative?: NonNullable<DateMention['relative']>;
  certainty: Certainty;
  /** set on a date that takes its value from an earlier one (see anaphora.ts), with its number */
  refersTo?: Anaphor;
  /** a time in a zone with summer time: its IANA name, until the day gives the offset (zones.ts) */
  timeZone?: string;
  n?: number;
  /** what kind of expression it was: for evaluation and debugging, not part of the model */
  system: MonthSystem | 'numeric' | 'year' | 'relative' | 'weekday' | 'time' | 'range';
}

export const B = '(?<=^|[^\\p{L}\\p{M}\\p{N}]|(?:^|[^\\p{L}\\p{M}])[وبلف])';
export const E = '(?![\\p{L}\\p{M}\\p{N}])';
