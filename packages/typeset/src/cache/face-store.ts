/**
 * Data derived from a face's bytes, kept across processes in one JSON file per face and kind: a
 * brief's process spent most of its time deriving the same things from Amiri again (shaped words,
 * glyph outlines). What is kept is a pure function of the face's bytes and of the code that derives
 * it, so a file is named by a hash of both, and holds exactly what that code gives.
 *
 * Off unless a program asks for it (`useFaceCache`): the library itself touches no disk. A file is
 * read on a face's first use, written by `saveFaceCaches` (a temporary file, then a rename: a
 * reader sees the old file or the new, never half of one); a missing, unreadable or corrupt file,
 * or a corrupt entry, is an empty cache. A store keeps at most `limit` entries per face, so a file
 * cannot grow without bound and reading it stays cheap.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Face } from '../fonts/font-stack.js';
import { PINNED } from '../patches/versions.js';

let directory: string | undefined;
const stores: FaceStore<unknown>[] = [];

/** Keep derived data in `dir` (created when missing); undefined turns every store off again. */
export function useFaceCache(dir: string | undefined): void {
  directory = dir;
}

/** Whether a program asked for the cache (stores then read and keep entries). */
export function faceCacheOn(): boolean {
  return directory !== undefined;
}

/** Write every file that gained entries (atomically). Never throws: a cache that cannot be written is only slower. */
export function saveFaceCaches(): void {
  for (const store of stores) store.save();
}

interface FaceEntries<T> {
  readonly dir: string;
  readonly file: string;
  readonly entries: Map<string, T>;
  added: boolean;
}

export class FaceStore<T> {
  private readonly byFace = new WeakMap<Face, FaceEntries<T>>();
  private readonly opened: FaceEntries<T>[] = [];
  private version: string | undefined;

  /**
   * @param kind names the files (`<kind>-<hash>.json`) and their format
   * @param code the module files (URLs) whose code derives the entries: any change to them is a new file
   * @param valid whether an entry read from a file is well formed
   */
  constructor(
    private readonly kind: string,
    private readonly code: readonly URL[],
    private readonly valid: (entry: unknown) => entry is T,
    private readonly limit: number,
  ) {
    stores.push(this as FaceStore<unknown>);
  }

  get(face: Face, key: string): T | undefined {
    return this.entriesOf(face)?.entries.get(key);
  }

  set(face: Face, key: string, entry: T): void {
    const of = this.entriesOf(face);
    if (of === undefined || of.entries.size >= this.limit) return;
    of.entries.set(key, entry);
    of.added = true;
  }

  save(): void {
    for (const of of this.opened) {
      if (!of.added) continue;
      const temporary = `${of.file}.${process.pid}.tmp`;
      try {
        mkdirSync(dirname(of.file), { recursive: true });
        writeFileSync(
          temporary,
          JSON.stringify({ format: this.kind, entries: Object.fromEntries(of.entries) }),
        );
        renameSync(temporary, of.file);
        of.added = false;
      } catch {
        // read-only or full disk: the next process derives them again
      }
    }
  }

  private entriesOf(face: Face): FaceEntries<T> | undefined {
    if (directory === undefined) return undefined;
    let of = this.byFace.get(face);
    if (of === undefined || of.dir !== directory) {
      this.version ??= this.codeVersion();
      const hash = createHash('sha256').update(this.version).update(face.bytes).digest('hex').slice(0, 32);
      const file = join(directory, `${this.kind}-${hash}.json`);
      of = { dir: directory, file, entries: this.read(file), added: false };
      this.byFace.set(face, of);
      this.opened.push(of);
    }
    return of;
  }

  /** fontkit's version (rendering refuses any but the pinned one) and the deriving code's bytes. */
  private codeVersion(): string {
    const hash = createHash('sha256').update(`fontkit ${PINNED.fontkit}`);
    for (const url of this.code) hash.update(readFileSync(fileURLToPath(url)));
    return hash.digest('hex');
  }

  private read(file: string): Map<string, T> {
    try {
      const json = JSON.parse(readFileSync(file, 'utf8')) as { format?: unknown; entries?: unknown };
      if (json.format !== this.kind || typeof json.entries !== 'object' || json.entries === null)
        return new Map();
      return new Map(Object.entries(json.entries).filter((e): e is [string, T] => this.valid(e[1])));
    } catch {
      return new Map(); // missing or corrupt: start empty
    }
  }
}
