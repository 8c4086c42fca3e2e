import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasShared, needsShared, sharedPath } from '../../../test-support/shared-data.js';
import { parseManifestJsonl } from '../src/index.js';

describe('manifest.jsonl', () => {
  it('reads an entry with a publication time and an entry with only a crawl time', () => {
    const text = [
      '{"file": "a_1.txt", "outlet": "Example FM", "url": "http://example.org/ar/مقال", "time": "2016-12-03T00:30:00+01:00", "title": "عنوان", "category": "culture"}',
      '{"file": "b_2.txt", "date_extracted": "2015-07-24 15:49:44", "author": " ", "features": ["quotes"], "origin": "x"}',
      '',
    ].join('\n');
    const r = parseManifestJsonl(text, 'manifest.jsonl', { language: 'ar' });
    expect(r.errors).toEqual([]);
    expect(r.entries.get('a_1.txt')).toEqual({
      id: 'a_1',
      metadata: {
        language: 'ar',
        authors: [],
        keywords: [{ text: 'culture', lang: 'en' }],
        title: { text: 'عنوان', supplied: false },
        outlet: { names: [{ text: 'Example FM', lang: 'en' }] },
        url: 'http://example.org/ar/مقال',
        published: { value: '2016-12-03', certainty: 'high' },
      },
    });
    const b = r.entries.get('b_2.txt')!.metadata;
    expect(b.published).toMatchObject({ value: '2015-07-24', certainty: 'low' });
    expect(b.retrieved).toBe('2015-07-24');
  });

  it('names file, line, column and field of bad entries', () => {
    const text = '{"file": "a.txt"}\n{"file": "b.txt", "tme": "2016"}\n{"file": "1.txt"}\n{not json\n';
    const r = parseManifestJsonl(text, 'm.jsonl', { language: 'ar' });
    expect(r.entries.size).toBe(1);
    expect(r.errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [2, 19, 'MANIFEST_FIELD'],
      [3, 2, 'MANIFEST_FIELD'],
      [4, 2, 'MANIFEST_JSON'],
    ]);
    expect(r.errors[0]!.message).toContain('"tme"');
    expect(r.errors[1]!.message).toContain('NCName');
  });

  it('refuses entries without a language when no default is given', () => {
    expect(parseManifestJsonl('{"file": "a.txt"}', 'm.jsonl').errors[0]!.message).toContain('"language"');
  });
});

describe.skipIf(!hasShared('corpus'))(needsShared('corpus', 'the shared corpus manifests'), () => {
  it('reads both shared corpus manifests without error', () => {
    for (const folder of ['saudinewsnet', 'antcorpus-jawharafm']) {
      const text = readFileSync(sharedPath('corpus', folder, 'manifest.jsonl'), 'utf8');
      const r = parseManifestJsonl(text, `${folder}/manifest.jsonl`, { language: 'ar' });
      expect(r.errors).toEqual([]);
      expect(r.entries.size).toBeGreaterThanOrEqual(60);
    }
  });
});
