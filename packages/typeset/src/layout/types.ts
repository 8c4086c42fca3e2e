/** A piece of styled text. A paragraph is a list of these; styles may change anywhere, even across bidi runs. */
export interface TextSpan {
  readonly text: string;
  readonly bold?: boolean;
  readonly italics?: boolean;
  /** any colour pdfmake accepts ('#1a5fb4', 'red') */
  readonly color?: string;
  /** points; defaults to the paragraph's */
  readonly fontSize?: number;
  /** URL this span links to, or `#name` for a named destination in the same PDF (see `withDestination`) */
  readonly link?: string;
  /**
   * Never break a line inside this span (a date, a number with its unit or scale word, a person's
   * name): its spaces stay spaces, but no line ends at them. Adjacent kept spans are kept as one.
   * A span wider than the measure is still cut where it must be, as any overlong word is.
   */
  readonly keep?: boolean;
}

export type Direction = 'rtl' | 'ltr';

export interface ParagraphOptions {
  /** the measure (line width) in points */
  readonly width: number;
  /** points */
  readonly fontSize: number;
  /** base direction; 'auto' takes it from the first strong character (UAX #9 P2–P3). Default 'auto'. */
  readonly direction?: Direction | 'auto';
  /** 'justify' (default) stretches spaces on every line but the last; 'start' / 'end' / 'center' do not. */
  readonly align?: 'justify' | 'start' | 'end' | 'center';
  /** 'optimal' (default): Knuth–Plass total-fit breaking; 'greedy': first fit. */
  readonly breaking?: 'optimal' | 'greedy';
  /** lengthen words with tatweel before widening spaces on justified lines (Naskh practice). Default false. */
  readonly kashida?: boolean;
  /** pdfmake lineHeight factor; Amiri's line box is tall, ~1.05–1.1 matches browsers. Default 1.1. */
  readonly lineHeight?: number;
  readonly color?: string;
}

/** One positioned piece of a laid-out line: a run of one font, one style and one bidi level. */
export interface LinePiece {
  /** the text handed to pdfkit (logical order for RTL-script runs; mirrored characters substituted) */
  readonly text: string;
  /** the source text this piece stands for, in logical order (what a reader should copy) */
  readonly source: string;
  /** UTF-16 offset of the piece's first source character in the paragraph text */
  readonly start: number;
  readonly end: number;
  readonly family: string;
  readonly bold: boolean;
  readonly italics: boolean;
  readonly fontSize: number;
  readonly color: string | undefined;
  readonly link: string | undefined;
  readonly level: number;
  readonly isSpace: boolean;
  /** drawn with mirrored glyphs (UAX #9 L4); copies as the characters as written */
  readonly mirrored: boolean;
  /** tatweels added for justification (never copied: they read as ZERO WIDTH JOINER) */
  readonly kashida?: number;
  /** width in points as pdfkit measures `text` (before characterSpacing) */
  readonly width: number;
  /** points added between characters (justified spaces only; see justifyPieces) */
  readonly characterSpacing: number;
}

/** A laid-out line: pieces in visual order, left to right. */
export interface LaidOutLine {
  readonly pieces: readonly LinePiece[];
  /** UTF-16 range of the paragraph text this line holds (trailing spaces excluded) */
  readonly start: number;
  readonly end: number;
  /** width after justification, points */
  readonly width: number;
  /** natural width before justification, points */
  readonly naturalWidth: number;
  /** how far spaces were stretched (>0) or shrunk (<0) relative to their stretchability; 0 when not justified */
  readonly ratio: number;
  readonly justified: boolean;
}

/**
 * Something the caller should know about a laid-out paragraph. `OVERFULL_LINE`: a line runs past
 * the measure because one piece of it could not be cut (an Arabic word-part wider than the measure:
 * cutting between joined letters would change their shapes); the text is all there, overflowing
 * on the end side.
 */
export interface LayoutDiagnostic {
  readonly code: 'OVERFULL_LINE';
  readonly severity: 'warning';
  /** UTF-16 range of the paragraph text the line holds */
  readonly start: number;
  readonly end: number;
  /** points past the measure */
  readonly excess: number;
  readonly message: string;
}

export interface LaidOutParagraph {
  readonly text: string;
  readonly direction: Direction;
  readonly lines: readonly LaidOutLine[];
  /** empty when every line fits the measure */
  readonly diagnostics: readonly LayoutDiagnostic[];
  readonly options: Required<Omit<ParagraphOptions, 'color'>> & { color: string | undefined };
}
