import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMetadataYaml } from '../src/index.js';

const seed = readFileSync(new URL('../../../corpus/000_b7c19ba4b4690b72.meta.yaml', import.meta.url), 'utf8');

function errorsOf(yaml: string) {
  const r = parseMetadataYaml(yaml, 'x.meta.yaml');
  if (r.ok) throw new Error('expected the metadata to be rejected');
  return r.errors;
}

describe('metadata sidecar', () => {
  it('reads the first corpus article sidecar into the model', () => {
    const r = parseMetadataYaml(seed, 'seed.meta.yaml');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.id).toBe('syriatv-2021-04-01-coalition');
    const m = r.value.metadata;
    expect(m.language).toBe('ar');
    expect(m.title).toEqual({
      text: 'البيان الختامي لاجتماع وزراء التحالف الدولي ضد تنظيم الدولة',
      supplied: true,
    });
    expect(m.outlet?.names).toEqual([{ text: 'تلفزيون سوريا' }, { text: 'Syria TV', lang: 'en' }]);
    expect(m.outlet?.homepage).toBe('https://www.syria.tv/');
    expect(m.published).toEqual({ value: '2021-04-01', certainty: 'medium' });
    expect(m.retrieved).toBe('2026-11-28');
    expect(m.keywords.map((k) => k.text)).toEqual(['التحالف الدولي', 'تنظيم الدولة', 'سوريا', 'العراق']);
  });

  it('rejects a date like "yesterday", naming file, field, line and column', () => {
    const [e, ...rest] = errorsOf('id: a1\nlanguage: ar\npublished: yesterday\n');
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ code: 'META_FIELD', file: 'x.meta.yaml', line: 3, column: 12 });
    expect(e?.message).toContain('"published"');
    expect(e?.message).toContain('ISO 8601');
  });

  it('rejects an impossible calendar date', () => {
    expect(errorsOf('id: a1\nlanguage: ar\nretrieved: 2021-02-30\n')[0]?.message).toContain('"retrieved"');
  });

  it('rejects a missing language', () => {
    const [e] = errorsOf('id: a1\ntitle: t\n');
    expect(e?.message).toBe('field "language" is required');
    expect(e?.file).toBe('x.meta.yaml');
  });

  it('rejects a language that is not BCP 47', () => {
    expect(errorsOf('id: a1\nlanguage: arabic language\n')[0]?.message).toContain('BCP 47');
  });

  it('rejects an id that is not an XML name', () => {
    const [e] = errorsOf('id: 000_b7c1\nlanguage: ar\n');
    expect(e).toMatchObject({ line: 1, column: 5 });
    expect(e?.message).toContain('"id"');
    expect(e?.message).toContain('NCName');
  });

  it('rejects an unknown key and names it', () => {
    const [e] = errorsOf('id: a1\nlanguage: ar\npubished: 2021-04-01\n');
    expect(e?.message).toContain('"pubished"');
    expect(e?.line).toBe(3);
  });

  it('rejects an unknown outlet key', () => {
    expect(errorsOf('id: a1\nlanguage: ar\noutlet:\n  name: x\n  nmae_en: y\n')[0]?.message).toContain(
      'outlet.nmae_en',
    );
  });

  it('reports YAML syntax errors with a location', () => {
    const [e] = errorsOf('id: a1\nlanguage: [ar\n');
    expect(e?.code).toBe('META_YAML');
    expect(e?.line).toBeGreaterThanOrEqual(2);
  });

  it('rejects duplicate keys', () => {
    expect(errorsOf('id: a1\nid: a2\nlanguage: ar\n')[0]?.code).toBe('META_YAML');
  });
});
