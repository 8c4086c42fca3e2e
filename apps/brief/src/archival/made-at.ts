import { reproducibleDate } from '@warraq/typeset';

/**
 * When a PDF is made, as its CreationDate says: SOURCE_DATE_EPOCH (seconds since 1970, UTC) when
 * set, so builds are reproducible; otherwise the clock. A SOURCE_DATE_EPOCH that is not a whole
 * number is an error rather than a silent fallback to the clock.
 */
export function madeAt(env: NodeJS.ProcessEnv, now: () => Date = () => new Date()): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return now();
  if (!/^\d+$/.test(epoch.trim()))
    throw new RangeError(`SOURCE_DATE_EPOCH must be whole seconds since 1970, not ${JSON.stringify(epoch)}`);
  return reproducibleDate({ SOURCE_DATE_EPOCH: epoch.trim() });
}
