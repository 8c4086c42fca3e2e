import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('JSON Schema export', () => {
  it('is built beside the code and describes the document', () => {
    const file = new URL('../dist/document.schema.json', import.meta.url);
    expect(existsSync(file)).toBe(true);
    const schema = JSON.parse(readFileSync(file, 'utf8'));
    expect(schema.$schema).toContain('2020-12');
    expect(schema.required).toEqual(
      expect.arrayContaining(['id', 'metadata', 'source', 'blocks', 'entities']),
    );
  });
});
