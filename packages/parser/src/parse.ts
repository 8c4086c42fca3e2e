import { createHash } from 'node:crypto';
import {
  type ArticleMetadata,
  type Block,
  checkDocument,
  type Diagnostic,
  isNcName,
  MODEL_VERSION,
  type WarraqDocument,
  WarraqDocument as WarraqDocumentSchema,
} from '@warraq/schema';
import { annotateBlocks } from './annotate.js';
import { decodeBytes } from './decode/decode.js';
import { fileDiagnostic, Locator } from './diagnostics.js';
import type { NameFinder } from './entities/registry.js';
import { findNames as findNamesIn } from './names/index.js';
import { normalise } from './normalise/normalise.js';
import { planBlocks } from './structure/blocks.js';
import { detectLineEnding, splitLines } from './structure/lines.js';

export interface ParseInput {
  bytes: Uint8Array;
  fileName: string;
  /** the document id: an XML NCName, since it becomes the TEI xml:id */
  id: string;
  metadata: ArticleMetadata;
}

export interface ParseOptions {
  /**
   * How names are found: 'model' (default) — the trained model of @warraq/names-model weighs the
   * lexicon's proposals; 'lexicon' — the lexicon recogniser alone (no CC BY-SA weights involved).
   */
  names?: 'lexicon' | 'model';
  /** a named-entity recogniser of your own, instead of this package's (then `names` is ignored) */
  findNames?: NameFinder;
}

export type ParseOutcome = { ok: true; document: WarraqDocument } | { ok: false; diagnostics: Diagnostic[] };

const BLOCK_PREFIX: Record<Block['kind'], string> = {
  headline: 'head',
  subheading: 'h',
  lead: 'p',
  paragraph: 'p',
  dateline: 'dateline',
  byline: 'byline',
  caption: 'caption',
};

/**
 * Received bytes and metadata to a Document. Never throws: input it cannot make a sound Document
 * from comes back as `ok: false` with located diagnostics.
 */
export function parseArticle(input: ParseInput, options: ParseOptions = {}): ParseOutcome {
  const fileName = input.fileName || '<input>';
  try {
    if (!isNcName(input.id))
      return fail(
        fileDiagnostic(
          'DOC_ID',
          'error',
          `document id "${input.id}" is not an XML NCName (it must start with a letter or "_")`,
          fileName,
        ),
      );
    return build(
      input,
      fileName,
      options.findNames ?? ((text: string) => findNamesIn(text, { names: options.names ?? 'model' })),
    );
  } catch (e) {
    return fail(fileDiagnostic('PARSER_INTERNAL', 'error', `the parser failed: ${describe(e)}`, fileName));
  }
}

function build(input: ParseInput, fileName: string, findNames: NameFinder): ParseOutcome {
  const decoded = decodeBytes(input.bytes, input.metadata.declaredEncoding);
  const text = decoded.text;
  const locator = new Locator(text, fileName);
  const diagnostics: Diagnostic[] = [];
  if (decoded.unknownDeclared !== undefined)
    diagnostics.push(
      fileDiagnostic(
        'ENCODING_UNKNOWN',
        'warning',
        `declared encoding "${decoded.unknownDeclared}" is not one this parser reads; decoded as ${decoded.encoding.name}`,
        fileName,
      ),
    );
  if (decoded.encoding.method === 'fallback')
    diagnostics.push(
      fileDiagnostic(
        'ENCODING_FALLBACK',
        'info',
        `the bytes are not UTF-8; they read as ${decoded.encoding.name}`,
        fileName,
      ),
    );
  for (const e of decoded.errors)
    diagnostics.push(
      locator.diagnostic(
        'DECODE_INVALID',
        'warning',
        `${e.byteLength} byte(s) at byte ${e.byteOffset} are not valid ${decoded.encoding.name}; U+FFFD stands in their place`,
        e.textOffset,
        { byteOffset: e.byteOffset },
      ),
    );

  const normalised = normalise(text);
  diagnostics.push(...normalised.diagnostics(locator));
  const lines = splitLines(text);
  // a title the archivist supplied is not in the text; one taken from the dataset is its first line
  const title = input.metadata.title?.supplied === false ? input.metadata.title.text : undefined;
  const structure = planBlocks(text, lines, title);
  const counters = new Map<string, number>();
  const blocks: Block[] = structure.blocks.map((plan) => {
    const prefix = BLOCK_PREFIX[plan.kind];
    const n = (counters.get(prefix) ?? 0) + 1;
    counters.set(prefix, n);
    const block: Block = {
      id: `${input.id}.${prefix}${n}`,
      kind: plan.kind,
      span: { start: plan.start, end: plan.end },
      content: [],
    };
    if (plan.truncated) block.truncated = true;
    return block;
  });
  if (structure.truncated) {
    const last = blocks[blocks.length - 1];
    diagnostics.push(
      locator.diagnostic(
        'TEXT_TRUNCATED',
        'info',
        'the text stops mid-sentence: the received copy was cut short (recorded, not repaired)',
        last ? last.span.end : text.length,
      ),
    );
  }
  if (structure.unpunctuatedEnd) {
    const last = blocks[blocks.length - 1];
    diagnostics.push(
      locator.diagnostic(
        'TEXT_END_UNPUNCTUATED',
        'info',
        'the text ends without closing punctuation: it may have been cut short, or end with a credit or tag line (not marked truncated)',
        last ? last.span.end : text.length,
      ),
    );
  }
  if (blocks.length === 0)
    diagnostics.push(locator.diagnostic('TEXT_EMPTY', 'warning', 'the text has no content', 0));

  const annotated = annotateBlocks({
    docId: input.id,
    findNames,
    text,
    view: normalised.view,
    blocks,
    metadata: input.metadata,
    locator,
  });
  diagnostics.push(...annotated.diagnostics);

  const document: WarraqDocument = {
    model: MODEL_VERSION,
    id: input.id,
    metadata: input.metadata,
    source: {
      fileName,
      sha256: createHash('sha256').update(input.bytes).digest('hex'),
      byteLength: input.bytes.length,
      encoding: decoded.encoding,
      decodingErrors: decoded.errors,
      text,
      lineEnding: detectLineEnding(text),
      truncated: structure.truncated,
      normalisations: normalised.summary,
      edits: normalised.edits,
    },
    blocks: annotated.blocks,
    entities: annotated.entities,
    diagnostics: capPerCode(diagnostics),
  };
  return verify(document, fileName);
}

/** The promise to callers: a returned Document is valid and sound, or they get a clear error. */
function verify(document: WarraqDocument, fileName: string): ParseOutcome {
  const shape = WarraqDocumentSchema.safeParse(document);
  if (!shape.success) {
    const issue = shape.error.issues[0];
    return fail(
      fileDiagnostic(
        'PARSER_INVALID_DOCUMENT',
        'error',
        `the parser built an invalid document (${issue?.path.join('.')}: ${issue?.message}); please report this input`,
        fileName,
      ),
    );
  }
  const problems = checkDocument(document);
  if (problems.length > 0)
    return fail(
      fileDiagnostic(
        'PARSER_INVALID_DOCUMENT',
        'error',
        `the parser built an unsound document (${problems[0]}); please report this input`,
        fileName,
      ),
    );
  return { ok: true, document };
}

const MAX_PER_CODE = 50;

/** A pathological input can raise thousands of one message; keep the first ones and say how many more. */
function capPerCode(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Map<string, number>();
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const n = (seen.get(d.code) ?? 0) + 1;
    seen.set(d.code, n);
    if (n <= MAX_PER_CODE) out.push(d);
  }
  for (const [code, n] of seen)
    if (n > MAX_PER_CODE)
      out.push({
        ...(out.find((d) => d.code === code) as Diagnostic),
        severity: 'info',
        message: `${n - MAX_PER_CODE} more ${code} diagnostics not listed`,
      });
  return out;
}

function fail(...diagnostics: Diagnostic[]): ParseOutcome {
  return { ok: false, diagnostics };
}

function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
