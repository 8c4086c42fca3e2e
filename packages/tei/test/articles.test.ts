import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { hasShared, needsShared } from '../../../test-support/shared-data.js';
import { decodeTei, encodeTei } from '../src/index.js';
import { type LoadedArticle, repoArticles, sharedArticles } from './articles.js';

type Ordered = Record<string, unknown> & { '#text'?: string | number };

/** The text of the TEI body in document order, read with an independent parser (fast-xml-parser). */
function bodyText(xml: string): string[] {
  const tree = new XMLParser({
    preserveOrder: true,
    trimValues: false,
    parseTagValue: false,
    ignoreAttributes: false,
  }).parse(xml) as Ordered[];
  const blocks: string[] = [];
  const textOf = (nodes: Ordered[]): string =>
    nodes.map((n) => (n['#text'] !== undefined ? String(n['#text']) : textOf(childrenOf(n)))).join('');
  const childrenOf = (n: Ordered): Ordered[] => {
    const key = Object.keys(n).find((k) => k !== ':@' && k !== '#text');
    return key ? (n[key] as Ordered[]) : [];
  };
  const walk = (nodes: Ordered[]) => {
    for (const n of nodes) {
      const key = Object.keys(n).find((k) => k !== ':@');
      if (key === 'p' || key === 'head' || key === 'ab') blocks.push(textOf(childrenOf(n)));
      else if (key && key !== '#text') walk(childrenOf(n));
    }
  };
  const tei = tree.find((n) => 'TEI' in n) as Ordered;
  const text = childrenOf(tei).find((n) => 'text' in n) as Ordered;
  walk(childrenOf(text));
  return blocks;
}

/** The two properties every article must have, checked on each of `articles`. */
function checkEachArticle(articles: LoadedArticle[]): void {
  it.each(articles.map((a) => [a.document.id, a] as const))(
    '%s: the body read in order is the received text',
    (_, a) => {
      const doc = a.document;
      const xml = encodeTei(doc);
      const blocks = bodyText(xml);
      expect(blocks).toEqual(doc.blocks.map((b) => doc.source.text.slice(b.span.start, b.span.end)));
      // with the separators the record keeps, nothing of the received text is missing
      const decoded = decodeTei(xml);
      if (!decoded.ok) throw new Error(JSON.stringify(decoded.diagnostics));
      expect(decoded.document.source.text).toBe(doc.source.text);
    },
  );

  it.each(articles.map((a) => [a.document.id, a] as const))(
    '%s: Document → TEI → Document → TEI is exact',
    (_, a) => {
      const xml = encodeTei(a.document);
      const back = decodeTei(xml, a.file);
      if (!back.ok) throw new Error(JSON.stringify(back.diagnostics));
      expect(back.document).toStrictEqual(a.document);
      expect(encodeTei(back.document)).toBe(xml);
    },
  );
}

describe('every article of the repository corpus', () => {
  const articles = repoArticles();
  it('includes the first article', () => {
    expect(articles.length).toBeGreaterThanOrEqual(1);
  });
  checkEachArticle(articles);
});

describe.skipIf(!hasShared('corpus'))(needsShared('corpus', 'every one of the 200 shared articles'), () => {
  // loaded only when present: a skipped suite's body still runs to collect its tests
  const articles = hasShared('corpus') ? sharedArticles() : [];
  it('includes the 200 shared articles', () => {
    expect(articles.length).toBeGreaterThanOrEqual(200);
  });
  checkEachArticle(articles);
});
