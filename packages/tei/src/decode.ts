import { createHash } from 'node:crypto';
import { checkDocument, type Diagnostic, type Entity, LineIndex, WarraqDocument } from '@warraq/schema';
import { readBody } from './decode-body.js';
import { readHeader } from './decode-header.js';
import { readRecord } from './decode-record.js';
import { readEntity } from './decode-standoff.js';
import { TEI_NS } from './options.js';
import { elementsOf, fail, requireAttr, requireChild, TeiReadError, textOf } from './tei-tree.js';
import { parseXml, type XmlElement, XmlSyntaxError } from './xml-reader.js';

export type DecodeResult = { ok: true; document: WarraqDocument } | { ok: false; diagnostics: Diagnostic[] };

const ENTITY_LISTS = new Set(['listPerson', 'listOrg', 'listPlace']);

function readStandOff(standOff: XmlElement | undefined) {
  const entities: { entity: Entity; n: number }[] = [];
  const roles = new Map<string, string>();
  let record: XmlElement | undefined;
  for (const el of standOff ? elementsOf(standOff) : []) {
    if (ENTITY_LISTS.has(el.name))
      for (const e of elementsOf(el)) entities.push(readEntity(e, el.name, entities.length));
    else if (el.name === 'interpGrp')
      for (const i of elementsOf(el)) roles.set(requireAttr(i, 'xml:id'), textOf(i));
    else if (el.name === 'fs') record = el;
    else fail(el, 'TEI_UNSUPPORTED', `<${el.name}> in <standOff> is not part of Warraq's TEI`);
  }
  if (!record)
    fail(
      standOff ?? { offset: 0 },
      'TEI_MISSING',
      '<standOff> needs the <fs type="warraq-record"> written by Warraq',
    );
  entities.sort((a, b) => a.n - b.n);
  return { entities: entities.map((e) => e.entity), roles, record: readRecord(record) };
}

/** The received bytes, where they can be rebuilt from the text, to check them against the recorded SHA-256. */
function rebuiltBytes(doc: WarraqDocument): Buffer | undefined {
  const { encoding, decodingErrors, text } = doc.source;
  if (encoding.name !== 'utf-8' || decodingErrors.length > 0) return undefined;
  const body = Buffer.from(text, 'utf8');
  return encoding.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}

function readTei(root: XmlElement): WarraqDocument {
  if (root.name !== 'TEI' || root.namespace !== TEI_NS)
    fail(
      root,
      'TEI_ROOT',
      `the root element must be <TEI> in the TEI namespace (${TEI_NS}), not <${root.name}>`,
    );
  const id = requireAttr(root, 'xml:id');
  const language = requireAttr(root, 'xml:lang');
  const header = readHeader(requireChild(root, 'teiHeader'));
  const parts = elementsOf(root);
  for (const p of parts)
    if (!['teiHeader', 'standOff', 'text'].includes(p.name))
      fail(p, 'TEI_UNSUPPORTED', `<${p.name}> in <TEI> is not part of Warraq's TEI`);
  const { entities, roles, record } = readStandOff(parts.find((p) => p.name === 'standOff'));
  const body = requireChild(requireChild(root, 'text'), 'body');
  const ctx = {
    text: '',
    roles,
    calendars: header.calendars,
    separators: record.separators,
    completeBlocks: record.completeBlocks,
  };
  const blocks = readBody(body, ctx);
  const metadata = { language, ...header.metadata } as WarraqDocument['metadata'];
  if (record.declaredEncoding !== undefined) metadata.declaredEncoding = record.declaredEncoding;
  const { fileName, byteLength, encoding, decodingErrors, lineEnding, truncated, normalisations, edits } =
    record.source;
  const doc = {
    model: record.model,
    id,
    metadata,
    source: {
      fileName,
      sha256: header.sha256,
      byteLength,
      encoding,
      decodingErrors,
      text: ctx.text,
      lineEnding,
      truncated,
      normalisations,
      edits,
    },
    blocks,
    entities,
    diagnostics: record.diagnostics,
  } as WarraqDocument;
  const parsed = WarraqDocument.safeParse(doc);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    fail(
      root,
      'TEI_MODEL',
      `the TEI does not give a valid Warraq document: ${issue?.path.join('.')}: ${issue?.message}`,
    );
  }
  const problems = checkDocument(doc);
  if (problems.length > 0)
    fail(root, 'TEI_MODEL', `the TEI does not give a sound Warraq document: ${problems[0]}`);
  const bytes = rebuiltBytes(doc);
  if (bytes) {
    const sha = createHash('sha256').update(bytes).digest('hex');
    if (sha !== doc.source.sha256 || bytes.length !== doc.source.byteLength)
      fail(
        body,
        'TEI_FIXITY',
        `the text in the TEI is not the received text: its SHA-256 is ${sha}, the header records ${doc.source.sha256}`,
      );
  }
  return doc;
}

/**
 * TEI (as written by `encodeTei`, or edited by hand within the same practice) → Document.
 * Whitespace between elements, attribute order, quoting, comments, CDATA and character or predefined
 * entity references may differ; anything else Warraq did not write is refused with its location.
 */
export function decodeTei(xml: string, fileName?: string): DecodeResult {
  const diagnostic = (code: string, message: string, offset: number): Diagnostic => ({
    code,
    severity: 'error',
    message,
    ...(fileName === undefined ? {} : { file: fileName }),
    ...new LineIndex(xml).at(offset),
  });
  try {
    return { ok: true, document: readTei(parseXml(xml)) };
  } catch (e) {
    if (e instanceof XmlSyntaxError)
      return { ok: false, diagnostics: [diagnostic('XML_SYNTAX', e.message, e.offset)] };
    if (e instanceof TeiReadError)
      return { ok: false, diagnostics: [diagnostic(e.code, e.message, e.offset)] };
    throw e;
  }
}
