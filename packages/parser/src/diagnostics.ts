import type { Diagnostic } from '@warraq/schema';

export type Severity = Diagnostic['severity'];

/**
 * Turns code-unit offsets into the file:line:column form editors use. Line starts are indexed once,
 * so locating many diagnostics in a long article stays cheap. Lines end at LF, CRLF or a lone CR,
 * and columns count characters (a surrogate pair once), as `lineColumnAt` in @warraq/schema does.
 */
export class Locator {
  private readonly lineStarts: number[] = [0];
  private last = { line: 0, offset: 0, column: 1 };

  constructor(
    private readonly text: string,
    readonly fileName: string,
  ) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) this.lineStarts.push(i + 1);
    }
  }

  at(offset: number): { line: number; column: number } {
    const end = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= end) lo = mid;
      else hi = mid - 1;
    }
    const lineStart = this.lineStarts[lo] ?? 0;
    // diagnostics mostly come in reading order: continue counting from the last one on this line,
    // so thousands of them on one very long line stay linear
    const resume = this.last.line === lo + 1 && this.last.offset <= end;
    let column = resume ? this.last.column : 1;
    for (let i = resume ? this.last.offset : lineStart; i < end; i++) {
      const c = this.text.charCodeAt(i);
      if (c < 0xdc00 || c > 0xdfff) column++;
    }
    this.last = { line: lo + 1, offset: end, column };
    return { line: lo + 1, column };
  }

  diagnostic(
    code: string,
    severity: Severity,
    message: string,
    offset: number,
    extra: { byteOffset?: number } = {},
  ): Diagnostic {
    const where = this.at(offset);
    const d: Diagnostic = {
      code,
      severity,
      message,
      file: this.fileName,
      ...where,
      offset: Math.max(0, Math.min(offset, this.text.length)),
    };
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
