import type { Content } from 'pdfmake/interfaces.js';
import type { FontStack } from './fonts/font-stack.js';
import { layoutParagraph } from './layout/paragraph.js';
import type { ParagraphOptions, TextSpan } from './layout/types.js';
import { internalLinks } from './links.js';
import { guardLines, type LineStack } from './page-rules.js';
import { toPdfmake } from './pdf/emit.js';
import type { BlockRole } from './pdf/structure.js';

/**
 * Page composition helpers: everything an app puts on a page goes through the same RTL path
 * (layoutParagraph → toPdfmake), so an app never deals with bidi itself.
 */

export type Digits = 'latin' | 'arabic-indic';

/** A number in Latin (0-9) or Arabic-Indic (٠-٩) digits. */
export function formatNumber(n: number, digits: Digits = 'latin'): string {
  const latin = String(n);
  return digits === 'latin' ? latin : latin.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d)));
}

/**
 * A paragraph as pdfmake content: `layoutParagraph` then `toPdfmake`, its lines grouped so that
 * no page break leaves a widow or an orphan (see `guardLines`), and `#name` links turned into
 * links to named destinations (see `withDestination`).
 */
export function paragraph(
  stack: FontStack,
  content: string | readonly TextSpan[],
  options: ParagraphOptions,
  margin: [number, number, number, number] = [0, 0, 0, 0],
  role: BlockRole = 'P',
): LineStack {
  const lines = (toPdfmake(layoutParagraph(content, stack, options), {}, role) as { stack: Content[] }).stack;
  for (const line of lines) internalLinks(line);
  return { stack: guardLines(lines), margin };
}

/**
 * A heading: bold, larger (level 1: 1.6×, 2: 1.3×, 3: 1.1× the size given), set ragged on the start
 * side, never broken across pages. Keep it with what follows with `keepWithNext`.
 */
export function heading(
  stack: FontStack,
  content: string | readonly TextSpan[],
  options: Omit<ParagraphOptions, 'align'> & { level?: 1 | 2 | 3 },
): LineStack {
  const scale = [1.6, 1.3, 1.1][(options.level ?? 1) - 1]!;
  const spans = (typeof content === 'string' ? [{ text: content }] : content).map((s) => ({
    bold: true,
    ...s,
  }));
  const fontSize = options.fontSize * scale;
  const laid = paragraph(
    stack,
    spans,
    { ...options, fontSize, align: 'start', lineHeight: options.lineHeight ?? 1.05 },
    [0, fontSize * 0.4, 0, fontSize * 0.25],
    `H${options.level ?? 1}`,
  );
  return { ...laid, unbreakable: true };
}

export interface FurnitureOptions {
  /** page width in points (A4: 595.28) */
  readonly pageWidth: number;
  /** left and right page margins, points */
  readonly margins: readonly [number, number];
  readonly fontSize: number;
  readonly direction?: ParagraphOptions['direction'];
  readonly color?: string;
  /** running header, the same on every page */
  readonly header?: string | readonly TextSpan[];
  /** running footer; `page` and `pages` are already formatted in the chosen digits */
  readonly footer?: (page: string, pages: string) => string | readonly TextSpan[];
  readonly digits?: Digits;
  /** distance from the page edge to the header / footer text, points */
  readonly inset?: number;
}

/** pdfmake `header` and `footer` callbacks that set running text and page numbers through the RTL path. */
export function pageFurniture(
  stack: FontStack,
  options: FurnitureOptions,
): {
  header?: (currentPage: number, pageCount: number) => Content;
  footer?: (currentPage: number, pageCount: number) => Content;
} {
  const [left, right] = options.margins;
  const width = options.pageWidth - left - right;
  const inset = options.inset ?? 24;
  const common: ParagraphOptions = {
    width,
    fontSize: options.fontSize,
    align: 'center',
    lineHeight: 1,
    ...(options.direction !== undefined ? { direction: options.direction } : {}),
    ...(options.color !== undefined ? { color: options.color } : {}),
  };
  const out: ReturnType<typeof pageFurniture> = {};
  const { header, footer } = options;
  if (header !== undefined) {
    // running text is page furniture: an artifact, outside the structure tree
    const content = paragraph(stack, header, common, [left, inset, right, 0], 'Artifact');
    out.header = () => content;
  }
  if (footer !== undefined) {
    const digits = options.digits ?? 'latin';
    out.footer = (page, pages) =>
      paragraph(
        stack,
        footer(formatNumber(page, digits), formatNumber(pages, digits)),
        common,
        [left, 0, right, inset],
        'Artifact',
      );
  }
  return out;
}
