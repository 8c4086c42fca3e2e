/**
 * Shaped runs kept across processes, one file per face: a brief's process spent about a sixth of
 * its time shaping words with fontkit (Amiri's GSUB/GPOS applied glyph by glyph), the same words
 * from one brief to the next. A run is a pure function of the face's bytes, fontkit and this
 * engine's shaping code, so the file is named by a hash of the three and its runs are the runs
 * fontkit gives (the brief's tests compare the PDF bytes with the cache off, cold and warm).
 *
 * Off unless a program asks for it (`useShapingCache`): the library itself touches no disk. The
 * file is read on a face's first shaping, written by `saveShapingCache` (a temporary file, then a
 * rename: a reader sees the old file or the new, never half of one); a missing, unreadable or
 * corrupt file is an empty cache. It keeps at most MAX_RUNS runs per face, so it cannot grow
 * without bound and reading it stays cheap.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Face } from '../fonts/font-stack.js';
import { PINNED } from '../patches/versions.js';
import type { ShapedGlyph, ShapedRun } from './shape.js';

const FORMAT = 'warraq-shaping-1';
export const MAX_RUNS = 50_000;
/** per glyph: id, xAdvance, yAdvance, xOffset, yOffset */
const FIELDS = 5;

/** A run as stored: 'r' or 'l' (direction), unitsPerEm, then FIELDS numbers per glyph. */
type StoredRun = [string, number, ...number[]];
interface CacheFile {
  format: typeof FORMAT;
  runs: Record<string, StoredRun>;
}

interface FaceRuns {
  readonly file: string;
  readonly stored: Map<string, StoredRun>;
  added: boolean;
}

let directory: string | undefined;
let codeVersion: string | undefined;
const byFace = new WeakMap<Face, FaceRuns>();
const opened: FaceRuns[] = [];

/** Keep shaped runs in `dir` (created when missing); undefined turns the cache off again. */
export function useShapingCache(dir: string | undefined): void {
  directory = dir;
}

/** What decides a run besides the face's bytes: fontkit's version (rendering refuses any but the pinned one) and this engine's shaping code. */
function version(): string {
  if (codeVersion === undefined) {
    // shape.js beside this module in dist, shape.ts in the sources
    const shaping = readFileSync(fileURLToPath(import.meta.url.replace(/shaping-cache\.(\w+)$/, 'shape.$1')));
    codeVersion = `fontkit ${PINNED.fontkit}\n${createHash('sha256').update(shaping).digest('hex')}`;
  }
  return codeVersion;
}

function runsOf(face: Face): FaceRuns | undefined {
  if (directory === undefined) return undefined;
  let runs = byFace.get(face);
  if (runs === undefined) {
    const hash = createHash('sha256').update(version()).update(face.bytes).digest('hex').slice(0, 32);
    const file = join(directory, `shaping-${hash}.json`);
    runs = { file, stored: readRuns(file), added: false };
    byFace.set(face, runs);
    opened.push(runs);
  }
  return runs;
}

function readRuns(file: string): Map<string, StoredRun> {
  try {
    const json = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
    if (json.format !== FORMAT || typeof json.runs !== 'object' || json.runs === null) return new Map();
    return new Map(Object.entries(json.runs).filter(([, run]) => isStoredRun(run)));
  } catch {
    return new Map(); // missing or corrupt: start empty
  }
}

function isStoredRun(run: unknown): run is StoredRun {
  return (
    Array.isArray(run) &&
    (run[0] === 'r' || run[0] === 'l') &&
    run.length % FIELDS === 2 &&
    run.every((x, i) => i === 0 || Number.isFinite(x))
  );
}

/** The run of `text` in `face` kept from an earlier process, if the cache is on and has it. */
export function cachedRun(face: Face, text: string): ShapedRun | undefined {
  const stored = runsOf(face)?.stored.get(text);
  if (stored === undefined) return undefined;
  const glyphs: ShapedGlyph[] = [];
  let advance = 0;
  for (let i = 2; i < stored.length; i += FIELDS) {
    const [id, xAdvance, yAdvance, xOffset, yOffset] = stored.slice(i, i + FIELDS) as number[];
    glyphs.push({ id: id!, xAdvance: xAdvance!, yAdvance: yAdvance!, xOffset: xOffset!, yOffset: yOffset! });
    advance += xAdvance!;
  }
  return { glyphs, advance, direction: stored[0] === 'r' ? 'rtl' : 'ltr', unitsPerEm: stored[1] };
}

/** Remember a run fontkit shaped, for `saveShapingCache` to keep (nothing when the cache is off). */
export function rememberRun(face: Face, text: string, run: ShapedRun): void {
  const runs = runsOf(face);
  if (runs === undefined || runs.stored.size >= MAX_RUNS) return;
  const stored: StoredRun = [run.direction === 'rtl' ? 'r' : 'l', run.unitsPerEm];
  for (const g of run.glyphs) stored.push(g.id, g.xAdvance, g.yAdvance, g.xOffset, g.yOffset);
  runs.stored.set(text, stored);
  runs.added = true;
}

/** Write the faces' files that gained runs (atomically). Never throws: a cache that cannot be written is only slower. */
export function saveShapingCache(): void {
  for (const runs of opened) {
    if (!runs.added) continue;
    const temporary = `${runs.file}.${process.pid}.tmp`;
    try {
      mkdirSync(join(runs.file, '..'), { recursive: true });
      const json: CacheFile = { format: FORMAT, runs: Object.fromEntries(runs.stored) };
      writeFileSync(temporary, JSON.stringify(json));
      renameSync(temporary, runs.file);
      runs.added = false;
    } catch {
      // read-only or full disk: the next process shapes again
    }
  }
}
