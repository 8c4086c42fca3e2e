import type { WarraqDocument } from '@warraq/schema';
import { escapeText } from './xml-text.js';
import type { XmlWriter } from './xml-writer.js';

/**
 * `<fs type="warraq-record">` in standOff: the facts about the received file that a TEI header has
 * no element for (file name, byte length, encoding, line endings, decoding errors, the text between
 * blocks, normalisation edits, diagnostics), as a TEI feature structure so the file stays valid TEI
 * and the decoder can rebuild the Document exactly.
 */
export const RECORD_TYPE = 'warraq-record';

type Value =
  | { string: string }
  | { symbol: string }
  | { numeric: number }
  | { binary: boolean }
  | { fs: string; features: Feature[] }
  | { list: Value[] };
export type Feature = readonly [string, Value | undefined];

function writeValue(w: XmlWriter, v: Value): void {
  // line breaks and tabs as references: the record survives re-indenting by hand or by a formatter
  if ('string' in v)
    w.mixed(
      'string',
      [],
      escapeText(v.string).replace(/[\n\t]/g, (c) => (c === '\n' ? '&#10;' : '&#9;')),
    );
  else if ('symbol' in v) w.empty('symbol', [['value', v.symbol]]);
  else if ('numeric' in v) w.empty('numeric', [['value', String(v.numeric)]]);
  else if ('binary' in v) w.empty('binary', [['value', String(v.binary)]]);
  else if ('fs' in v) writeFs(w, v.fs, v.features);
  else {
    w.open('vColl', [['org', 'list']]);
    for (const item of v.list) writeValue(w, item);
    w.close('vColl');
  }
}

function writeFs(w: XmlWriter, type: string, features: readonly Feature[]): void {
  w.open('fs', [['type', type]]);
  for (const [name, value] of features) {
    if (value === undefined) continue;
    w.open('f', [['name', name]]);
    writeValue(w, value);
    w.close('f');
  }
  w.close('fs');
}

const str = (s: string | undefined): Value | undefined => (s === undefined ? undefined : { string: s });
const num = (n: number | undefined): Value | undefined => (n === undefined ? undefined : { numeric: n });
const list = (items: Value[]): Value | undefined => (items.length === 0 ? undefined : { list: items });

/** The text of source.text outside blocks: before each block, and after the last. */
export function separatorsOf(doc: WarraqDocument): string[] {
  const out: string[] = [];
  let at = 0;
  for (const b of doc.blocks) {
    out.push(doc.source.text.slice(at, b.span.start));
    at = b.span.end;
  }
  out.push(doc.source.text.slice(at));
  return out;
}

export function writeRecord(w: XmlWriter, doc: WarraqDocument): void {
  const s = doc.source;
  writeFs(w, RECORD_TYPE, [
    ['model', { numeric: doc.model }],
    ['fileName', { string: s.fileName }],
    ['byteLength', { numeric: s.byteLength }],
    ['encoding', { symbol: s.encoding.name }],
    ['bom', { binary: s.encoding.bom }],
    ['encodingMethod', { symbol: s.encoding.method }],
    ['declaredEncoding', str(doc.metadata.declaredEncoding)],
    ['lineEnding', { symbol: s.lineEnding }],
    ['truncated', { binary: s.truncated }],
    ['separators', { list: separatorsOf(doc).map((t) => ({ string: t })) }],
    ['completeBlocks', list(doc.blocks.filter((b) => b.truncated === false).map((b) => ({ string: b.id })))],
    [
      'normalisations',
      list(
        s.normalisations.map((n) => ({
          fs: 'normalisation',
          features: [
            ['kind', { symbol: n.kind }],
            ['count', { numeric: n.count }],
            ['description', { string: n.description }],
          ],
        })),
      ),
    ],
    [
      'edits',
      list(
        s.edits.map((e) => ({
          fs: 'edit',
          features: [
            ['kind', { symbol: e.kind }],
            ['start', { numeric: e.span.start }],
            ['end', { numeric: e.span.end }],
            ['replacement', { string: e.replacement }],
          ],
        })),
      ),
    ],
    [
      'decodingErrors',
      list(
        s.decodingErrors.map((e) => ({
          fs: 'decodingError',
          features: [
            ['byteOffset', { numeric: e.byteOffset }],
            ['byteLength', { numeric: e.byteLength }],
            ['textOffset', { numeric: e.textOffset }],
          ],
        })),
      ),
    ],
    [
      'diagnostics',
      list(
        doc.diagnostics.map((d) => ({
          fs: 'diagnostic',
          features: [
            ['code', { symbol: d.code }],
            ['severity', { symbol: d.severity }],
            ['message', { string: d.message }],
            ['file', str(d.file)],
            ['line', { numeric: d.line }],
            ['column', { numeric: d.column }],
            ['offset', num(d.offset)],
            ['byteOffset', num(d.byteOffset)],
            ['endLine', num(d.endLine)],
            ['endColumn', num(d.endColumn)],
            ['endOffset', num(d.endOffset)],
          ],
        })),
      ),
    ],
  ]);
}
