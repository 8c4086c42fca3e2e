import { describe, expect, it } from 'vitest';
import { decodeTei, encodeTei } from '../src/index.js';
import { buildDocument } from './build.js';
import { richDocument } from './fixtures.js';

const doc = richDocument();
const xml = encodeTei(doc);

function lineColumnOf(text: string, needle: string): { line: number; column: number } {
  const before = text.slice(0, text.indexOf(needle));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1] ?? '').length + 1 };
}

describe('decodeTei reads hand-edited TEI of the same profile', () => {
  it('with attributes reordered and single-quoted, re-indented, character and entity references, CDATA and comments', () => {
    let edited = xml.replace(
      /<([A-Za-z]+)((?:\s+[^\s=<>]+="[^"]*")+)(\s*\/?)>/g,
      (_, name: string, attrs: string, end: string) => {
        const list = attrs.trim().match(/[^\s=]+="[^"]*"/g) ?? [];
        const flipped = list
          .reverse()
          .map((a) =>
            a.replace(
              /="([^"]*)"$/,
              (_m, v: string) => `='${v.replace(/&quot;/g, '"').replace(/'/g, '&apos;')}'`,
            ),
          );
        return `<${name}\n    ${flipped.join('\n    ')}${end}>`;
      },
    );
    edited = edited.replace(/\n( *)</g, '\n\n\t$1$1<');
    edited = edited.replace('بقلم سلمى حداد', '<![CDATA[بقلم]]> &#x633;لمى<!-- a note --> &#1581;داد');
    edited = edited.replace('<TEI', '<!-- edited by hand -->\n<?editor note?>\n<TEI');
    expect(edited).not.toBe(xml);
    const back = decodeTei(edited, 'edited.xml');
    if (!back.ok) throw new Error(JSON.stringify(back.diagnostics));
    expect(back.document).toStrictEqual(doc);
    expect(encodeTei(back.document)).toBe(xml);
  });

  it('with a namespace prefix instead of the default namespace', () => {
    const prefixed = xml
      .replace('xmlns="http://www.tei-c.org/ns/1.0"', 'xmlns:tei="http://www.tei-c.org/ns/1.0"')
      .replace(/<(\/?)([A-Za-z]+)/g, '<$1tei:$2');
    const back = decodeTei(prefixed);
    expect(back.ok && back.document).toStrictEqual(doc);
  });
});

describe('decodeTei refuses what it does not support, saying where', () => {
  const cases: [string, string, string, string][] = [
    [
      'an element Warraq does not write inside a block',
      xml.replace('بقلم سلمى حداد', 'بقلم <hi>سلمى</hi> حداد'),
      '<hi>',
      'TEI_UNSUPPORTED',
    ],
    [
      'an entity only a DTD could define',
      xml.replace('بقلم سلمى حداد', 'بقلم&nbsp;سلمى'),
      '&nbsp;',
      'XML_SYNTAX',
    ],
    ['a DOCTYPE', xml.replace('<TEI', '<!DOCTYPE TEI>\n<TEI'), '<!DOCTYPE', 'XML_SYNTAX'],
    [
      'a pointer to a role that is not there',
      xml.replace('ana="#role-1"', 'ana="#role-9"'),
      '<persName ref="#blinken" ana="#role-9"',
      'TEI_POINTER',
    ],
    [
      'text where only elements belong',
      xml.replace('<listPerson>', '<listPerson>stray'),
      'stray',
      'TEI_UNEXPECTED_TEXT',
    ],
  ];
  it.each(cases)('%s', (_, bad, needle, code) => {
    const result = decodeTei(bad, 'bad.xml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ code, file: 'bad.xml', ...lineColumnOf(bad, needle) }),
    ]);
  });

  it('a root that is not TEI', () => {
    const result = decodeTei('<html/>', 'page.html');
    expect(result).toEqual({
      ok: false,
      diagnostics: [expect.objectContaining({ code: 'TEI_ROOT', line: 1, column: 1 })],
    });
  });
});

describe('hostile text', () => {
  it('is recorded, never dropped: controls, lone surrogates, U+FFFE/U+FFFF, ]]>, & and < in text and metadata', () => {
    const hostile = 'a\u0001b\uD800c\uFFFEd\uFFFFe]]>f&g<h\r\n\u202Ei';
    const d = buildDocument({
      id: 'hostile',
      blocks: [{ id: 'p1', kind: 'paragraph', content: [hostile] }],
      metadata: { title: { text: hostile, supplied: false }, keywords: [{ text: hostile }] },
    });
    const out = encodeTei(d);
    expect(out).toContain('<g type="x-unrepresentable" n="U+0001"/>');
    expect(out).toContain('<g type="x-unrepresentable" n="U+D800"/>');
    expect(out).toContain(']]&gt;f&amp;g&lt;h&#13;\n');
    const back = decodeTei(out);
    expect(back.ok && back.document).toStrictEqual(d);
  });
});
