import { type Diagnostic, LineIndex } from '@warraq/schema';

export type Severity = Diagnostic['severity'];

/**
 * Turns code-unit offsets in the received text into located diagnostics (file:line:column, as
 * editors show them), with @warraq/schema's LineIndex: one definition of lines and columns for
 * every package.
 */
export class Locator extends LineIndex {
  constructor(
    text: string,
    readonly fileName: string,
  ) {
    super(text);
  }

  /** A diagnostic at `offset`; with `extra.end`, about the range [offset, end). */
  diagnostic(
    code: string,
    severity: Severity,
    message: string,
    offset: number,
    extra: { byteOffset?: number; end?: number } = {},
  ): Diagnostic {
    const d: Diagnostic = {
      code,
      severity,
      message,
      file: this.fileName,
      ...this.at(offset),
      offset: this.clamp(offset),
    };
    if (extra.end !== undefined) {
      const end = this.clamp(Math.max(offset, extra.end));
      const to = this.at(end);
      d.endLine = to.line;
      d.endColumn = to.column;
      d.endOffset = end;
    }
    if (extra.byteOffset !== undefined) d.byteOffset = extra.byteOffset;
    return d;
  }
}

/** A diagnostic about the input as a whole (or before there is any text), placed at its start. */
export function fileDiagnostic(
  code: string,
  severity: Severity,
  message: string,
  fileName: string,
): Diagnostic {
  return { code, severity, message, file: fileName, line: 1, column: 1 };
}
