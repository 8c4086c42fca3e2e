import type { Content, ContentText } from 'pdfmake/interfaces.js';
import type { LaidOutLine, LaidOutParagraph, LinePiece } from '../layout/types.js';
import { type InlineSource, SOURCE_KEY } from './line-renderer.js';
import type { BlockRole } from './structure.js';

/**
 * pdfmake content for a laid-out paragraph: a stack of pre-broken lines, each one `noWrap` text
 * aligned to the paragraph's start side, its inlines in visual order left to right. pdfmake then
 * only places what was decided here (it cannot break or reorder RTL text itself).
 */
export function toPdfmake(
  paragraph: LaidOutParagraph,
  extra: Partial<ContentText> = {},
  role: BlockRole = 'P',
): Content {
  const { options } = paragraph;
  const alignment = lineAlignment(paragraph);
  const block: Block = { id: nextBlock++, role };
  return {
    stack: paragraph.lines.map((line) =>
      lineContent(line, alignment, options.lineHeight, options.color, block),
    ),
    ...(extra as object),
  };
}

/** Ids only tell blocks apart while a document is drawn; they never reach the PDF. */
let nextBlock = 0;
interface Block {
  readonly id: number;
  readonly role: BlockRole;
}

function lineAlignment(p: LaidOutParagraph): 'left' | 'right' | 'center' {
  const rtl = p.direction === 'rtl';
  switch (p.options.align) {
    case 'center':
      return 'center';
    case 'end':
      return rtl ? 'left' : 'right';
    default:
      return rtl ? 'right' : 'left';
  }
}

function lineContent(
  line: LaidOutLine,
  alignment: 'left' | 'right' | 'center',
  lineHeight: number,
  color: string | undefined,
  block: Block,
): ContentText {
  // An empty line still takes its height (pdfmake drops empty text).
  const inlines =
    line.pieces.length > 0 ? line.pieces.map((p) => inline(p, color, block)) : [{ text: '\u00a0' }];
  return { text: inlines, noWrap: true, alignment, lineHeight };
}

function inline(p: LinePiece, color: string | undefined, block: Block): ContentText {
  const source: InlineSource = {
    actual: p.isSpace ? ' ' : p.source,
    start: p.start,
    level: p.level,
    isSpace: p.isSpace,
    block: block.id,
    role: block.role,
  };
  const node: ContentText = { text: p.text, font: p.family, fontSize: p.fontSize };
  (node as unknown as Record<string, unknown>)[SOURCE_KEY] = source;
  if (p.bold) node.bold = true;
  if (p.italics) node.italics = true;
  const c = p.color ?? color;
  if (c !== undefined) node.color = c;
  if (p.link !== undefined) node.link = p.link;
  if (p.characterSpacing !== 0) node.characterSpacing = p.characterSpacing;
  return node;
}
