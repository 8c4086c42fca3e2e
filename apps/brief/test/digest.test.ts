import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSidecarArticle } from '@warraq/parser/corpus';
import { encodeTei } from '@warraq/tei';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { archiveTeiOptions } from '../src/archival/tei-attachment.js';
import { main } from '../src/cli.js';
import { article, capture, type ReadBack, readBack, tempDir } from './helpers.js';

/**
 * A corpus of three articles made from the first one (its paragraphs split three ways), each with
 * its own id, title and date, in a sidecar folder; and a file that is not text beside them.
 */
function threeArticles(dir: string): string[] {
  const text = readFileSync(article, 'utf8');
  const sidecar = readFileSync(article.replace(/\.txt$/, '.meta.yaml'), 'utf8');
  const paragraphs = text.split('\n').filter((p) => p.trim() !== '');
  const titles = ['اجتماع التحالف الأول', 'بيان الوزراء الثاني', 'موقف التحالف من العراق'];
  const folder = join(dir, 'corpus');
  mkdirSync(folder);
  titles.forEach((title, k) => {
    const part = paragraphs.filter((_, i) => i % 3 === k).join('\n');
    writeFileSync(join(folder, `art${k}.txt`), part);
    writeFileSync(
      join(folder, `art${k}.meta.yaml`),
      sidecar
        .replace(/^id: .*$/m, `id: digest-test-${k}`)
        .replace(/^title: .*$/m, `title: ${title}`)
        .replace(/^published: .*$/m, `published: 2021-04-0${k + 1}`),
    );
  });
  return titles;
}

describe('warraq-brief --digest', () => {
  let read: ReadBack;
  let titles: string[];
  let status: number;
  let err: string[];
  let dir: string;
  let pdf: Uint8Array;
  beforeAll(async () => {
    dir = tempDir();
    titles = threeArticles(dir);
    const run = capture();
    err = run.err;
    status = await main(['--digest', join(dir, 'corpus'), '--out', join(dir, 'digest.pdf')], run.io);
    pdf = new Uint8Array(readFileSync(join(dir, 'digest.pdf')));
    read = await readBack(pdf);
  });

  it("is PDF/A-3b carrying every article's TEI, as warraq-archive encodes it, each a Source file", async () => {
    const doc = await getDocument({ data: pdf.slice(), verbosity: 0 }).promise;
    const { metadata } = await doc.getMetadata();
    const attachments = ((await doc.getAttachments()) ?? {}) as Record<
      string,
      { filename: string; content: Uint8Array }
    >;
    await doc.destroy();
    expect(metadata?.get('pdfaid:part')).toBe('3');
    const byName = Object.fromEntries(Object.values(attachments).map((f) => [f.filename, f.content]));
    expect(Object.keys(byName).sort()).toEqual([0, 1, 2].map((k) => `digest-test-${k}.xml`));
    for (const k of [0, 1, 2]) {
      // as the archive reads the folder: each article recorded by its file name
      const loaded = loadSidecarArticle(join(dir, 'corpus', `art${k}.txt`), `art${k}.txt`);
      if (loaded.kind !== 'article') throw new Error('the test article does not load');
      expect(Buffer.from(byName[`digest-test-${k}.xml`]!).toString('utf8')).toBe(
        encodeTei(loaded.article.document, archiveTeiOptions()),
      );
    }
    expect(
      Buffer.from(pdf)
        .toString('latin1')
        .match(/\/AFRelationship \/Source/g),
    ).toHaveLength(3);
  });

  it('has a cover with the masthead, the period covered and the count', () => {
    expect(status).toBe(0);
    expect(err).toEqual([]);
    const cover = read.pages[0]!.join('\n');
    expect(cover).toContain('موجز ورّاق');
    expect(cover).toContain('ملف أخبار');
    expect(cover).toMatch(/الفترة: من 1 نيسان 2021 إلى 3 نيسان 2021/);
    expect(cover).toContain('عدد الأخبار: 3');
  });

  it('has a contents page whose entries link to each article, with the page it starts on', () => {
    const contents = read.pages[1]!;
    expect(contents[1]).toContain('المحتويات');
    const starts = titles.map(
      (t) => read.pages.findIndex((lines, p) => p > 1 && lines.some((l) => l.includes(t))) + 1,
    );
    titles.forEach((title, k) => {
      const line = contents.find((l) => l.includes(title));
      expect(line, title).toBeDefined();
      // the page number in Arabic-Indic digits
      expect(line).toContain(
        String(starts[k]).replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d))),
      );
    });
    const targets = read.links[1]!.map((l) => l.dest);
    for (const k of [0, 1, 2]) expect(targets).toContain(`a${k}`);
  });

  it('starts each article on its own page with its title in the running header', () => {
    for (const title of titles) {
      const page = read.pages.findIndex((lines, p) => p > 1 && lines.some((l) => l.includes(title)));
      expect(read.pages[page]![0], title).toContain(title); // the running header is the first line
    }
  });

  it('has an outline entry per article, the contents and the index', () => {
    expect(read.outline).toEqual(['المحتويات', ...titles, 'فهرس الأعلام']);
  });

  it('closes with an index of names whose page numbers link to where they occur', () => {
    const indexStart = read.pages.findIndex((lines) =>
      lines.some((l) => l.includes('فهرس الأعلام') && !l.includes('·')),
    );
    expect(indexStart).toBeGreaterThan(2);
    const index = read.pages.slice(indexStart).flat();
    expect(index.some((l) => l.includes('الأشخاص'))).toBe(true);
    expect(index.some((l) => l.startsWith('أنطوني بلينكين'))).toBe(true);
    const links = read.links.slice(indexStart).flat();
    expect(links.length).toBeGreaterThan(5);
    expect(links.every((l) => l.dest !== undefined && /^a\d+(-|$)/.test(l.dest))).toBe(true);
  });

  it('ends on a page with text, not a blank one', () => {
    expect(read.pages.at(-1)!.length).toBeGreaterThan(2);
  });
});

describe('warraq-brief --digest, bad input', () => {
  it('leaves out a file that is not text, says so, and still writes the rest (exit 1)', async () => {
    const dir = tempDir();
    threeArticles(dir);
    writeFileSync(join(dir, 'corpus', 'zz.txt'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]));
    writeFileSync(join(dir, 'corpus', 'zz.meta.yaml'), 'id: zz\nlanguage: ar\n');
    const { io, err, out } = capture();
    expect(await main(['--digest', join(dir, 'corpus'), '--out', join(dir, 'd.pdf')], io)).toBe(1);
    expect(err.join('\n')).toMatch(/zz\.txt:1:1: error NOT_TEXT: this is a PNG image/);
    expect(out.join('\n')).toContain('3 articles');
  });

  it('writes nothing when no article can be read', async () => {
    const dir = tempDir();
    const { io, err } = capture();
    expect(await main(['--digest', join(dir, 'nothing'), '--out', join(dir, 'd.pdf')], io)).toBe(1);
    expect(err.join('\n')).toMatch(/no article could be read/);
    expect(() => readFileSync(join(dir, 'd.pdf'))).toThrow();
  });
});
