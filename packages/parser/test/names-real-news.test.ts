/**
 * What the blind real-news run showed, on sentences written for this test (not taken from the
 * gold set): words that contain or resemble a listed name, and clitic artefacts in entity records.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { findNames } from '../src/names/index.js';
import { encoder, expectDocument, metadata } from './helpers.js';

const MODES = ['lexicon', 'model'] as const;
const surfaces = (text: string, names: (typeof MODES)[number]): string[] =>
  findNames(text, { names }).map((m) => `${m.kind}:${text.slice(m.start, m.end)}`);

describe.each(MODES)('names that are something else (%s mode)', (names) => {
  it('does not read لدينا (we have) as ل + the given name دينا', () => {
    expect(surfaces('وقال المتحدث إن لدينا معلومات جديدة عن الهجوم.', names)).toEqual([]);
  });

  it('reads القاعدة next to الجوية, and bare in a text about that base, as no organisation', () => {
    const text = 'وانطلقت الطائرات من القاعدة الجوية في الظفرة، وعادت إلى القاعدة بعد ساعات.';
    expect(surfaces(text, names).filter((s) => s.startsWith('organisation:'))).toEqual([]);
  });

  it('still finds al-Qaeda where the text names the organisation', () => {
    const text = 'وأعلن تنظيم القاعدة مسؤوليته، وقالت القاعدة في بيان إنها ستواصل.';
    expect(surfaces(text, names).filter((s) => s.includes('القاعدة')).length).toBeGreaterThan(0);
  });

  it('does not read البحرين before a colour (the two seas) as Bahrain', () => {
    const text = 'وتمتد الرحلة بين البحرين الأبيض والأحمر عبر قناة السويس.';
    expect(surfaces(text, names)).not.toContain('place:البحرين');
  });
});

describe('entity records in model mode', () => {
  it('names the entity behind للتحالف with its article and merges it with التحالف', () => {
    const text = 'وأعلن التحالف الدولي أن للتحالف الدولي دورا في الرقة.';
    const orgs = findNames(text).filter((m) => m.kind === 'organisation');
    expect(orgs).toHaveLength(2);
    expect(new Set(orgs.map((m) => m.entity.key)).size).toBe(1);
    expect(orgs[0]?.entity.names.map((n) => n.text)).not.toContain('لتحالف الدولي');
  });

  it("records no clitic's elision as a spelling in the document's entity list", () => {
    const text = 'وأعلن التحالف الدولي أن للتحالف الدولي دورا في الرقة، وأن للنصر مباراة غدا.';
    const doc = expectDocument(
      parseArticle({ bytes: encoder.encode(text), fileName: 'c.txt', id: 'c', metadata: metadata() }),
    );
    const names = doc.entities.flatMap((e) => e.names.map((n) => n.text));
    expect(names).toContain('التحالف الدولي');
    expect(names.filter((n) => n.startsWith('ل'))).toEqual([]);
    const coalition = doc.entities.filter((e) => e.names.some((n) => n.text === 'التحالف الدولي'));
    expect(coalition).toHaveLength(1);
    expect(coalition[0]?.names.filter((n) => n.type === 'variant')).toEqual([]);
  });

  it('keeps only the aliases the text uses, and the main name', () => {
    const text = 'وتبنى تنظيم القاعدة الهجوم، وقالت القاعدة إن مقاتليها انسحبوا.';
    const qaeda = findNames(text).find((m) => m.entity.key === 'org-al-qaeda');
    expect(qaeda?.entity.names.map((n) => n.text)).toEqual(['تنظيم القاعدة', 'القاعدة']);
    const isis = 'وأعلن تنظيم الدولة مسؤوليته عن الهجوم.';
    const names = findNames(isis).find((m) => m.entity.key === 'org-isis')?.entity.names ?? [];
    expect(names.filter((n) => n.type === 'alias').map((n) => n.text)).toEqual(
      names.filter((n) => n.type === 'alias' && isis.includes(n.text)).map((n) => n.text),
    );
  });
});
