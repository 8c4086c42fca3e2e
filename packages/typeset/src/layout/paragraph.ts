import type { FontStack } from '../fonts/font-stack.js';
import { analyse } from './analyse.js';
import { adjustmentRatio, breakGreedy, breakOptimal, SPACE_SHRINK, SPACE_STRETCH } from './breaking.js';
import { buildPieces, justifyPieces, placedWidth } from './build-line.js';
import { applyKashida } from './kashida.js';
import { segment } from './segments.js';
import type { LaidOutLine, LaidOutParagraph, LayoutDiagnostic, ParagraphOptions, TextSpan } from './types.js';

/**
 * Lay out one paragraph: bidi levels and mirroring, break opportunities, line breaking, per-line
 * reordering and justification. Pure: the result is plain data (see `toPdfmake` to draw it).
 */
export function layoutParagraph(
  content: string | readonly TextSpan[],
  stack: FontStack,
  options: ParagraphOptions,
): LaidOutParagraph {
  const spans = typeof content === 'string' ? [{ text: content }] : content;
  const a = analyse(spans, stack, options);
  const segs = segment(a, options.width);
  const breaks =
    (options.breaking ?? 'optimal') === 'optimal'
      ? breakOptimal(segs, options.width)
      : breakGreedy(segs, options.width);
  const align = options.align ?? 'justify';
  const lines: LaidOutLine[] = breaks.map((b, index) => {
    const start = segs[b.first]!.start;
    const end = segs[b.last]!.contentEnd;
    const pieces = buildPieces(a, start, end);
    const naturalWidth = pieces.reduce((s, p) => s + p.width, 0);
    const lastOfParagraph = index === breaks.length - 1 || segs[b.last]!.forced;
    const justify = align === 'justify' && !lastOfParagraph;
    const spaces = pieces.reduce((s, p) => s + (p.isSpace ? p.width : 0), 0);
    const ratio = justify
      ? adjustmentRatio(
          { natural: naturalWidth, stretch: spaces * SPACE_STRETCH, shrink: spaces * SPACE_SHRINK },
          options.width,
        )
      : 0;
    const lengthened =
      justify && options.kashida === true ? applyKashida(pieces, stack, options.width) : pieces;
    const finalPieces = justify ? justifyPieces(lengthened, options.width) : pieces;
    return {
      pieces: finalPieces,
      start,
      end,
      width: finalPieces.reduce((s, p) => s + placedWidth(p), 0),
      naturalWidth,
      ratio,
      justified: justify && spaces > 0,
    };
  });
  return {
    text: a.text,
    direction: a.direction,
    lines,
    diagnostics: overfull(lines, a.text, options.width),
    options: {
      width: options.width,
      fontSize: options.fontSize,
      direction: options.direction ?? 'auto',
      align,
      breaking: options.breaking ?? 'optimal',
      lineHeight: options.lineHeight ?? 1.1,
      kashida: options.kashida ?? false,
      color: options.color,
    },
  };
}

/** Lines still wider than the measure (a piece that cannot be cut without changing its shapes). */
function overfull(lines: readonly LaidOutLine[], text: string, width: number): LayoutDiagnostic[] {
  const out: LayoutDiagnostic[] = [];
  for (const line of lines) {
    const drawn = line.width;
    if (drawn <= width + OVERFULL_TOLERANCE) continue;
    const excess = drawn - width;
    out.push({
      code: 'OVERFULL_LINE',
      severity: 'warning',
      start: line.start,
      end: line.end,
      excess,
      message: `"${text.slice(line.start, line.end)}" runs ${excess.toFixed(1)} pt past the measure (${width.toFixed(1)} pt): it cannot be cut without changing letter shapes`,
    });
  }
  return out;
}

/** Widths within this many points of the measure are not reported (rounding of glyph advances). */
const OVERFULL_TOLERANCE = 0.01;
