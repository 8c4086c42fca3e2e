import type { EntityMention } from '@warraq/schema';
import { walkInlines } from '@warraq/schema';
import { describe, expect, it } from 'vitest';
import { type NameFinder, parseArticle } from '../src/index.js';
import { encoder, expectDocument, metadata } from './helpers.js';

const text = 'قال وزير الخارجية سامي نور إن بيروت ستستضيف القمة، وأكد نور أن بيروت جاهزة.';

/** A stand-in recogniser written for this test: finds fixed words, as src/names would report them. */
const finder: NameFinder = (t) => {
  const out: ReturnType<NameFinder> = [];
  const person = {
    key: 'pers-sami-nour',
    kind: 'person' as const,
    names: [{ text: 'سامي نور' }],
    identifiers: [],
  };
  const place = {
    key: 'place-beirut',
    kind: 'place' as const,
    names: [{ text: 'بيروت', type: 'main' as const }],
    identifiers: [{ scheme: 'wikidata', value: 'Q3820' }],
  };
  const role = 'وزير الخارجية';
  const full = t.indexOf('سامي نور');
  const at = t.indexOf(role);
  out.push({
    start: full,
    end: full + 8,
    kind: 'person',
    entity: person,
    ...(at >= 0 ? { role: { start: at, end: at + role.length, text: role } } : {}),
  });
  const short = t.indexOf('نور', full + 8);
  out.push({ start: short, end: short + 3, kind: 'person', entity: person });
  for (let i = t.indexOf('بيروت'); i >= 0; i = t.indexOf('بيروت', i + 1))
    out.push({ start: i, end: i + 5, kind: 'place', entity: place });
  return out;
};

function parse(findNames: NameFinder) {
  return expectDocument(
    parseArticle(
      { bytes: encoder.encode(text), fileName: 'n.txt', id: 'n', metadata: metadata() },
      { findNames },
    ),
  );
}

describe('names in documents', () => {
  it('merges mentions into one registry entry per entity and wraps each mention', () => {
    const doc = parse(finder);
    expect(doc.entities).toEqual([
      {
        id: 'n.e-pers-sami-nour',
        kind: 'person',
        names: [{ text: 'سامي نور' }, { text: 'نور', type: 'variant' }],
        identifiers: [],
        roles: ['وزير الخارجية'],
      },
      {
        id: 'n.e-place-beirut',
        kind: 'place',
        names: [{ text: 'بيروت', type: 'main' }],
        identifiers: [{ scheme: 'wikidata', value: 'Q3820' }],
        roles: [],
      },
    ]);
    const mentions: EntityMention[] = [];
    walkInlines(doc.blocks[0]?.content ?? [], (n) => {
      if (n.type === 'mention') mentions.push(n);
    });
    expect(mentions.map((m) => [text.slice(m.span.start, m.span.end), m.ref, m.role])).toEqual([
      ['سامي نور', 'n.e-pers-sami-nour', 'وزير الخارجية'],
      ['بيروت', 'n.e-place-beirut', undefined],
      ['نور', 'n.e-pers-sami-nour', undefined],
      ['بيروت', 'n.e-place-beirut', undefined],
    ]);
  });

  it('names the speaker of an attributed quotation', () => {
    const said = 'قال سامي نور: «ستستضيف بيروت القمة هذا العام».';
    const doc = expectDocument(
      parseArticle(
        { bytes: encoder.encode(said), fileName: 'q.txt', id: 'q', metadata: metadata() },
        { findNames: finder },
      ),
    );
    const quote = doc.blocks[0]?.content.find((n) => n.type === 'quotation');
    expect(quote).toMatchObject({ kind: 'attributed', speaker: 'q.e-pers-sami-nour' });
  });

  it('survives a recogniser that throws or reports nonsense offsets', () => {
    const broken = parse(() => {
      throw new Error('boom');
    });
    expect(broken.diagnostics.map((d) => d.code)).toContain('NAMES_FAILED');
    const nonsense = parse(() => [
      { start: -3, end: 2, kind: 'place', entity: { key: 'x', kind: 'place', names: [], identifiers: [] } },
    ]);
    expect(nonsense.entities).toEqual([]);
  });
});
