import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { heading, loadAmiri, pageFurniture, paragraph, renderPdf } from '../src/index.js';

const stack = loadAmiri();
const width = 595.28 - 2 * 56;

interface StructNode {
  role?: string;
  type?: string;
  children?: StructNode[];
}

/** Roles of the structure tree, depth first, as pdf.js reads it (content references as "·"). */
function roles(node: StructNode): string[] {
  if (node.type === 'content') return ['·'];
  const own = node.role === undefined ? [] : [node.role];
  return [...own, ...(node.children ?? []).flatMap(roles)];
}

describe('tagged PDF', () => {
  it('has a Document of the headings and paragraphs in reading order, page furniture outside it', async () => {
    const pdf = await renderPdf(stack, {
      pageSize: 'A4',
      pageMargins: 56,
      language: 'ar',
      content: [
        heading(stack, 'البيان الختامي', { width, fontSize: 14, level: 1 }),
        paragraph(stack, 'حصل موقع تلفزيون سوريا على نسخة من البيان.', { width, fontSize: 14 }),
        paragraph(stack, 'وشدّد البيان على حماية المدنيين.', { width, fontSize: 14 }),
      ],
      ...pageFurniture(stack, {
        pageWidth: 595.28,
        margins: [56, 56],
        fontSize: 10,
        footer: (p) => `صفحة ${p}`,
      }),
    });
    const doc = await getDocument({ data: pdf.slice(), verbosity: 0, useSystemFonts: false }).promise;
    const page = await doc.getPage(1);
    const tree = (await page.getStructTree()) as StructNode;
    const seen = roles(tree).filter((r) => r !== 'Root');
    // Document, then H1 with its pieces, then the two paragraphs with theirs; no footer element
    expect(seen[0]).toBe('Document');
    const blocks = seen.filter((r) => r !== '·');
    expect(blocks).toEqual(['Document', 'H1', 'P', 'P']);
    // every line of the three blocks is referenced (one marked-content sequence with an MCID per
    // line; the text layer's own unnumbered /Span boundaries inside it are not); the footer is an
    // artifact, so it is not
    const text = await page.getTextContent({ includeMarkedContent: true });
    const begins = text.items.filter((i) => 'type' in i && i.type.startsWith('beginMarkedContent'));
    const artifacts = begins.filter((i) => 'tag' in i && i.tag === 'Artifact');
    const marked = begins.filter((i) => 'id' in i && typeof i.id === 'string');
    expect(seen.filter((r) => r === '·')).toHaveLength(marked.length);
    expect(artifacts.length).toBeGreaterThan(0);
    await doc.destroy();
  });
});
