import type { Block, WarraqDocument } from '@warraq/schema';
import { anchor, type FontStack, heading, keepWithNext, type LineStack, paragraph } from '@warraq/typeset';
import type { Content } from 'pdfmake/interfaces.js';
import { archivistNote, standfirstOf } from './article-head.js';
import { COLOUR, MEASURE, SIZE } from './design.js';
import { inlineSpans } from './inline-spans.js';

export interface BodyOptions {
  /** lengthen words with tatweel on justified lines (Naskh kashida) */
  readonly kashida: boolean;
  /** set at most this many characters of the article (a brief of a 5 MB text is not a brief) */
  readonly maxChars: number;
  /** a named destination for a block, when the caller wants to link to it (a digest's index) */
  readonly anchorOf?: (block: Block) => string | undefined;
  /** called after each block is laid out with the characters set so far and the characters to set (progress for long articles) */
  readonly onBlock?: (done: number, total: number) => void;
}

/**
 * The article's blocks as pdfmake content: subheadings kept with what follows, the standfirst left
 * out (it is set in the head), datelines, bylines and captions small, paragraphs justified. Past
 * `maxChars` the rest is left out with an archivist's note that says how much.
 */
export function articleBody(doc: WarraqDocument, stack: FontStack, options: BodyOptions): Content[] {
  const out: Content[] = [];
  let pendingHeading: Content | undefined;
  let set = 0;
  const standfirst = standfirstOf(doc);
  const blocks = doc.blocks.filter((b) => b !== standfirst && !(b.kind === 'headline' && isTheTitle(doc, b)));
  let shown = 0;
  const budget = Math.min(
    options.maxChars,
    blocks.reduce((n, b) => n + b.span.end - b.span.start, 0),
  );
  for (const block of blocks) {
    if (set > 0 && set + (block.span.end - block.span.start) > options.maxChars) break;
    set += block.span.end - block.span.start;
    shown++;
    const content = blockContent(block, stack, options.kashida);
    const name = options.anchorOf?.(block);
    if (name !== undefined) anchor(content, { name });
    if (block.kind === 'headline' || block.kind === 'subheading') {
      if (pendingHeading !== undefined) out.push(pendingHeading);
      pendingHeading = content;
    } else if (pendingHeading !== undefined) {
      out.push(keepWithNext(pendingHeading, content));
      pendingHeading = undefined;
    } else out.push(content);
    options.onBlock?.(Math.min(set, budget), budget);
  }
  if (pendingHeading !== undefined) out.push(pendingHeading);
  options.onBlock?.(budget, budget);
  if (shown < blocks.length) {
    const left = blocks.slice(shown);
    const words = left.reduce((n, b) => n + countWords(doc.source.text.slice(b.span.start, b.span.end)), 0);
    out.push(
      archivistNote(
        stack,
        `اقتصر الموجز على أول ${shown} من ${blocks.length} فقرة؛ لم تُطبع ${words} كلمة بعدها. النص الكامل في سجل الأرشيف.`,
        [0, 6, 0, 0],
      ),
    );
  } else if (doc.blocks.at(-1)?.truncated === true)
    out.push(archivistNote(stack, 'ينتهي النص المستلم هنا: النسخة مقتطعة.', [0, 4, 0, 0]));
  return out;
}

/** A headline that is the brief's title already (no archivist's title, or the same words). */
function isTheTitle(doc: WarraqDocument, block: Block): boolean {
  const title = doc.metadata.title?.text;
  if (title === undefined) return true;
  const words = (s: string) => s.match(/[\p{L}\p{N}]+/gu)?.join(' ') ?? '';
  return words(doc.source.text.slice(block.span.start, block.span.end)) === words(title);
}

function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

function blockContent(block: Block, stack: FontStack, kashida: boolean): LineStack {
  const spans = inlineSpans(block.content);
  switch (block.kind) {
    case 'headline':
    case 'subheading':
      return heading(stack, spans, {
        width: MEASURE,
        fontSize: SIZE.body,
        level: block.kind === 'headline' ? 2 : 3,
      });
    case 'dateline':
    case 'byline':
    case 'caption':
      return paragraph(
        stack,
        inlineSpans(block.content, { color: COLOUR.muted }),
        { width: MEASURE, fontSize: SIZE.small, align: 'start' },
        [0, 0, 0, 6],
      );
    default:
      return paragraph(stack, spans, { width: MEASURE, fontSize: SIZE.body, kashida }, [0, 0, 0, 7]);
  }
}
