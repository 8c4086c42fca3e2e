import type { Block, WarraqDocument } from '@warraq/schema';
import { encodeInlines, type InlineContext } from './inlines.js';
import type { Attributes, XmlWriter } from './xml-writer.js';

/** Element and @type for each block kind; `ab` (anonymous block) carries the kinds TEI has no place for mid-div. */
export const BLOCK_ELEMENT: Record<Block['kind'], readonly [string, string | undefined]> = {
  headline: ['head', 'main'],
  subheading: ['head', 'sub'],
  paragraph: ['p', undefined],
  lead: ['ab', 'lead'],
  dateline: ['ab', 'dateline'],
  byline: ['ab', 'byline'],
  caption: ['ab', 'caption'],
};

export const TRUNCATION_GAP = '<gap reason="truncated"/>';

function writeBlock(w: XmlWriter, b: Block, ctx: InlineContext): void {
  const [name, type] = BLOCK_ELEMENT[b.kind];
  const attributes: Attributes = [
    ['xml:id', ctx.ids.of(b.id)],
    ['type', type],
    ['xml:lang', b.lang],
  ];
  const inner = encodeInlines(b.content, ctx) + (b.truncated === true ? TRUNCATION_GAP : '');
  w.mixed(name, attributes, inner);
}

/**
 * The body: one `div type="article"`; every subheading opens a nested `div type="section"` that
 * runs to the next one (TEI allows no paragraph after a nested div, so once sections start every
 * block is in one). A `head` must open its div: a headline that follows other content opens a
 * section of its own. The decoder reads blocks back in document order, whatever the nesting.
 */
export function writeBody(w: XmlWriter, doc: WarraqDocument, ctx: InlineContext): void {
  w.open('body');
  w.open('div', [
    ['type', 'article'],
    ['xml:id', ctx.ids.invent('article')],
  ]);
  let inSection = false;
  let divHasContent = false;
  let divCount = 0;
  const startSection = () => {
    if (inSection) w.close('div');
    divCount++;
    w.open('div', [
      ['type', 'section'],
      ['xml:id', ctx.ids.invent(`section-${divCount}`)],
    ]);
    inSection = true;
    divHasContent = false;
  };
  for (const b of doc.blocks) {
    const isHead = b.kind === 'headline' || b.kind === 'subheading';
    if (b.kind === 'subheading' || (isHead && divHasContent)) startSection();
    writeBlock(w, b, ctx);
    if (!isHead) divHasContent = true;
  }
  if (inSection) w.close('div');
  if (doc.blocks.length === 0) w.empty('gap', [['reason', 'empty']]);
  w.close('div');
  w.close('body');
}
