/**
 * One entity per real-world thing within a text: curated entities keep their keys; a name found by
 * pattern gets a key made from its folded words, so two mentions of the same name share an entity.
 */
import { type Candidate, type Context, wordAt } from './context.js';
import { keyFor } from './keys.js';
import type { NameEntity } from './types.js';

export function mentionWords(ctx: Context, c: Candidate): string[] {
  const words: string[] = [stemAt(ctx, c.first, c.skip)];
  for (let k = c.first + 1; k < c.end; k++) words.push(wordAt(ctx, k));
  return words;
}

/**
 * The word at i read without its first `skip` clitic letters. Two readings may peel the same number
 * of letters (للتحالف: ل + التحالف, or ل + لتحالف): the one the lexicon knows wins, else the one
 * that restores the article's alef — so للتحالف and التحالف name the same thing.
 */
export function stemAt(ctx: Context, i: number, skip: number): string {
  const options = (ctx.readings[i] ?? []).filter((r) => r.skip === skip).map((r) => r.stem);
  const { lex } = ctx;
  const known = options.find((s) => lex.gazetteer.has(s) || lex.given.has(s) || lex.familyNames.has(s));
  return known ?? options[0] ?? wordAt(ctx, i, skip);
}

/** How the mention is written as a name: للتحالف الدولي → التحالف الدولي (the article's alef restored). */
export function mentionName(ctx: Context, c: Candidate): string {
  const { start, end } = mentionOffsets(ctx, c);
  const written = ctx.original.slice(start, end);
  const stem = stemAt(ctx, c.first, c.skip);
  return stem !== wordAt(ctx, c.first, c.skip) && stem.startsWith('ال') && written.startsWith('ل')
    ? `ا${written}`
    : written;
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
      entity = {
        key,
        kind: c.kind,
        names: [{ text: mentionName(this.ctx, c), lang: 'ar', type: 'main' }],
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
