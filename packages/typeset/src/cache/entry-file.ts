/**
 * A file of key → JSON entries that is opened without decoding it: the bytes are read once and
 * indexed by the hashes in the records' headers, and an entry's JSON is decoded only when asked
 * for. A process that needs 600 of a file's 50,000 shaped words decodes 600.
 *
 * Layout (little-endian):
 *   "WQENTRY1" · kind (UTF-8) · "\n" · records
 *   record: u32 key hash · u32 value check · u32 key length · u32 value length · key (UTF-8) · value (JSON, UTF-8)
 * The key hash is FNV-1a over the key's UTF-16 code units (hashed from the string without encoding
 * it); the value check is FNV-1a over the value's bytes, so a damaged entry is a missing one, never
 * a wrong one. A file cut short keeps the records before the cut.
 */
import { readFileSync } from 'node:fs';

const MAGIC = 'WQENTRY1';
const HEADER = 16;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function hashKey(key: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

function checkOf(bytes: Uint8Array, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i]!, FNV_PRIME);
  return h >>> 0;
}

export class EntryFile {
  private static readonly empty = new EntryFile(Buffer.alloc(0), 0, 0, 0);

  /** The file's entries, or none when it is missing, unreadable or not a file of this kind. */
  static open(file: string, kind: string): EntryFile {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      return EntryFile.empty;
    }
    return EntryFile.fromBytes(bytes, kind);
  }

  static fromBytes(bytes: Buffer, kind: string): EntryFile {
    const head = `${MAGIC}${kind}\n`;
    const start = Buffer.byteLength(head);
    if (bytes.length < start || bytes.toString('utf8', 0, start) !== head) return EntryFile.empty;
    let end = start;
    let count = 0;
    while (end + HEADER <= bytes.length) {
      const next = end + HEADER + bytes.readUInt32LE(end + 8) + bytes.readUInt32LE(end + 12);
      if (next > bytes.length) break; // cut short: keep what came before
      end = next;
      count++;
    }
    return new EntryFile(bytes, start, end, count);
  }

  /** Open addressing over the records: a slot holds a record's offset + 1, 0 when empty. */
  private readonly slots: Uint32Array;
  private readonly mask: number;

  private constructor(
    private readonly bytes: Buffer,
    private readonly start: number,
    private readonly end: number,
    /** how many records lie between start and end */
    readonly size: number,
  ) {
    let capacity = 16;
    while (capacity < size * 2) capacity *= 2;
    this.slots = new Uint32Array(capacity);
    this.mask = capacity - 1;
    for (let at = start; at < end; at = this.recordEnd(at)) {
      let slot = bytes.readUInt32LE(at) & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = at + 1;
    }
  }

  /** Every key, in the file's order. */
  *keys(): Generator<string> {
    for (let at = this.start; at < this.end; at = this.recordEnd(at)) yield this.keyAt(at);
  }

  has(key: string): boolean {
    return this.find(key) >= 0;
  }

  /** The entry's JSON value, decoded; undefined when absent or damaged. */
  get(key: string): unknown {
    const at = this.find(key);
    if (at < 0) return undefined;
    const from = this.valueStart(at);
    const to = this.recordEnd(at);
    if (checkOf(this.bytes, from, to) !== this.bytes.readUInt32LE(at + 4)) return undefined;
    try {
      return JSON.parse(this.bytes.toString('utf8', from, to));
    } catch {
      return undefined;
    }
  }

  /** The records as they are in the file, for a new file to carry over unchanged, but those of `except`. */
  records(except: ReadonlySet<string> = new Set()): Buffer {
    if (except.size === 0) return this.bytes.subarray(this.start, this.end);
    const kept: Buffer[] = [];
    for (let at = this.start; at < this.end; at = this.recordEnd(at))
      if (!except.has(this.keyAt(at))) kept.push(this.bytes.subarray(at, this.recordEnd(at)));
    return Buffer.concat(kept);
  }

  private find(key: string): number {
    if (this.size === 0) return -1;
    const hash = hashKey(key);
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const held = this.slots[slot]!;
      if (held === 0) return -1;
      const at = held - 1;
      if (this.bytes.readUInt32LE(at) === hash && this.keyAt(at) === key) return at;
    }
  }

  /** the record at `at`: its key, where its value starts, where it ends */
  private keyAt(at: number): string {
    return this.bytes.toString('utf8', at + HEADER, this.valueStart(at));
  }
  private valueStart(at: number): number {
    return at + HEADER + this.bytes.readUInt32LE(at + 8);
  }
  private recordEnd(at: number): number {
    return this.valueStart(at) + this.bytes.readUInt32LE(at + 12);
  }
}

/** A file holding `kept`'s records unchanged (but those `added` replaces), then `added`'s entries. */
export function encodeEntries(kind: string, kept: EntryFile, added: ReadonlyMap<string, unknown>): Buffer {
  const replaced = new Set([...added.keys()].filter((key) => kept.has(key)));
  const parts: Buffer[] = [Buffer.from(`${MAGIC}${kind}\n`), kept.records(replaced)];
  for (const [key, entry] of added) {
    const keyBytes = Buffer.from(key);
    const value = Buffer.from(JSON.stringify(entry));
    const header = Buffer.alloc(HEADER);
    header.writeUInt32LE(hashKey(key), 0);
    header.writeUInt32LE(checkOf(value, 0, value.length), 4);
    header.writeUInt32LE(keyBytes.length, 8);
    header.writeUInt32LE(value.length, 12);
    parts.push(header, keyBytes, value);
  }
  return Buffer.concat(parts);
}
