import { describe, expect, it } from 'vitest';
import { decodeTei, encodeTei } from '../src/index.js';
import { richDocument } from './fixtures.js';

describe('round trip', () => {
  it('Document → TEI → Document gives the same document, and TEI → Document → TEI the same bytes', () => {
    const doc = richDocument();
    const xml = encodeTei(doc);
    const back = decodeTei(xml, 'rich.xml');
    if (!back.ok) throw new Error(JSON.stringify(back.diagnostics));
    expect(back.document).toStrictEqual(doc);
    expect(encodeTei(back.document)).toBe(xml);
  });
});
