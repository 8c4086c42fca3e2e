import { type EntityKind, type WarraqDocument, walkInlines } from '@warraq/schema';
import { anchor, type FontStack, heading, keepWithNext, paragraph, type TextSpan } from '@warraq/typeset';
import type { Content } from 'pdfmake/interfaces.js';
import { pageNumber } from '../definition.js';
import { COLOUR, MEASURE, SIZE } from '../design.js';

/** Where a name is mentioned: its block's anchor, and its article's for a block set without one (the standfirst). */
export interface Mention {
  readonly block: string;
  readonly article: string;
}

/** A name in the index and the blocks that mention it, in document order. */
export interface IndexEntry {
  readonly name: string;
  readonly mentions: Mention[];
}

export type NameIndex = Record<EntityKind, IndexEntry[]>;

/** The anchor of a block of article `k` (the digest puts one on every block that mentions a name). */
export function blockAnchor(k: number, blockId: string): string {
  return `a${k}-${blockId}`;
}

/**
 * People, organisations and places across the digest's articles, by the name the parser chose as
 * main, each with the blocks that mention it; sorted in Arabic alphabetical order.
 */
export function nameIndex(docs: readonly WarraqDocument[], articleAnchor: (k: number) => string): NameIndex {
  const byKey = new Map<string, { kind: EntityKind; entry: IndexEntry }>();
  docs.forEach((doc, k) => {
    const names = new Map(
      doc.entities.map((e) => [e.id, (e.names.find((n) => n.type === 'main') ?? e.names[0])!.text]),
    );
    for (const block of doc.blocks)
      walkInlines(block.content, (node) => {
        if (node.type !== 'mention') return;
        const name = names.get(node.ref);
        if (name === undefined) return;
        const key = `${node.entityKind}\u0000${name}`;
        let found = byKey.get(key);
        if (found === undefined) {
          found = { kind: node.entityKind, entry: { name, mentions: [] } };
          byKey.set(key, found);
        }
        const at = blockAnchor(k, block.id);
        if (found.entry.mentions.at(-1)?.block !== at)
          found.entry.mentions.push({ block: at, article: articleAnchor(k) });
      });
  });
  const index: NameIndex = { person: [], organisation: [], place: [] };
  for (const { kind, entry } of byKey.values()) index[kind].push(entry);
  const collator = new Intl.Collator('ar');
  for (const list of Object.values(index)) list.sort((a, b) => collator.compare(a.name, b.name));
  return index;
}

const SECTIONS: [EntityKind, string][] = [
  ['person', 'الأشخاص'],
  ['organisation', 'المنظمات'],
  ['place', 'الأماكن'],
];

/**
 * The closing index: one section per kind, each name followed by the pages it occurs on, each page
 * a link to the first block on that page that mentions it.
 */
export function indexPages(
  stack: FontStack,
  index: NameIndex,
  pageOf: (anchor: string) => number | undefined,
): Content[] {
  const out: Content[] = [
    anchor(heading(stack, 'فهرس الأعلام', { width: MEASURE, fontSize: SIZE.body, level: 1 }), {
      name: 'index',
      outline: 'فهرس الأعلام',
    }),
  ];
  for (const [kind, label] of SECTIONS) {
    const entries = index[kind].map((e) => indexLine(stack, e, pageOf));
    if (entries.length === 0) continue;
    const [first, ...rest] = entries;
    out.push(
      keepWithNext(heading(stack, label, { width: MEASURE, fontSize: SIZE.body, level: 2 }), {
        stack: [first!],
      }),
    );
    out.push(...rest);
  }
  return out;
}

function indexLine(stack: FontStack, e: IndexEntry, pageOf: (anchor: string) => number | undefined): Content {
  const firstOnPage = new Map<number, string>();
  for (const m of e.mentions) {
    const target = pageOf(m.block) !== undefined ? m.block : m.article;
    const page = pageOf(target);
    if (page !== undefined && !firstOnPage.has(page)) firstOnPage.set(page, target);
  }
  const spans: TextSpan[] = [{ text: e.name, keep: true }, { text: '  ' }];
  const pages = [...firstOnPage].sort(([p], [q]) => p - q);
  // a first layout has no pages yet: a placeholder per mention keeps the lines about as long
  if (pages.length === 0) spans.push({ text: e.mentions.map(() => '٠٠').join('، '), color: COLOUR.link });
  pages.forEach(([page, target], k) => {
    if (k > 0) spans.push({ text: '، ', color: COLOUR.muted });
    spans.push({ text: pageNumber(page), color: COLOUR.link, link: `#${target}` });
  });
  return paragraph(
    stack,
    spans,
    { width: MEASURE, fontSize: SIZE.small, align: 'start', direction: 'rtl', lineHeight: 1.05 },
    [0, 0, 0, 1],
  );
}
