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

/** 1-based line and column (in code points) of a code-unit offset in a text. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  let column = 1;
  for (let i = lineStart; i < end; i++) {
    const c = text.charCodeAt(i);
    // count a surrogate pair once: columns are in characters, as editors show them
    if (c < 0xdc00 || c > 0xdfff) column++;
  }
  return { line, column };
}
