/**
 * How many cases a slow property test runs. CI sets `WARRAQ_FULL=1` and runs the full count; a local
 * `npm test` runs a tenth of it (still a real property test, just a quicker one), so that the
 * 10,000-case round trip does not dominate an engineer's test loop.
 */
export const isFullRun = process.env.WARRAQ_FULL === '1';

export function propertyRuns(full: number): number {
  return isFullRun ? full : Math.max(100, Math.round(full / 10));
}
