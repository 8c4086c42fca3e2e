/**
 * Data derived from a face's bytes, kept across processes in one file per face and kind: a brief's
 * process spent most of its time deriving the same things from Amiri again (shaped words, glyph
 * outlines). What is kept is a pure function of the face's bytes and of the code that derives it, so
 * a file is named by a hash of both, and holds exactly what that code gives.
 *
 * Off unless a program asks for it (`useFaceCache`): the library itself touches no disk. A file is
 * read on a face's first use, written by `saveFaceCaches` (a temporary file, then a rename: a
 * reader sees the old file or the new, never half of one); a missing, unreadable or corrupt file,
 * or a corrupt entry, is an empty cache or a missing entry. A store keeps at most `limit` entries
 * per face, so a file cannot grow without bound.
 *
 * Opening a file costs the same whatever it holds (see entry-file.ts): a process decodes only the
 * entries it asks for. With one JSON object per file, reading 18,000 shaped words (a cache filled
 * by the 200 shared articles) cost a brief ~60 ms, and more as the cache filled.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Face } from '../fonts/font-stack.js';
import { PINNED } from '../patches/versions.js';
import { EntryFile, encodeEntries } from './entry-file.js';

/** A file of another code version or font not read for this long is removed when a store writes. */
const STALE_MS = 7 * 24 * 3600 * 1000;

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
  /** what the file holds (as opened, then as this process last wrote it) */
  kept: EntryFile;
  /** entries of the file decoded in this process (a word occurs many times) */
  readonly decoded: Map<string, T>;
  /** entries derived in this process, written by save() */
  readonly added: Map<string, T>;
}

export class FaceStore<T> {
  private readonly byFace = new WeakMap<Face, FaceEntries<T>>();
  private readonly opened: FaceEntries<T>[] = [];
  private version: string | undefined;

  /**
   * @param kind names the files (`<kind>-<hash>.bin`) and is written in them
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
    const of = this.entriesOf(face);
    if (of === undefined) return undefined;
    if (of.decoded.has(key)) return of.decoded.get(key);
    if (of.added.has(key)) return of.added.get(key);
    const entry = of.kept.get(key);
    if (entry === undefined || !this.valid(entry)) return undefined; // missing, or damaged: derived again
    of.decoded.set(key, entry);
    return entry;
  }

  /** Keep `entry`, new or in place of a damaged one (a sound one is never replaced). */
  set(face: Face, key: string, entry: T): void {
    const of = this.entriesOf(face);
    if (of === undefined || of.decoded.has(key)) return;
    const replacing = of.kept.has(key);
    if (!replacing && of.kept.size + of.added.size >= this.limit) return;
    of.added.set(key, entry);
  }

  save(): void {
    const written = new Set<string>();
    for (const of of this.opened) {
      if (of.added.size === 0) continue;
      const temporary = `${of.file}.${process.pid}.tmp`;
      try {
        mkdirSync(dirname(of.file), { recursive: true });
        const bytes = encodeEntries(this.kind, of.kept, of.added);
        writeFileSync(temporary, bytes);
        renameSync(temporary, of.file);
        of.kept = EntryFile.fromBytes(bytes, this.kind);
        for (const [key, entry] of of.added) of.decoded.set(key, entry);
        of.added.clear();
        written.add(of.file);
      } catch {
        // read-only or full disk: the next process derives them again
      }
    }
    for (const dir of new Set([...written].map((file) => dirname(file)))) this.removeStale(dir);
  }

  /**
   * Files of this kind left by other code or fonts (a new release, the JSON files of releases
   * before entry-file.ts) and not read for a week: without this a cache folder only grows.
   */
  private removeStale(dir: string): void {
    const mine = new RegExp(`^${this.kind}-[0-9a-f]{32}\\.(?:bin|json)$`);
    const inUse = new Set(this.opened.map((of) => of.file));
    const now = Date.now();
    try {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (mine.test(name) && !inUse.has(path) && now - statSync(path).atimeMs > STALE_MS)
          rmSync(path, { force: true });
      }
    } catch {
      // another process removed it first, or the folder is unreadable: only disk space is at stake
    }
  }

  private entriesOf(face: Face): FaceEntries<T> | undefined {
    if (directory === undefined) return undefined;
    let of = this.byFace.get(face);
    if (of === undefined || of.dir !== directory) {
      this.version ??= this.codeVersion();
      const hash = createHash('sha256').update(this.version).update(face.bytes).digest('hex').slice(0, 32);
      const file = join(directory, `${this.kind}-${hash}.bin`);
      of = {
        dir: directory,
        file,
        kept: EntryFile.open(file, this.kind),
        decoded: new Map(),
        added: new Map(),
      };
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
}
