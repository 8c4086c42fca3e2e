import { type WarraqDocument, walkInlines } from '@warraq/schema';
import { anchor, type FontStack } from '@warraq/typeset';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { arabicDate, briefDate, type MonthStyle, monthStyleOf } from '../arabic-dates.js';
import { articleBody } from '../article-body.js';
import { articleHead, articleTitle, outletName } from '../article-head.js';
import { KASHIDA_DEFAULT, MAX_BRIEF_CHARS } from '../compose-brief.js';
import { type ArchivalChoice, archivalOf, publicationDefinition } from '../definition.js';
import { MEASURE, PUBLICATION, SIZE } from '../design.js';
import { factsPanel } from '../facts-panel.js';
import { contents } from './contents.js';
import { cover } from './cover.js';
import { blockAnchor, indexPages, type NameIndex } from './index-of-names.js';
import { oneLine } from './one-line.js';

export interface DigestOptions extends ArchivalChoice {
  readonly kashida?: boolean;
  /** the digest's date (ISO); default SOURCE_DATE_EPOCH's day, else today */
  readonly date?: string;
  /** called after each article is laid out */
  readonly onArticle?: (done: number, total: number) => void;
}

/** The anchor at the start of article `k`. */
export const articleAnchor = (k: number): string => `a${k}`;

/**
 * A digest of many articles as one pdfmake document: a cover, the contents, one section per article
 * (each on a new page, its title in the running header and in the PDF outline), and an index of
 * names. Page numbers come from `pageOf`, a first layout's pages (see renderDigest); without them
 * the numbers are placeholders of about the same width, so the pages come out the same.
 */
export function composeDigest(
  docs: readonly WarraqDocument[],
  stack: FontStack,
  index: NameIndex,
  pageOf: (anchor: string) => number | undefined,
  options: DigestOptions = {},
): TDocumentDefinitions {
  const style = digestMonthStyle(docs);
  const date = options.date ?? briefDate();
  const titles = docs.map(articleTitle);
  const content: Content[] = [
    ...cover(stack, docs, date, style),
    { text: '', pageBreak: 'after' },
    ...contents(
      stack,
      docs.map((doc, k) => {
        const detail = [
          outletName(doc),
          doc.metadata.published && arabicDate(doc.metadata.published.value, style),
        ]
          .filter((x) => x !== undefined)
          .join('، ');
        return { title: titles[k]!, target: articleAnchor(k), ...(detail !== '' ? { detail } : {}) };
      }),
      pageOf,
    ),
  ];
  docs.forEach((doc, k) => {
    const [title, ...head] = articleHead(doc, stack, monthStyleOf(doc));
    content.push({
      stack: [anchor(title!, { name: articleAnchor(k), outline: titles[k]! }), ...head],
      pageBreak: 'before',
    });
    const panel = factsPanel(doc, stack, monthStyleOf(doc));
    if (panel !== undefined) content.push(panel);
    const named = new Set(blocksWithNames(doc));
    content.push(
      ...articleBody(doc, stack, {
        kashida: options.kashida ?? KASHIDA_DEFAULT,
        maxChars: MAX_BRIEF_CHARS,
        anchorOf: (block) => (named.has(block.id) ? blockAnchor(k, block.id) : undefined),
      }),
    );
    options.onArticle?.(k + 1, docs.length);
  });
  content.push({ stack: indexPages(stack, index, pageOf), pageBreak: 'before' });

  // running heads: the article a page belongs to (each starts on a new page), else the part
  const starts = docs.map((_, k) => pageOf(articleAnchor(k)) ?? Number.POSITIVE_INFINITY);
  const indexStart = pageOf('index') ?? Number.POSITIVE_INFINITY;
  const heads = new Map<number, string>();
  const runningHead = (page: number): string | undefined => {
    if (page >= indexStart) return `${PUBLICATION} · فهرس الأعلام`;
    let k = -1;
    for (let i = 0; i < starts.length && starts[i]! <= page; i++) k = i;
    if (k < 0) return page === 1 ? undefined : `${PUBLICATION} · ملف أخبار`; // page 1 has the masthead
    let head = heads.get(k);
    if (head === undefined) {
      head = oneLine(stack, titles[k]!, MEASURE, SIZE.note);
      heads.set(k, head);
    }
    return head;
  };
  return publicationDefinition(stack, {
    metadata: {
      title: `${PUBLICATION}: ملف من ${docs.length} خبراً`,
      subject: `Warraq digest of ${docs.length} articles`,
      language: docs[0]?.metadata.language ?? 'ar',
    },
    // every article's TEI, each its own Source file
    archival: archivalOf(docs, options),
    content,
    runningHead,
  });
}

/** The month names most of the digest's articles use. */
function digestMonthStyle(docs: readonly WarraqDocument[]): MonthStyle {
  const counts = new Map<MonthStyle, number>();
  for (const doc of docs) {
    const s = monthStyleOf(doc);
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'ar';
}

function blocksWithNames(doc: WarraqDocument): string[] {
  return doc.blocks
    .filter((b) => {
      let found = false;
      walkInlines(b.content, (node) => {
        if (node.type === 'mention') found = true;
      });
      return found;
    })
    .map((b) => b.id);
}
