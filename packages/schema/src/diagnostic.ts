import { z } from 'zod';

/**
 * A message about the input, located the way editors locate things: file, 1-based line and column.
 * `code` is stable (tests and users may match on it); `message` is for people.
 */
export const Diagnostic = z.object({
  code: z.string().regex(/^[A-Z][A-Z0-9_]*$/, { message: 'codes are UPPER_SNAKE_CASE' }),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string().min(1),
  file: z.string().optional(),
  line: z.int().positive(),
  column: z.int().positive(),
  offset: z.int().nonnegative().optional().describe('code-unit offset in source.text'),
  byteOffset: z.int().nonnegative().optional().describe('offset in the received bytes'),
  // Where the located thing ends (exclusive), when it is a range rather than a point; optional, so
  // diagnostics that only know a start stay valid.
  endLine: z.int().positive().optional(),
  endColumn: z.int().positive().optional(),
  endOffset: z.int().nonnegative().optional().describe('code-unit offset in source.text, exclusive'),
});
export type Diagnostic = z.infer<typeof Diagnostic>;

/** "file:line:column: severity CODE: message", the form compilers use, so editors can jump to it. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file ?? '<input>'}:${d.line}:${d.column}: ${d.severity} ${d.code}: ${d.message}`;
}
