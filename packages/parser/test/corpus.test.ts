import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listCorpus, loadArticle, loadCorpus, walkCorpus } from '../src/corpus/index.js';

const root = join(import.meta.dirname, '../../..');
const first = join(root, 'corpus/000_b7c19ba4b4690b72');
const dir = mkdtempSync(join(tmpdir(), 'warraq-corpus-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('walkCorpus', () => {
  copyFileSync(`${first}.txt`, join(dir, 'a.txt'));
  copyFileSync(`${first}.meta.yaml`, join(dir, 'a.meta.yaml'));
  writeFileSync(join(dir, 'b.txt'), new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]));
  copyFileSync(`${first}.meta.yaml`, join(dir, 'b.meta.yaml'));

  it('yields articles one at a time in name order, and refuses a file that is not text', () => {
    const items = [...walkCorpus(dir, 'ar')];
    expect(items.map((i) => i.kind)).toEqual(['article', 'problem']);
    const [a, b] = items;
    expect(a?.kind === 'article' && a.article.document.id).toBe('syriatv-2021-04-01-coalition');
    expect(b?.kind === 'problem' && b.diagnostics[0]).toMatchObject({ code: 'NOT_TEXT', line: 1, column: 1 });
  });

  it('loadCorpus gathers the same, and reports a folder that is not there', () => {
    const all = loadCorpus(dir, 'ar');
    expect(all.articles).toHaveLength(1);
    expect(all.diagnostics.map((d) => d.code)).toEqual(['NOT_TEXT']);
    expect(loadCorpus(join(dir, 'nope'), 'ar').diagnostics[0]).toMatchObject({ code: 'CORPUS_FILE' });
  });
});

describe('loadArticle', () => {
  it('reads an article of a manifest.jsonl dataset on its own, and says where metadata was looked for', () => {
    const crawled = join(dir, 'crawled');
    mkdirSync(crawled);
    copyFileSync(`${first}.txt`, join(crawled, 'x.txt'));
    writeFileSync(
      join(crawled, 'manifest.jsonl'),
      `${JSON.stringify({ file: 'x.txt', source: 'syriatv', outlet: 'Syria TV', url: 'https://www.syria.tv/x', date_extracted: '2021-04-01 10:00:00', title: 'عنوان', author: '' })}\n`,
    );
    const item = loadArticle(join(crawled, 'x.txt'), 'ar');
    expect(item.kind === 'article' && item.article.document.metadata.url).toBe('https://www.syria.tv/x');
    copyFileSync(`${first}.txt`, join(crawled, 'y.txt'));
    const none = loadArticle(join(crawled, 'y.txt'), 'ar');
    expect(none.kind === 'problem' && none.diagnostics.at(-1)!.message).toMatch(
      /no entry for y\.txt in .*manifest\.jsonl/,
    );
  });
});

describe('a manifest corpus read as the archive reads it', () => {
  const crawled = join(dir, 'with-rights');
  mkdirSync(crawled);
  copyFileSync(`${first}.txt`, join(crawled, 'x.txt'));
  const record = { file: 'x.txt', source: 'syriatv', outlet: 'Syria TV', url: 'https://www.syria.tv/x' };
  writeFileSync(
    join(crawled, 'manifest.jsonl'),
    `${JSON.stringify({ ...record, date_extracted: '2021-04-01 10:00:00', title: 'عنوان', author: '' })}\n`,
  );
  const rights = { statement: 'Quoted for research.', licenceUrl: 'https://example.org/licence' };
  writeFileSync(join(crawled, 'rights.json'), JSON.stringify(rights));

  it('gives every article the rights.json beside the manifest, walked or loaded alone', () => {
    const [walked] = [...walkCorpus(crawled, 'ar')];
    expect(walked?.kind === 'article' && walked.article.document.metadata.rights).toEqual(rights);
    const alone = loadArticle(join(crawled, 'x.txt'), 'ar');
    expect(alone.kind === 'article' && alone.article.document.metadata.rights).toEqual(rights);
  });

  it('lists the manifest and the rights as the corpus metadata, and reports a folder without articles', () => {
    expect(listCorpus(crawled, 'ar').metadataFiles).toEqual([
      join(crawled, 'manifest.jsonl'),
      join(crawled, 'rights.json'),
    ]);
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const items = [...walkCorpus(empty, 'ar')];
    expect(items).toHaveLength(1);
    expect(items[0]?.kind === 'problem' && items[0].diagnostics[0]?.message).toMatch(/no articles found/);
  });
});
