/**
 * Shaped runs kept across processes (see cache/face-store.ts): a brief's process spent about a
 * sixth of its time shaping words with fontkit (Amiri's GSUB/GPOS applied glyph by glyph), the
 * same words from one brief to the next. With every word of a text known, fontkit shapes nothing
 * and never decodes GSUB/GPOS.
 */
import { FaceStore, faceCacheOn } from '../cache/face-store.js';
import type { Face } from '../fonts/font-stack.js';
import type { ShapedGlyph, ShapedRun } from './shape.js';

/** per glyph: id, xAdvance, yAdvance, xOffset, yOffset */
const FIELDS = 5;
/** A run as stored: 'r' or 'l' (direction), unitsPerEm, then FIELDS numbers per glyph. */
type StoredRun = [string, number, ...number[]];

function isStoredRun(run: unknown): run is StoredRun {
  return (
    Array.isArray(run) &&
    (run[0] === 'r' || run[0] === 'l') &&
    run.length % FIELDS === 2 &&
    run.every((x, i) => i === 0 || Number.isFinite(x))
  );
}

// shape.js and harfbuzz-shaper.js beside this module in dist (.ts in the sources): the code whose runs are kept
const besideThis = (name: string) => new URL(import.meta.url.replace(/shaping-cache\.(\w+)$/, `${name}.$1`));
const store = new FaceStore<StoredRun>(
  'shaping',
  [besideThis('shape'), besideThis('harfbuzz-shaper')],
  isStoredRun,
  50_000,
);

/** The run of `text` in `face` kept from an earlier process, if the cache is on and has it. */
export function cachedRun(face: Face, text: string): ShapedRun | undefined {
  const stored = store.get(face, text);
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

/** Remember a run fontkit shaped, for saveFaceCaches to keep (nothing when the cache is off). */
export function rememberRun(face: Face, text: string, run: ShapedRun): void {
  if (!faceCacheOn()) return;
  const stored: StoredRun = [run.direction === 'rtl' ? 'r' : 'l', run.unitsPerEm];
  for (const g of run.glyphs) stored.push(g.id, g.xAdvance, g.yAdvance, g.xOffset, g.yOffset);
  store.set(face, text, stored);
}
