/**
 * The label set of the sequence model: BILOU (begin, inside, last, unit-length, outside) over the
 * four ANERcorp types — richer than IOB2 for a first-order model (Ratinov & Roth 2009). MISC is
 * learnt (so the model can tell a nationality or an event from a place) but never reported:
 * NameKind has no MISC.
 */
import type { NameKind } from '../types.js';

const TYPES = ['PERS', 'LOC', 'ORG', 'MISC'] as const;
export const TAGS: readonly string[] = [
  'O',
  ...TYPES.flatMap((t) => ['B', 'I', 'L', 'U'].map((p) => `${p}-${t}`)),
];
export const TAG_COUNT = TAGS.length;
export const OUTSIDE = 0;

const TAG_INDEX = new Map<string, number>(TAGS.map((t, i) => [t, i]));

/** Index of a tag (B-PERS, L-LOC …); anything unknown is O. */
export function tagIndex(tag: string): number {
  return TAG_INDEX.get(tag) ?? OUTSIDE;
}

const isOpen = (tag: string): boolean => tag.startsWith('B-') || tag.startsWith('I-');

/** BILOU's constraints: I-X and L-X continue a B-X or I-X; nothing else may follow an open span. */
export function allowed(previous: number, current: number): boolean {
  const before = TAGS[previous] ?? 'O';
  const tag = TAGS[current] ?? 'O';
  if (tag.startsWith('I-') || tag.startsWith('L-')) return isOpen(before) && before.slice(2) === tag.slice(2);
  return !isOpen(before);
}

/** A sequence may not end inside a span. */
export function canEnd(current: number): boolean {
  return !isOpen(TAGS[current] ?? 'O');
}

/** IOB2 tags of a sentence (as written in ANERcorp) → BILOU indices. */
export function bilouFromIob(tags: readonly string[]): Uint8Array {
  const out = new Uint8Array(tags.length);
  for (const span of spansOfIob(tags)) {
    for (let k = span.first; k < span.end; k++) {
      const position =
        span.end - span.first === 1 ? 'U' : k === span.first ? 'B' : k === span.end - 1 ? 'L' : 'I';
      out[k] = tagIndex(`${position}-${span.type}`);
    }
  }
  return out;
}

/** Spans of IOB2 tags the way seqeval reads them (an I- that continues nothing opens a span). */
export function spansOfIob(tags: readonly string[]): TaggedSpan[] {
  const spans: TaggedSpan[] = [];
  let open: { type: ModelType; first: number } | undefined;
  const close = (end: number): void => {
    if (open) spans.push({ type: open.type, first: open.first, end });
    open = undefined;
  };
  tags.forEach((tag, i) => {
    const type = tag.slice(2) as ModelType;
    if (tag.startsWith('B-') || (tag.startsWith('I-') && open?.type !== type)) {
      close(i);
      if ((TYPES as readonly string[]).includes(type)) open = { type, first: i };
    } else if (!tag.startsWith('I-')) close(i);
  });
  close(tags.length);
  return spans;
}

export type ModelType = 'PERS' | 'LOC' | 'ORG' | 'MISC';

export const KIND_OF_TYPE: Readonly<Record<ModelType, NameKind | undefined>> = {
  PERS: 'person',
  LOC: 'place',
  ORG: 'organisation',
  MISC: undefined,
};

export const TYPE_OF_KIND: Readonly<Record<NameKind, ModelType>> = {
  person: 'PERS',
  place: 'LOC',
  organisation: 'ORG',
};

export interface TaggedSpan {
  readonly type: ModelType;
  readonly first: number;
  /** exclusive */
  readonly end: number;
}

/** Spans of a decoded tag sequence (decoding keeps BILOU's constraints, so B…L and U delimit them). */
export function spansOf(tags: ArrayLike<number>): TaggedSpan[] {
  const spans: TaggedSpan[] = [];
  let first = -1;
  for (let i = 0; i < tags.length; i++) {
    const tag = TAGS[tags[i] ?? OUTSIDE] ?? 'O';
    const type = tag.slice(2) as ModelType;
    if (tag.startsWith('U-')) spans.push({ type, first: i, end: i + 1 });
    else if (tag.startsWith('B-')) first = i;
    else if (tag.startsWith('L-') && first >= 0) {
      spans.push({ type, first, end: i + 1 });
      first = -1;
    }
  }
  return spans;
}
