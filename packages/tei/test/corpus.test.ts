import { describe, expect, it } from 'vitest';
import { encodeTei, encodeTeiCorpus, validateTei } from '../src/index.js';
import { buildDocument } from './build.js';
import { richDocument } from './fixtures.js';

const second = buildDocument({
  id: 'second',
  blocks: [{ id: 'p1', kind: 'paragraph', content: ['نص قصير'] }],
  metadata: {
    published: { value: '2021-03-01', certainty: 'high' },
    outlet: { names: [{ text: 'صحيفة المثال' }] },
  },
});

describe('encodeTeiCorpus', () => {
  const xml = encodeTeiCorpus([richDocument(), second], { title: 'Test collection' });

  it('is valid against the profile with ids unique across members (both use "p1")', async () => {
    expect((await validateTei(xml, 'corpus.xml')).diagnostics).toEqual([]);
    expect(xml).toContain('xml:id="second.p1"');
    expect(xml).toContain('xml:id="sample-2021-03-30.p1"');
  });

  it('states extent, sources and the dates covered in its header', () => {
    expect(xml).toContain('<measure unit="article" quantity="2">2 articles</measure>');
    expect(xml).toContain(
      '<title level="j">صحيفة المثال</title>\n            <measure unit="article" quantity="2">',
    );
    expect(xml).toContain('<date from="2021-03-01" to="2021-04-01">');
  });

  it('holds each member as encodeTei writes it, apart from the id prefix', () => {
    const member = xml.slice(xml.indexOf('<TEI xml:id="second"'), xml.lastIndexOf('</TEI>') + 6);
    const alone = encodeTei(second);
    const aloneTei = alone.slice(alone.indexOf('<TEI'));
    const unprefixed = member
      .replace(/"second\./g, '"')
      .replace(/"#second\./g, '"#')
      .replace(/^ {2}/gm, '');
    expect(unprefixed.trim()).toBe(aloneTei.replace(' xmlns="http://www.tei-c.org/ns/1.0"', '').trim());
  });

  it('is deterministic', () => {
    expect(encodeTeiCorpus([richDocument(), second], { title: 'Test collection' })).toBe(xml);
  });
});
