import { z } from 'zod';

/**
 * A half-open range [start, end) of UTF-16 code units in `source.text`, the decoded received text
 * before any normalisation. Every block and inline node carries one, so anything recognised can be
 * traced back to exactly what was received.
 */
export const Span = z
  .object({
    start: z.int().nonnegative(),
    end: z.int().nonnegative(),
  })
  .refine((s) => s.end >= s.start, { message: 'span end must not precede its start' });
export type Span = z.infer<typeof Span>;
