/**
 * One entity per real-world thing within a text: curated entities keep their keys; a name found by
 * pattern gets a key made from its folded words, so two mentions of the same name share an entity.
 */
import { type Candidate, type Context, wordAt } from './context.js';
import { keyFor } from './keys.js';
import type { NameEntity } from './types.js';

export function mentionWords(ctx: Context, c: Candidate): string[] {
  const words: string[] = [];
  for (let k = c.first; k < c.end; k++) words.push(wordAt(ctx, k, k === c.first ? c.skip : 0));
  return words;
}

export function mentionOffsets(ctx: Context, c: Candidate): { start: number; end: number } {
  const first = ctx.tokens[c.first];
  const last = ctx.tokens[c.end - 1];
  if (!first || !last) return { start: 0, end: 0 };
  return {
    start: ctx.folded.origStart[first.start + c.skip] ?? 0,
    end: withTrailingMarks(ctx.original, ctx.folded.origEnd[last.end - 1] ?? 0),
  };
}

/** Harakat after the last letter belong to it: a span never cuts a letter from its marks. */
export function withTrailingMarks(original: string, end: number): number {
  let e = end;
  while (e < original.length) {
    const code = original.charCodeAt(e);
    if (!((code >= 0x064b && code <= 0x065f) || code === 0x0670)) break;
    e++;
  }
  return e;
}

/** The entities of one text's mentions (src/entities/registry.ts turns them into the Document's registry). */
export class MentionEntities {
  private readonly byKey = new Map<string, NameEntity>();

  constructor(private readonly ctx: Context) {}

  /** The entity of a kept candidate, created on first mention. */
  resolve(c: Candidate): NameEntity {
    if (c.entity) return this.copyOf(c.entity);
    const key = keyFor(c.kind, mentionWords(this.ctx, c).join(' '));
    let entity = this.byKey.get(key);
    if (!entity) {
      const { start, end } = mentionOffsets(this.ctx, c);
      entity = {
        key,
        kind: c.kind,
        names: [{ text: this.ctx.original.slice(start, end), lang: 'ar', type: 'main' }],
        identifiers: [],
      };
      this.byKey.set(key, entity);
    }
    return entity;
  }

  /** Adds another written form of an entity (a family name used alone). */
  addShortName(entity: NameEntity, text: string): void {
    if (!entity.names.some((n) => n.text === text)) entity.names.push({ text, lang: 'ar', type: 'short' });
  }

  /** Curated entities are shared data: each text gets its own copy, so callers may change it freely. */
  private copyOf(shared: NameEntity): NameEntity {
    let entity = this.byKey.get(shared.key);
    if (!entity) {
      entity = {
        key: shared.key,
        kind: shared.kind,
        names: shared.names.map((n) => ({ ...n })),
        identifiers: shared.identifiers.map((id) => ({ ...id })),
      };
      this.byKey.set(shared.key, entity);
    }
    return entity;
  }
}
