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

/** A signed ISO 8601 duration such as P2D, -P1W, -P1M or P1Y. */
export const IsoDuration = z
  .string()
  .regex(/^-?P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?$/, { message: 'must be an ISO 8601 duration such as -P2D' })
  .describe('Signed ISO 8601 duration');

/** How sure we are of a value: the TEI @cert vocabulary. */
export const Certainty = z.enum(['high', 'medium', 'low', 'unknown']);
export type Certainty = z.infer<typeof Certainty>;
