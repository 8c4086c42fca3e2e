import { describe, expect, it } from 'vitest';
import { buildLexicon } from '../src/names/lexicon.js';
import { lexiconFromJson, lexiconToJson } from '../src/names/lexicon-json.js';

describe('the lexicon written at build time', () => {
  const built = buildLexicon();
  const json = lexiconToJson(built);
  const read = lexiconFromJson(json);

  it('reads back as the lexicon built from the data, in the same order', () => {
    expect(read).toEqual(built);
    expect(lexiconToJson(read)).toBe(json);
    for (const key of Object.keys(built) as (keyof typeof built)[])
      expect([key, [...read[key]].slice(0, 50)]).toEqual([key, [...built[key]].slice(0, 50)]);
  });

  it('shares an entity among its names as the built lexicon does', () => {
    const sharing = (lex: typeof built) => {
      const seen = new Map<object, number>();
      for (const list of lex.gazetteer.values())
        for (const e of list) seen.set(e.entity, (seen.get(e.entity) ?? 0) + 1);
      return [...seen.values()];
    };
    expect(sharing(read)).toEqual(sharing(built));
    expect(sharing(built).some((n) => n > 1)).toBe(true);
  });

  it('refuses a file of another format', () => {
    expect(() => lexiconFromJson('{"format":"old"}')).toThrow(/rebuild/);
  });
});
