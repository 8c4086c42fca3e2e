import type { Diagnostic, Source } from '@warraq/schema';
import { RECORD_TYPE } from './record.js';
import { attr, elementsOf, fail, requireAttr, textOf } from './tei-tree.js';
import type { XmlElement } from './xml-reader.js';

type Value = string | number | boolean | Value[] | Features;
type Features = Map<string, Value> & { el: XmlElement };

function readValue(el: XmlElement): Value {
  switch (el.name) {
    case 'string':
      return textOf(el);
    case 'symbol':
      return requireAttr(el, 'value');
    case 'numeric': {
      const v = Number(requireAttr(el, 'value'));
      if (!Number.isSafeInteger(v))
        fail(el, 'TEI_VALUE', `<numeric value="${attr(el, 'value')}"> must be a whole number`);
      return v;
    }
    case 'binary': {
      const v = requireAttr(el, 'value');
      if (v !== 'true' && v !== 'false') fail(el, 'TEI_VALUE', '<binary> takes value="true" or "false"');
      return v === 'true';
    }
    case 'vColl':
      return elementsOf(el).map(readValue);
    case 'fs':
      return readFs(el);
    default:
      fail(el, 'TEI_UNSUPPORTED', `<${el.name}> is not a value Warraq's record uses`);
  }
}

export function readFs(el: XmlElement): Features {
  const out = Object.assign(new Map<string, Value>(), { el });
  for (const f of elementsOf(el)) {
    if (f.name !== 'f') fail(f, 'TEI_UNSUPPORTED', `<${f.name}> in <fs>: expected <f>`);
    const values = elementsOf(f);
    if (values.length !== 1)
      fail(f, 'TEI_VALUE', `<f name="${attr(f, 'name')}"> must hold exactly one value`);
    out.set(requireAttr(f, 'name'), readValue(values[0] as XmlElement));
  }
  return out;
}

function get<T extends 'string' | 'number' | 'boolean'>(
  fs: Features,
  name: string,
  type: T,
): (T extends 'string' ? string : T extends 'number' ? number : boolean) | undefined {
  const v = fs.get(name);
  if (v === undefined) return undefined;
  if (typeof v !== type) fail(fs.el, 'TEI_VALUE', `feature "${name}" must be a ${type}`);
  return v as never;
}

function need<T extends 'string' | 'number' | 'boolean'>(fs: Features, name: string, type: T) {
  const v = get(fs, name, type);
  if (v === undefined) fail(fs.el, 'TEI_MISSING', `the record needs feature "${name}"`);
  return v;
}

function listOf(fs: Features, name: string): Value[] {
  const v = fs.get(name);
  if (v === undefined) return [];
  if (!Array.isArray(v)) fail(fs.el, 'TEI_VALUE', `feature "${name}" must be a <vColl>`);
  return v;
}

function structs(fs: Features, name: string): Features[] {
  return listOf(fs, name).map((v) => {
    if (!(v instanceof Map)) fail(fs.el, 'TEI_VALUE', `feature "${name}" must list <fs> elements`);
    return v as Features;
  });
}

export interface RecordFacts {
  model: number;
  source: Omit<Source, 'sha256' | 'text'>;
  declaredEncoding: string | undefined;
  separators: string[];
  completeBlocks: Set<string>;
  diagnostics: Diagnostic[];
}

/** Reads `fs type="warraq-record"`; zod checks the values' vocabularies afterwards. */
export function readRecord(el: XmlElement): RecordFacts {
  if (attr(el, 'type') !== RECORD_TYPE)
    fail(el, 'TEI_UNSUPPORTED', `<fs> in standOff must be type="${RECORD_TYPE}"`);
  const fs = readFs(el);
  const separators = listOf(fs, 'separators').map((v) => {
    if (typeof v !== 'string') fail(el, 'TEI_VALUE', 'separators must be <string> values');
    return v;
  });
  const source = {
    fileName: need(fs, 'fileName', 'string'),
    byteLength: need(fs, 'byteLength', 'number'),
    encoding: {
      name: need(fs, 'encoding', 'string'),
      bom: need(fs, 'bom', 'boolean'),
      method: need(fs, 'encodingMethod', 'string'),
    },
    decodingErrors: structs(fs, 'decodingErrors').map((e) => ({
      byteOffset: need(e, 'byteOffset', 'number'),
      byteLength: need(e, 'byteLength', 'number'),
      textOffset: need(e, 'textOffset', 'number'),
    })),
    lineEnding: need(fs, 'lineEnding', 'string'),
    truncated: need(fs, 'truncated', 'boolean'),
    normalisations: structs(fs, 'normalisations').map((n) => ({
      kind: need(n, 'kind', 'string'),
      count: need(n, 'count', 'number'),
      description: need(n, 'description', 'string'),
    })),
    edits: structs(fs, 'edits').map((e) => ({
      kind: need(e, 'kind', 'string'),
      span: { start: need(e, 'start', 'number'), end: need(e, 'end', 'number') },
      replacement: need(e, 'replacement', 'string'),
    })),
  } as RecordFacts['source'];
  const diagnostics = structs(fs, 'diagnostics').map((d) => {
    const out: Record<string, unknown> = {
      code: need(d, 'code', 'string'),
      severity: need(d, 'severity', 'string'),
      message: need(d, 'message', 'string'),
    };
    const file = get(d, 'file', 'string');
    if (file !== undefined) out.file = file;
    out.line = need(d, 'line', 'number');
    out.column = need(d, 'column', 'number');
    const offset = get(d, 'offset', 'number');
    if (offset !== undefined) out.offset = offset;
    const byteOffset = get(d, 'byteOffset', 'number');
    if (byteOffset !== undefined) out.byteOffset = byteOffset;
    // a diagnostic may carry where its range ends (schema's Diagnostic); keep it through the round trip
    for (const key of ['endLine', 'endColumn', 'endOffset'] as const) {
      const value = get(d, key, 'number');
      if (value !== undefined) out[key] = value;
    }
    return out as Diagnostic;
  });
  return {
    model: need(fs, 'model', 'number'),
    source,
    declaredEncoding: get(fs, 'declaredEncoding', 'string'),
    separators,
    completeBlocks: new Set(
      listOf(fs, 'completeBlocks').map((v) => {
        if (typeof v !== 'string') fail(el, 'TEI_VALUE', 'completeBlocks must be <string> values');
        return v;
      }),
    ),
    diagnostics,
  };
}
