/**
 * The label set of the sequence model: IOB2 over the four ANERcorp types. MISC is learnt (so the
 * model can tell a nationality or an event from a place) but never reported: NameKind has no MISC.
 */
import type { NameKind } from '../types.js';

export const TAGS = [
  'O',
  'B-PERS',
  'I-PERS',
  'B-LOC',
  'I-LOC',
  'B-ORG',
  'I-ORG',
  'B-MISC',
  'I-MISC',
] as const;
export type ModelTag = (typeof TAGS)[number];
export const TAG_COUNT = TAGS.length;
export const OUTSIDE = 0;

const TAG_INDEX = new Map<string, number>(TAGS.map((t, i) => [t, i]));

/** Index of a tag as written in a CoNLL file; anything unknown is O. */
export function tagIndex(tag: string): number {
  return TAG_INDEX.get(tag) ?? OUTSIDE;
}

/** I-X may only follow B-X or I-X: the one hard constraint of decoding. */
export function allowed(previous: number, current: number): boolean {
  const tag = TAGS[current] ?? 'O';
  if (!tag.startsWith('I-')) return true;
  const type = tag.slice(2);
  return TAGS[previous] === `B-${type}` || TAGS[previous] === `I-${type}`;
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

/** Spans of a decoded tag sequence (decoding never emits an I- that opens a span). */
export function spansOf(tags: ArrayLike<number>): TaggedSpan[] {
  const spans: TaggedSpan[] = [];
  let open: { type: ModelType; first: number } | undefined;
  const close = (end: number): void => {
    if (open) spans.push({ type: open.type, first: open.first, end });
    open = undefined;
  };
  for (let i = 0; i < tags.length; i++) {
    const tag = TAGS[tags[i] ?? OUTSIDE] ?? 'O';
    const type = tag.slice(2) as ModelType;
    if (tag.startsWith('B-') || (tag.startsWith('I-') && open?.type !== type)) {
      close(i);
      open = { type, first: i };
    } else if (tag === 'O') close(i);
  }
  close(tags.length);
  return spans;
}
