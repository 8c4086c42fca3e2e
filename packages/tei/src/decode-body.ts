import type { Block, Certainty, DateMention, Inline } from '@warraq/schema';
import { BLOCK_ELEMENT } from './body.js';
import { TEI_NS } from './options.js';
import { attr, describe, elementsOf, fail, localRef, requireAttr, unrepresentableOf } from './tei-tree.js';
import type { XmlElement } from './xml-reader.js';
import { decodeToken } from './xml-text.js';

export interface BodyContext {
  /** text of source.text so far; blocks and separators append to it */
  text: string;
  roles: ReadonlyMap<string, string>;
  calendars: ReadonlyMap<string, string>;
  separators: readonly string[];
  completeBlocks: ReadonlySet<string>;
}

const KIND_OF = new Map(
  Object.entries(BLOCK_ELEMENT).map(([kind, [name, type]]) => [
    `${name}|${type ?? ''}`,
    kind as Block['kind'],
  ]),
);
const QUOTATION_KIND: Record<string, (el: XmlElement) => string> = {
  quote: () => 'attributed',
  soCalled: () => 'scare',
  q: (el) => attr(el, 'type') ?? 'quoted',
};
const MENTION_KIND = { persName: 'person', orgName: 'organisation', placeName: 'place' } as const;

function marks(el: XmlElement): { open: string; close: string } {
  const m = /^open\(([^()\s]*)\) close\(([^()\s]*)\)$/.exec(attr(el, 'rend') ?? '');
  if (!m)
    fail(
      el,
      'TEI_VALUE',
      `${describe(el)} needs rend="open(…) close(…)" with the quotation marks as received`,
    );
  return { open: decodeToken(m[1] ?? ''), close: decodeToken(m[2] ?? '') };
}

function readDate(el: XmlElement, ctx: BodyContext): Omit<DateMention, 'span' | 'content'> {
  const calendarRef = attr(el, 'calendar');
  let calendar = 'gregorian';
  if (calendarRef !== undefined) {
    const c = ctx.calendars.get(localRef(el, 'calendar'));
    if (c === undefined)
      fail(el, 'TEI_POINTER', `@calendar="${calendarRef}" does not point at a calendar in calendarDesc`);
    calendar = c;
  }
  const d: Record<string, unknown> = { type: 'date', calendar };
  const when = attr(el, 'when');
  if (when !== undefined) {
    // Warraq writes times to the minute with :00 seconds (see encodeWhen); other seconds are not its TEI
    const m = /^(.*\d{2}:\d{2}):(\d{2})(Z|[+-]\d{2}:\d{2})?$/.exec(when);
    if (m && m[2] !== '00')
      fail(
        el,
        'TEI_VALUE',
        `${describe(el)} has @when="${when}": Warraq's TEI gives times to the minute (seconds :00)`,
      );
    d.when = m ? `${m[1]}${m[3] ?? ''}` : when;
  }
  const from = attr(el, 'from') ?? attr(el, 'from-iso');
  if (from !== undefined) d.from = from;
  const to = attr(el, 'to') ?? attr(el, 'to-iso');
  if (to !== undefined) d.to = to;
  const custom = attr(el, 'when-custom');
  if (custom !== undefined) d.whenCustom = custom;
  if (attr(el, 'type') === 'relative') {
    const relative: Record<string, unknown> = { expression: decodeToken(requireAttr(el, 'subtype')) };
    const dur = attr(el, 'dur-iso') ?? attr(el, 'dur');
    if (dur !== undefined) relative.offset = dur;
    relative.anchor = 'publication';
    d.relative = relative;
  }
  d.certainty = (attr(el, 'cert') ?? 'high') as Certainty;
  return d as Omit<DateMention, 'span' | 'content'>;
}

function inlineHead(el: XmlElement, ctx: BodyContext): Record<string, unknown> {
  if (el.name in QUOTATION_KIND) {
    const q: Record<string, unknown> = {
      type: 'quotation',
      kind: QUOTATION_KIND[el.name]?.(el),
      ...marks(el),
    };
    if (attr(el, 'source') !== undefined) q.speaker = localRef(el, 'source');
    return q;
  }
  if (el.name === 'date' || el.name === 'time') return readDate(el, ctx);
  if (el.name === 'num')
    return { type: 'number', kind: requireAttr(el, 'type'), value: requireAttr(el, 'value') };
  if (el.name in MENTION_KIND) {
    const m: Record<string, unknown> = {
      type: 'mention',
      entityKind: MENTION_KIND[el.name as keyof typeof MENTION_KIND],
      ref: localRef(el, 'ref'),
    };
    if (attr(el, 'ana') !== undefined) {
      const role = ctx.roles.get(localRef(el, 'ana'));
      if (role === undefined)
        fail(el, 'TEI_POINTER', `@ana="${attr(el, 'ana')}" does not point at a role (interp) in standOff`);
      m.role = role;
    }
    return m;
  }
  fail(el, 'TEI_UNSUPPORTED', `<${el.name}> is not part of Warraq's TEI inside a block`);
}

/** Mixed content → inline nodes with spans; adjacent text (and recorded characters) make one text node. */
function readInlines(
  parent: XmlElement,
  ctx: BodyContext,
  allowGap: boolean,
): { content: Inline[]; truncated: boolean } {
  const content: Inline[] = [];
  let truncated = false;
  let pending: { start: number; text: string } | undefined;
  const flush = () => {
    if (pending && pending.text !== '')
      content.push({
        type: 'text',
        span: { start: pending.start, end: pending.start + pending.text.length },
        text: pending.text,
      });
    pending = undefined;
  };
  const addText = (t: string) => {
    if (truncated)
      fail(parent, 'TEI_UNSUPPORTED', 'text after gap reason="truncated": the gap must end its block');
    pending ??= { start: ctx.text.length, text: '' };
    pending.text += t;
    ctx.text += t;
  };
  for (const c of parent.children) {
    if (c.kind === 'text') {
      addText(c.text);
      continue;
    }
    if (c.name === 'g') {
      addText(unrepresentableOf(c));
      continue;
    }
    flush();
    if (c.namespace !== TEI_NS) fail(c, 'TEI_NAMESPACE', `<${c.name}> is not in the TEI namespace`);
    if (c.name === 'gap' && allowGap && attr(c, 'reason') === 'truncated') {
      truncated = true;
      continue;
    }
    if (truncated)
      fail(c, 'TEI_UNSUPPORTED', 'content after gap reason="truncated": the gap must end its block');
    const head = inlineHead(c, ctx);
    const start = ctx.text.length;
    const inner = readInlines(c, ctx, false);
    content.push({ ...head, span: { start, end: ctx.text.length }, content: inner.content } as Inline);
  }
  flush();
  return { content, truncated };
}

function readBlock(el: XmlElement, ctx: BodyContext, index: number): Block {
  const kind = KIND_OF.get(`${el.name}|${attr(el, 'type') ?? ''}`);
  if (kind === undefined) fail(el, 'TEI_UNSUPPORTED', `${describe(el)} is not a block of Warraq's TEI`);
  const id = attr(el, 'xml:id');
  if (id === undefined) fail(el, 'TEI_MISSING', `${describe(el)} needs an xml:id`);
  ctx.text += ctx.separators[index] ?? '';
  const start = ctx.text.length;
  const { content, truncated } = readInlines(el, ctx, true);
  const block: Block = { id, kind, span: { start, end: ctx.text.length }, content };
  const lang = attr(el, 'xml:lang');
  if (lang !== undefined) block.lang = lang;
  if (truncated) block.truncated = true;
  else if (ctx.completeBlocks.has(id)) block.truncated = false;
  return block;
}

/** The blocks of `<body>` in document order, however the divs nest. */
export function readBody(body: XmlElement, ctx: BodyContext): Block[] {
  const blocks: Block[] = [];
  const walk = (container: XmlElement) => {
    for (const el of elementsOf(container)) {
      if (el.name === 'div') walk(el);
      else if (el.name === 'gap' && attr(el, 'reason') === 'empty') continue;
      else blocks.push(readBlock(el, ctx, blocks.length));
    }
  };
  walk(body);
  if (ctx.separators.length !== blocks.length + 1)
    fail(
      body,
      'TEI_RECORD',
      `the record holds ${ctx.separators.length} separators for ${blocks.length} blocks (expected one more than blocks)`,
    );
  ctx.text += ctx.separators[blocks.length] ?? '';
  return blocks;
}
