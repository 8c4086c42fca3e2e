import { z } from 'zod';

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * An ISO 8601 calendar date at year, month or day precision (YYYY, YYYY-MM, YYYY-MM-DD),
 * checked against the real calendar so 2021-02-30 is refused.
 */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo === undefined) return true;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  const last = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return day >= 1 && day <= last;
}

export const IsoDate = z
  .string()
  .refine(isIsoDate, {
    message: 'must be an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date)',
  })
  .describe('ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)');

const TIME = '([01]\\d|2[0-3]):[0-5]\\d(Z|[+-](0\\d|1[0-4]):[0-5]\\d)?';
const DATE_TIME = new RegExp(`^(\\d{4}-\\d{2}-\\d{2})T${TIME}$`);
const TIME_ONLY = new RegExp(`^${TIME}$`);

/**
 * A date as isIsoDate, a date with a time of day to the minute (2015-08-03T07:38, with the zone
 * when the text states one: Z or ±hh:mm), or a time of day alone when the text gives no day.
 */
export function isIsoTemporal(value: string): boolean {
  if (isIsoDate(value) || TIME_ONLY.test(value)) return true;
  const m = DATE_TIME.exec(value);
  return m !== null && isIsoDate(m[1] as string);
}

export const IsoTemporal = z
  .string()
  .refine(isIsoTemporal, {
    message:
      'must be an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD), a date and time (YYYY-MM-DDThh:mm, zone Z or ±hh:mm optional) or a time (hh:mm)',
  })
  .describe('ISO 8601 date, date and time to the minute, or time of day');

/** A signed ISO 8601 duration such as P2D, -P1W, -P1M or P1Y. */
export const IsoDuration = z
  .string()
  .regex(/^-?P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?$/, { message: 'must be an ISO 8601 duration such as -P2D' })
  .describe('Signed ISO 8601 duration');

/** How sure we are of a value: the TEI @cert vocabulary. */
export const Certainty = z.enum(['high', 'medium', 'low', 'unknown']);
export type Certainty = z.infer<typeof Certainty>;
