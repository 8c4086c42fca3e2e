/**
 * Feature string → weight row, held in three typed arrays instead of a Map of ~100,000 strings:
 * ~5 MB instead of ~10 MB of heap per thread, and, when the arrays are allocated in
 * SharedArrayBuffers, one copy for every worker thread of a process (see shareable-model.ts).
 * Open addressing (linear probing) over FNV-1a hashes of the UTF-16 code units.
 */
export interface FeatureTableArrays {
  /** every feature's UTF-16 code units, one after another */
  readonly chars: Uint16Array;
  /** where feature i starts in `chars` (it ends at `starts[i + 1]`); one entry more than features */
  readonly starts: Uint32Array;
  /** a power of two of slots: 0 empty, else row + 1 */
  readonly slots: Int32Array;
}

/** Makes a typed array's memory: an ArrayBuffer, or a SharedArrayBuffer to share between threads. */
export type Allocate = (bytes: number) => ArrayBufferLike;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function hashOf(text: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

function hashOfUnits(chars: Uint16Array, from: number, to: number): number {
  let h = FNV_OFFSET;
  for (let i = from; i < to; i++) h = Math.imul(h ^ (chars[i] as number), FNV_PRIME);
  return h >>> 0;
}

const PAIR_SEPARATOR = 0x7c; // '|'

/** Whether text[start, end) is written in `chars` from `at` on. */
function unitsEqual(chars: Uint16Array, at: number, text: string, start = 0, end = text.length): boolean {
  for (let i = start; i < end; i++) if (chars[at + i - start] !== text.charCodeAt(i)) return false;
  return true;
}

export class FeatureTable {
  private readonly mask: number;

  constructor(readonly arrays: FeatureTableArrays) {
    this.mask = arrays.slots.length - 1;
  }

  /** The table of `rows` names joined by '\n' (the model file's layout), row i being the i-th name. */
  static fromJoined(
    joined: string,
    rows: number,
    allocate: Allocate = (n) => new ArrayBuffer(n),
  ): FeatureTable {
    const chars = new Uint16Array(allocate(2 * (joined.length - Math.max(0, rows - 1))));
    const starts = new Uint32Array(allocate(4 * (rows + 1)));
    let at = 0;
    let row = 0;
    for (let i = 0; i < joined.length; i++) {
      const unit = joined.charCodeAt(i);
      if (unit === 0x0a) starts[++row] = at;
      else chars[at++] = unit;
    }
    starts[rows] = at;
    let size = 1;
    while (size < rows * 2) size *= 2;
    const slots = new Int32Array(allocate(4 * size));
    for (let r = 0; r < rows; r++) {
      let slot = hashOfUnits(chars, starts[r] as number, starts[r + 1] as number) & (size - 1);
      while (slots[slot] !== 0) slot = (slot + 1) & (size - 1);
      slots[slot] = r + 1;
    }
    return new FeatureTable({ chars, starts, slots });
  }

  get size(): number {
    return this.arrays.starts.length - 1;
  }

  /**
   * The row of `${prefix}${first}|${second}` without building that string (word pairs are looked
   * up for every token and are mostly absent): the hash runs over the parts, the comparison too.
   */
  getPair(prefix: string, first: string, second: string): number | undefined {
    let h = FNV_OFFSET;
    for (let i = 0; i < prefix.length; i++) h = Math.imul(h ^ prefix.charCodeAt(i), FNV_PRIME);
    for (let i = 0; i < first.length; i++) h = Math.imul(h ^ first.charCodeAt(i), FNV_PRIME);
    h = Math.imul(h ^ PAIR_SEPARATOR, FNV_PRIME);
    for (let i = 0; i < second.length; i++) h = Math.imul(h ^ second.charCodeAt(i), FNV_PRIME);
    const length = prefix.length + first.length + 1 + second.length;
    return this.probe(h >>> 0, length, (at) => {
      const after = at + prefix.length;
      return (
        unitsEqual(this.arrays.chars, at, prefix) &&
        unitsEqual(this.arrays.chars, after, first) &&
        this.arrays.chars[after + first.length] === PAIR_SEPARATOR &&
        unitsEqual(this.arrays.chars, after + first.length + 1, second)
      );
    });
  }

  /** The row of `${prefix}${text.slice(start, end)}` without building that string (affixes of a word). */
  getSlice(prefix: string, text: string, start = 0, end = text.length): number | undefined {
    let h = FNV_OFFSET;
    for (let i = 0; i < prefix.length; i++) h = Math.imul(h ^ prefix.charCodeAt(i), FNV_PRIME);
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
    const length = prefix.length + end - start;
    return this.probe(h >>> 0, length, (at) => {
      const { chars } = this.arrays;
      return unitsEqual(chars, at, prefix) && unitsEqual(chars, at + prefix.length, text, start, end);
    });
  }

  /** The row of the name of `length` units with hash `hash` that `matches` the units at its start. */
  private probe(hash: number, length: number, matches: (at: number) => boolean): number | undefined {
    const { starts, slots } = this.arrays;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = slots[slot] as number;
      if (entry === 0) return undefined;
      const from = starts[entry - 1] as number;
      if ((starts[entry] as number) - from === length && matches(from)) return entry - 1;
    }
  }

  /** The feature's row, or undefined when the model has no weights for it. */
  get(feature: string): number | undefined {
    const { chars, starts, slots } = this.arrays;
    for (let slot = hashOf(feature) & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = slots[slot] as number;
      if (entry === 0) return undefined;
      const from = starts[entry - 1] as number;
      if ((starts[entry] as number) - from !== feature.length) continue;
      let i = 0;
      while (i < feature.length && chars[from + i] === feature.charCodeAt(i)) i++;
      if (i === feature.length) return entry - 1;
    }
  }
}
