import { describe, expect, it } from 'vitest';
import { parseArticle, parseArticleWithSidecar } from '../src/index.js';
import { encoder, metadata, parseText } from './helpers.js';

describe('parseArticle', () => {
  it('refuses an id that cannot be an xml:id, with a located error', () => {
    const outcome = parseArticle({
      bytes: encoder.encode('نص.'),
      fileName: 'a.txt',
      id: '0abc',
      metadata: metadata(),
    });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok)
      expect(outcome.diagnostics[0]).toMatchObject({ code: 'DOC_ID', file: 'a.txt', line: 1, column: 1 });
  });

  it('makes one paragraph per non-empty line and trims blanks from the spans', () => {
    const doc = parseText('  ذهب الولد إلى المدرسة صباحاً.  \n\n\nثم عاد إلى البيت مساءً.\n');
    expect(doc.blocks.map((b) => [b.kind, doc.source.text.slice(b.span.start, b.span.end)])).toEqual([
      ['paragraph', 'ذهب الولد إلى المدرسة صباحاً.'],
      ['paragraph', 'ثم عاد إلى البيت مساءً.'],
    ]);
    expect(doc.source.truncated).toBe(false);
  });

  it('returns an empty document for empty input, with a warning', () => {
    const doc = parseText('');
    expect(doc.blocks).toEqual([]);
    expect(doc.diagnostics.map((d) => d.code)).toContain('TEXT_EMPTY');
  });

  it('reports metadata errors from the sidecar instead of parsing', () => {
    const outcome = parseArticleWithSidecar(
      { fileName: 'a.txt', bytes: encoder.encode('نص.') },
      { fileName: 'a.meta.yaml', text: 'id: a\nlanguage: ar\npubished: 2021-01-01\n' },
    );
    expect(outcome.ok).toBe(false);
    if (!outcome.ok)
      expect(outcome.diagnostics[0]).toMatchObject({ code: 'META_FIELD', file: 'a.meta.yaml', line: 3 });
  });
});
