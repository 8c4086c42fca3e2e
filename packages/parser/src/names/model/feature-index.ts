/**
 * Feature string → weight row, looked up in the model file's own bytes: the UTF-8 feature names
 * joined by U+000A, row k being the k-th name. Decoding the ~105,000 names into strings and a Map
 * took a tenth of a brief's start-up; hashing the bytes into an open-addressing table takes a few
 * milliseconds, and a lookup encodes only the string asked for. Same answers as the Map it
 * replaces (test/names-model.test.ts): on a repeated name the last row wins, as Map.set did.
 */
export interface FeatureIndex {
  /** the row of `name`, or undefined when the model has no such feature */
  get(name: string): number | undefined;
  readonly size: number;
}

const NEWLINE = 0x0a;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** a lone surrogate: TextEncoder would turn it into U+FFFD, which no name decoded from UTF-8 equals */
const LONE_SURROGATE = /\p{Cs}/u;

export class Utf8FeatureIndex implements FeatureIndex {
  readonly size: number;
  /** byte offset of each name's start; starts[rows] is one past the last name's end */
  private readonly starts: Uint32Array;
  /** row + 1 in each slot, 0 for an empty slot */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly encoder = new TextEncoder();
  private scratch = new Uint8Array(256);

  /** `names`: the file's names region; it must list exactly `rows` names (checked). */
  constructor(
    private readonly names: Uint8Array,
    rows: number,
  ) {
    this.size = rows;
    this.starts = new Uint32Array(rows + 1);
    let capacity = 1;
    while (capacity < rows * 2) capacity *= 2;
    this.slots = new Int32Array(capacity);
    this.mask = capacity - 1;
    if (rows === 0) return;
    let row = 0;
    // TextDecoder, which the Map was built with, dropped a byte order mark before the first name
    let start = names[0] === 0xef && names[1] === 0xbb && names[2] === 0xbf ? 3 : 0;
    let hash = FNV_OFFSET;
    for (let i = start; i <= names.length; i++) {
      const byte = i < names.length ? names[i]! : NEWLINE;
      if (byte !== NEWLINE) {
        hash = Math.imul(hash ^ byte, FNV_PRIME);
        continue;
      }
      if (row === rows) throw new Error(`names model lists more than ${rows} features for ${rows} rows`);
      this.starts[row] = start;
      this.insert(hash, row, start, i);
      row++;
      start = i + 1;
      hash = FNV_OFFSET;
    }
    if (row !== rows) throw new Error(`names model lists ${row} features for ${rows} rows`);
    this.starts[rows] = names.length + 1;
  }

  get(name: string): number | undefined {
    if (this.size === 0 || LONE_SURROGATE.test(name)) return undefined;
    if (this.scratch.length < name.length * 3) this.scratch = new Uint8Array(name.length * 3);
    const length = this.encoder.encodeInto(name, this.scratch).written;
    let hash = FNV_OFFSET;
    for (let i = 0; i < length; i++) hash = Math.imul(hash ^ this.scratch[i]!, FNV_PRIME);
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = this.slots[slot]!;
      if (entry === 0) return undefined;
      if (this.isRow(entry - 1, this.scratch, 0, length)) return entry - 1;
    }
  }

  private insert(hash: number, row: number, start: number, end: number): void {
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = this.slots[slot]!;
      // a repeated name takes the later row, as Map.set did
      if (entry === 0 || this.isRow(entry - 1, this.names, start, end - start)) {
        this.slots[slot] = row + 1;
        return;
      }
    }
  }

  /** Whether `row`'s name is bytes [from, from + length) of `bytes` (rows before the one being inserted). */
  private isRow(row: number, bytes: Uint8Array, from: number, length: number): boolean {
    const start = this.starts[row]!;
    if (this.starts[row + 1]! - 1 - start !== length) return false;
    for (let i = 0; i < length; i++) if (this.names[start + i] !== bytes[from + i]) return false;
    return true;
  }
}
