/**
 * Shaping with HarfBuzz (harfbuzzjs, HarfBuzz compiled to WebAssembly) instead of fontkit, for a
 * program that asks for it with `useHarfBuzz()`. Same glyphs and positions: the engine's fontkit
 * shaping was written to match HarfBuzz (tests compare every run of the corpus with it), so
 * HarfBuzz gives the runs fontkit would, without fontkit decoding Amiri's GSUB and GPOS tables
 * in each process (~160 ms) and applying them glyph by glyph in JavaScript (~0.5 ms a word, cold).
 * Loading the module and its WebAssembly takes ~15 ms; a word then takes tens of microseconds.
 *
 * The engine hands shapeRun the characters as drawn: at an odd bidi level, mirrored characters
 * are already substituted (rule L4). HarfBuzz mirrors in a right-to-left buffer itself, and only
 * where the face has the mirror image, so a right-to-left run holding a character that has a
 * mirror image is left to fontkit (none of the 19,000 distinct pieces of the 200 shared articles
 * is one: brackets come in runs of their own). The direction is fontkit's: that of the first
 * character whose script is not Common, Inherited or Unknown.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type * as HarfBuzz from 'harfbuzzjs';
import { mirrorOf } from '../bidi/bidi.js';
import type { Face } from '../fonts/font-stack.js';
import type { ShapedGlyph, ShapedRun } from './shape.js';

let hb: typeof HarfBuzz | undefined;
/** one buffer, reset for each run: harfbuzzjs frees WebAssembly memory only when an object is collected */
let buffer: HarfBuzz.Buffer | undefined;
const fonts = new WeakMap<Face, HarfBuzz.Font>();

/**
 * harfbuzzjs's module, as `import('harfbuzzjs')` gives it. Declared as an object, not by
 * harfbuzzjs's own types: those need @types/emscripten, which no user of this package should have
 * to install to type-check.
 */
export type HarfBuzzModule = object;

/**
 * Shape with HarfBuzz from now on in this process: `loaded` when the program imported harfbuzzjs
 * itself (code that cannot import() — a bundle compiled by vm.Script — is handed it), else
 * harfbuzzjs is imported from where this package finds it.
 */
export async function useHarfBuzz(loaded?: HarfBuzzModule): Promise<void> {
  hb ??= (loaded ??
    (await import(
      pathToFileURL(createRequire(import.meta.url).resolve('harfbuzzjs')).href
    ))) as typeof HarfBuzz;
}

/** fontkit's RTL scripts (its Script.direction), as Unicode Script property values. */
const FIRST_SCRIPTED = /[^\p{sc=Zyyy}\p{sc=Zinh}\p{sc=Zzzz}]/u;
const RTL_SCRIPT =
  /[\p{sc=Arab}\p{sc=Hebr}\p{sc=Syrc}\p{sc=Thaa}\p{sc=Cprt}\p{sc=Khar}\p{sc=Phnx}\p{sc=Nkoo}\p{sc=Lydi}\p{sc=Avst}\p{sc=Armi}\p{sc=Phli}\p{sc=Prti}\p{sc=Sarb}\p{sc=Orkh}\p{sc=Samr}\p{sc=Mand}\p{sc=Merc}\p{sc=Mero}\p{sc=Mani}\p{sc=Mend}\p{sc=Nbat}\p{sc=Narb}\p{sc=Palm}\p{sc=Phlp}]/u;

function directionOf(text: string): 'ltr' | 'rtl' {
  const first = FIRST_SCRIPTED.exec(text)?.[0];
  return first !== undefined && RTL_SCRIPT.test(first) ? 'rtl' : 'ltr';
}

/** The run HarfBuzz gives; undefined when the program has not asked for HarfBuzz, or for a run fontkit must shape. */
export function harfBuzzRun(face: Face, text: string): ShapedRun | undefined {
  if (hb === undefined) return undefined;
  const direction = directionOf(text);
  if (direction === 'rtl' && [...text].some((c) => mirrorOf(c) !== null)) return undefined;
  let font = fonts.get(face);
  if (font === undefined) {
    font = new hb.Font(new hb.Face(new hb.Blob(face.bytes), 0));
    fonts.set(face, font);
  }
  buffer ??= new hb.Buffer();
  buffer.reset();
  buffer.addText(text);
  buffer.guessSegmentProperties();
  buffer.setDirection(direction === 'rtl' ? hb.Direction.RTL : hb.Direction.LTR);
  hb.shape(font, buffer);
  let advance = 0;
  const glyphs: ShapedGlyph[] = buffer.getGlyphInfosAndPositions().map((g) => {
    advance += g.xAdvance ?? 0;
    return {
      id: g.codepoint,
      xAdvance: g.xAdvance ?? 0,
      yAdvance: g.yAdvance ?? 0,
      xOffset: g.xOffset ?? 0,
      yOffset: g.yOffset ?? 0,
    };
  });
  return { glyphs, advance, direction, unitsPerEm: face.font.unitsPerEm };
}
