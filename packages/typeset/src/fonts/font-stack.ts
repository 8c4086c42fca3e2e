import { createRequire } from 'node:module';
import type * as Fontkit from 'fontkit';

/**
 * fontkit's CommonJS build: the module instance pdfkit itself requires. Importing fontkit as ESM
 * loaded its second build (and restructure's) beside pdfkit's, a second module load at start-up
 * and code that warms up twice.
 */
const fontkit = createRequire(import.meta.url)('fontkit') as typeof Fontkit;

/** pdfmake's four face slots of a family. */
export type FaceStyle = 'normal' | 'bold' | 'italics' | 'bolditalics';
export const FACE_STYLES: readonly FaceStyle[] = ['normal', 'bold', 'italics', 'bolditalics'];

/** One font file, parsed once, under the name pdfmake's virtual file system knows it by. */
export interface Face {
  /** file name in pdfmake's virtual file system */
  readonly file: string;
  /** sfnt (TTF/OTF) bytes: exactly what pdfkit embeds, and what tests shape with HarfBuzz */
  readonly bytes: Uint8Array;
  readonly font: ParsedFont;
}

/**
 * A face's parsed font: a fontkit 2.0.4 Font. Only what users of this package may read is typed
 * here, so that its public types compile without fontkit's (a devDependency's) type declarations;
 * the engine itself reads it through `fontkitFont` (fontkit-font.ts).
 */
export interface ParsedFont {
  readonly postscriptName: string;
  readonly unitsPerEm: number;
  readonly ascent: number;
  readonly descent: number;
  hasGlyphForCodePoint(codePoint: number): boolean;
}

/** A family as pdfmake sees it: a name and up to four faces (missing ones fall back to normal). */
export interface Family {
  readonly name: string;
  readonly faces: Readonly<Record<FaceStyle, Face>>;
}

/**
 * Families tried in order for every character: the first whose face has a glyph draws it.
 * This is how the split @fontsource subsets (arabic / latin / latin-ext) act as one font.
 */
export interface FontStack {
  readonly families: readonly Family[];
}

/** Parse sfnt bytes (TTF/OTF, or a collection's first face) as a Face. */
export function faceFromBytes(file: string, bytes: Uint8Array): Face {
  const parsed = fontkit.create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const font = 'fonts' in parsed ? parsed.fonts[0] : parsed;
  if (font === undefined) throw new Error(`font file "${file}" holds no font`);
  shareLayoutTables(font);
  return { file, bytes, font: font as ParsedFont };
}

/**
 * The OpenType layout tables, decoded once per process for every parse of the same bytes. The
 * same face is parsed more than once on purpose (pdfkit gets its own parse), and fontkit decodes Amiri's large GSUB/GPOS lazily per parse: sharing the decoded tables
 * (pure data) spares the repeats on the first document. Tables are shared only when their bytes
 * are equal.
 */
const SHARED_TABLES = new Set(['GSUB', 'GPOS', 'GDEF']);
const decodedTables = new Map<string, { bytes: Uint8Array; table: unknown }[]>();

interface FontInternals {
  stream: { buffer: Uint8Array };
  _decodeTable(entry: TableEntry): unknown;
}
interface TableEntry {
  tag: string;
  checkSum: number;
  offset: number;
  length: number;
}

function shareLayoutTables(font: Fontkit.Font): void {
  const internals = font as unknown as FontInternals;
  const decode = internals._decodeTable;
  if (typeof decode !== 'function') return;
  internals._decodeTable = function decodeShared(this: FontInternals, entry: TableEntry): unknown {
    if (!SHARED_TABLES.has(entry.tag)) return decode.call(this, entry);
    const bytes = this.stream.buffer.subarray(entry.offset, entry.offset + entry.length);
    const key = `${entry.tag}:${entry.checkSum}:${entry.length}`;
    const known = decodedTables.get(key) ?? [];
    for (const k of known) if (Buffer.compare(k.bytes, bytes) === 0) return k.table;
    const table = decode.call(this, entry);
    known.push({ bytes, table });
    decodedTables.set(key, known);
    return table;
  };
}

/** A family from faces; slots without a face reuse the nearest one (bolditalics → bold → normal). */
export function family(
  name: string,
  faces: { normal: Face } & Partial<Record<Exclude<FaceStyle, 'normal'>, Face>>,
): Family {
  const bold = faces.bold ?? faces.normal;
  const italics = faces.italics ?? faces.normal;
  return { name, faces: { normal: faces.normal, bold, italics, bolditalics: faces.bolditalics ?? bold } };
}

export function faceStyle(bold: boolean, italics: boolean): FaceStyle {
  if (bold) return italics ? 'bolditalics' : 'bold';
  return italics ? 'italics' : 'normal';
}

const familyIndexCache = new WeakMap<FontStack, Record<FaceStyle, Map<number, number>>>();

/** Index of the first family able to draw `codePoint` in `style`, or -1 (remembered per stack). */
export function familyIndexFor(stack: FontStack, codePoint: number, style: FaceStyle): number {
  let byStyle = familyIndexCache.get(stack);
  if (byStyle === undefined) {
    byStyle = { normal: new Map(), bold: new Map(), italics: new Map(), bolditalics: new Map() };
    familyIndexCache.set(stack, byStyle);
  }
  const known = byStyle[style].get(codePoint);
  if (known !== undefined) return known;
  let found = -1;
  for (let i = 0; i < stack.families.length; i++) {
    if (stack.families[i]!.faces[style].font.hasGlyphForCodePoint(codePoint)) {
      found = i;
      break;
    }
  }
  byStyle[style].set(codePoint, found);
  return found;
}

/** pdfmake's `fonts` dictionary for the stack (each family's faces by virtual file name). */
export function pdfmakeFonts(stack: FontStack): Record<string, Record<FaceStyle, string>> {
  const fonts: Record<string, Record<FaceStyle, string>> = {};
  for (const f of stack.families) {
    fonts[f.name] = {
      normal: f.faces.normal.file,
      bold: f.faces.bold.file,
      italics: f.faces.italics.file,
      bolditalics: f.faces.bolditalics.file,
    };
  }
  return fonts;
}

/** Every distinct face of the stack (for registering files with pdfmake). */
export function allFaces(stack: FontStack): Face[] {
  const seen = new Map<string, Face>();
  for (const f of stack.families) for (const s of FACE_STYLES) seen.set(f.faces[s].file, f.faces[s]);
  return [...seen.values()];
}
