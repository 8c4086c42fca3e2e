/**
 * Offsets → the line and column editors show. One implementation for every package that reports
 * a location (the parser over received text, the TEI reader over XML, the metadata readers), so a
 * column means the same thing in every diagnostic Warraq prints.
 *
 * Lines end at LF, CRLF or a lone CR. Columns are 1-based and count characters: a surrogate pair
 * once, as editors count them. Offsets are UTF-16 code units, clamped to the text.
 */
export interface LineColumn {
  line: number;
  column: number;
}

/** A located range: where it starts and where it ends (the end is exclusive, as in a span). */
export interface LineColumnRange extends LineColumn {
  endLine: number;
  endColumn: number;
}

const LF = 0x0a;
const CR = 0x0d;

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * The line starts of a text, indexed once, so locating many offsets in a long text stays cheap
 * (a binary search per offset, and a count of characters from the line start).
 */
export class LineIndex {
  private readonly lineStarts: number[] = [0];
  // Diagnostics mostly come in reading order: counting resumes from the last offset located on the
  // same line, so thousands of them on one very long line stay linear.
  private last = { line: 0, offset: 0, column: 1 };

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) this.lineStarts.push(i + 1);
    }
  }

  /** `offset` clamped into [0, text.length]. */
  clamp(offset: number): number {
    return Math.max(0, Math.min(offset, this.text.length));
  }

  at(offset: number): LineColumn {
    const end = this.clamp(offset);
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= end) lo = mid;
      else hi = mid - 1;
    }
    const line = lo + 1;
    const resume = this.last.line === line && this.last.offset <= end;
    let column = resume ? this.last.column : 1;
    for (let i = resume ? this.last.offset : (this.lineStarts[lo] ?? 0); i < end; i++) {
      if (!isLowSurrogate(this.text.charCodeAt(i))) column++;
    }
    this.last = { line, offset: end, column };
    return { line, column };
  }

  /** Start and end of the half-open range [start, end). */
  range(start: number, end: number): LineColumnRange {
    const from = this.at(start);
    const to = this.at(Math.max(start, end));
    return { ...from, endLine: to.line, endColumn: to.column };
  }
}

/** 1-based line and column (in characters) of a code-unit offset in a text. */
export function lineColumnAt(text: string, offset: number): LineColumn {
  return new LineIndex(text).at(offset);
}
