import { createHash } from 'node:crypto';
import type { Block, Entity, Inline, WarraqDocument } from '@warraq/schema';

/** Inline content described without offsets: strings are text, objects wrap more content. */
export type InlineSpec =
  | string
  | (DistributiveOmit<Exclude<Inline, { type: 'text' }>, 'span' | 'content'> & { content: InlineSpec[] });
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export interface BlockSpec {
  id: string;
  kind: Block['kind'];
  lang?: string;
  truncated?: boolean;
  content: InlineSpec[];
}

export interface DocumentSpec {
  id: string;
  /** text before each block and after the last: blocks.length + 1 strings (default "" … "\n\n" … "") */
  separators?: string[];
  blocks: BlockSpec[];
  entities?: Entity[];
  metadata?: Partial<WarraqDocument['metadata']>;
  source?: Partial<WarraqDocument['source']>;
  diagnostics?: WarraqDocument['diagnostics'];
}

/** Builds a Document whose spans tile its text exactly, as the parser would. */
export function buildDocument(spec: DocumentSpec): WarraqDocument {
  let text = '';
  const separators = spec.separators ?? spec.blocks.map((_, i) => (i === 0 ? '' : '\n\n')).concat(['']);
  const build = (nodes: InlineSpec[]): Inline[] =>
    nodes.map((n): Inline => {
      const start = text.length;
      if (typeof n === 'string') {
        text += n;
        return { type: 'text', span: { start, end: text.length }, text: n };
      }
      const content = build(n.content);
      return { ...n, span: { start, end: text.length }, content } as Inline;
    });
  const blocks: Block[] = spec.blocks.map((b, i) => {
    text += separators[i] ?? '';
    const start = text.length;
    const content = build(b.content);
    const block: Block = { id: b.id, kind: b.kind, span: { start, end: text.length }, content };
    if (b.lang !== undefined) block.lang = b.lang;
    if (b.truncated !== undefined) block.truncated = b.truncated;
    return block;
  });
  text += separators[spec.blocks.length] ?? '';
  const bytes = Buffer.from(text, 'utf8');
  return {
    model: 1,
    id: spec.id,
    metadata: { language: 'ar', authors: [], keywords: [], ...spec.metadata },
    source: {
      fileName: `${spec.id}.txt`,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      byteLength: bytes.length,
      encoding: { name: 'utf-8', bom: false, method: 'utf8-valid' },
      decodingErrors: [],
      text,
      lineEnding: text.includes('\n') ? 'lf' : 'none',
      truncated: false,
      normalisations: [],
      edits: [],
      ...spec.source,
    },
    blocks,
    entities: spec.entities ?? [],
    diagnostics: spec.diagnostics ?? [],
  };
}
