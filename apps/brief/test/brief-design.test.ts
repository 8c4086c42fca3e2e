import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSidecarArticle } from '@warraq/parser/corpus';
import type { WarraqDocument } from '@warraq/schema';
import { loadAmiri } from '@warraq/typeset';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderBrief } from '../src/brief.js';
import { main } from '../src/cli.js';
import { composeBrief } from '../src/compose-brief.js';
import { COLOUR } from '../src/design.js';
import { article, capture, type ReadBack, readBack, tempDir } from './helpers.js';

const stack = loadAmiri();
function firstDocument(): WarraqDocument {
  const loaded = loadSidecarArticle(article);
  if (loaded.kind !== 'article') throw new Error('the first article does not parse');
  return loaded.article.document;
}

describe('the brief of the first article', () => {
  let read: ReadBack;
  beforeAll(async () => {
    read = await readBack(await renderBrief(firstDocument(), stack, { date: '2026-12-02' }));
  });
  const allLines = () => read.pages.flat();

  it('opens with the masthead (name, date), then the title, the source line and the key facts, then the article', () => {
    const lines = allLines();
    const at = (needle: string) => lines.findIndex((l) => l.includes(needle));
    // the masthead's two columns sit on different baselines: its first two lines
    const top = lines.slice(0, 2).join('\n');
    expect(top).toContain('موجز ورّاق');
    expect(top).toContain('2 كانون الأول 2026');
    expect(at('البيان الختامي لاجتماع وزراء التحالف الدولي')).toBeGreaterThan(0);
    const facts = at('أبرز ما في الخبر');
    const body = at('حصل موقع تلفزيون سوريا');
    expect(facts).toBeGreaterThan(at('نُشر 1 نيسان 2021'));
    expect(body).toBeGreaterThan(facts);
    expect(at('أنطوني بلينكين (وزير الخارجية الأميركي)')).toBeGreaterThan(facts);
    // the facts are on page 1, not after the article
    expect(read.pages[0]!.some((l) => l.includes('أبرز ما في الخبر'))).toBe(true);
  });

  it('keeps dates on one line, and «لعام 2021» on one page', () => {
    const lines = allLines();
    expect(lines.some((l) => l.includes('4 حزيران 2020'))).toBe(true);
    expect(lines.some((l) => l.includes('21 كانون الثاني'))).toBe(true);
    expect(lines.some((l) => l.includes('لعام 2021'))).toBe(true);
    expect(lines.some((l) => l.includes('8 ملايين'))).toBe(true);
  });

  it('shows the supplied title and the truncated copy as the archivist’s small notes', () => {
    const notes = allLines().filter((l) => l.startsWith('ملاحظة الأرشيف'));
    expect(notes).toHaveLength(2);
    expect(notes[0]).toContain('العنوان من وضع الأرشيف');
    expect(notes[1]).toContain('النسخة مقتطعة');
  });

  it('links the outlet to its site, and ends on a page with text', () => {
    expect(read.links.flat()).toContainEqual({ url: 'https://www.syria.tv/' });
    expect(read.pages.at(-1)!.length).toBeGreaterThan(2); // more than the running header and footer
  });
});

/** Every inline node of a pdfmake definition (lines are `{ text: [inlines] }`). */
function inlines(node: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(node)) for (const n of node) inlines(n, out);
  else if (node !== null && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (typeof o.text === 'string' && ('link' in o || 'color' in o || 'font' in o)) out.push(o);
    for (const v of Object.values(o)) if (typeof v === 'object') inlines(v, out);
  }
  return out;
}

describe('colour', () => {
  it('is blue only where there is a link (dates are not coloured)', () => {
    const doc = firstDocument();
    const def = composeBrief(doc, stack, { date: '2026-12-02' });
    const all = inlines(def.content);
    const blue = all.filter((i) => i.color === COLOUR.link);
    expect(blue.length).toBeGreaterThan(0);
    for (const i of blue) expect(i.link ?? i.linkToDestination, String(i.text)).toBeDefined();
    for (const i of all.filter((i) => i.link !== undefined)) expect(i.color).toBe(COLOUR.link);
  });
});

describe('bad and large input', () => {
  it('refuses random bytes with NOT_TEXT at a line and column, writes nothing, exits 1', async () => {
    const dir = tempDir();
    let x = 7;
    const noise = new Uint8Array(5000).map(() => {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      return x >>> 24;
    });
    writeFileSync(join(dir, 'noise.txt'), noise);
    writeFileSync(join(dir, 'noise.meta.yaml'), readFileSync(article.replace(/\.txt$/, '.meta.yaml')));
    const { io, err } = capture();
    expect(await main([join(dir, 'noise.txt'), '--out', join(dir, 'noise.pdf')], io)).toBe(1);
    expect(err.join('\n')).toMatch(/noise\.txt:\d+:\d+: error NOT_TEXT: .*not text/);
    expect(() => readFileSync(join(dir, 'noise.pdf'))).toThrow();
  });

  it('briefs an empty article as a one-page notice that says so', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'empty.meta.yaml'), readFileSync(article.replace(/\.txt$/, '.meta.yaml')));
    const { io, err } = capture();
    expect(await main([join(dir, 'empty.txt'), '--out', join(dir, 'empty.pdf')], io)).toBe(0);
    expect(err.join('\n')).toMatch(/TEXT_EMPTY/);
    const read = await readBack(new Uint8Array(readFileSync(join(dir, 'empty.pdf'))));
    expect(read.pages).toHaveLength(1);
    expect(read.pages[0]!.join('\n')).toContain('النص المستلم فارغ');
  });

  it('sets a long article only up to its budget and says how much was left out', async () => {
    const doc = firstDocument();
    const read = await readBack(await renderBrief(doc, stack, { maxChars: 1500, date: '2026-12-02' }));
    const text = read.pages.flat().join('\n');
    expect(text).toMatch(/اقتصر الموجز على أول \d+ من 15 فقرة/);
    expect(text).not.toContain('في إيطاليا، وذلك'); // the last paragraph is not set
    expect(read.pages.at(-1)!.length).toBeGreaterThan(2);
  });

  it('prints its version', async () => {
    const { io, out } = capture();
    expect(await main(['--version'], io)).toBe(0);
    expect(out[0]).toMatch(/^warraq-brief \d+\.\d+\.\d+/);
  });
});
