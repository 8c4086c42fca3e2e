/**
 * A glyph drawn as ink only: its outline as a Form XObject, written once per document and font and
 * placed with `Do`. Text extractors do not read paths, so a glyph drawn this way adds nothing to the
 * copied text: every glyph the engine lays out is drawn so (see ink.ts and text-layer.ts). It is filled with
 * the current fill colour, like the text around it.
 *
 * pdfkit 0.19.1 internals (pinned; patches/versions.ts checks): doc.ref() streams, doc.page.xobjects.
 */
import { FaceStore, faceCacheOn } from '../cache/face-store.js';
import { faceOfPdfkitParse } from '../patches/index.js';

interface PathCommand {
  command: 'moveTo' | 'lineTo' | 'quadraticCurveTo' | 'bezierCurveTo' | 'closePath';
  args: number[];
}
export interface OutlineFont {
  unitsPerEm: number;
  getGlyph(id: number): {
    path: { commands: PathCommand[] };
    bbox: { minX: number; minY: number; maxX: number; maxY: number };
  };
}
interface RefLike {
  end(chunk?: string): void;
}
export interface OutlineDoc {
  ref(data: Record<string, unknown>): RefLike;
  page: { xobjects: Record<string, RefLike> };
  addContent(data: string): unknown;
}

/** Font units are fine enough: at 1000 per em, 14 pt text moves by under 0.01 pt. */
const u = (x: number): string => String(Math.round(x));
const n = (x: number): string => String(Math.round(x * 100) / 100);
const n4 = (x: number): string => String(Math.round(x * 1e6) / 1e6);

/** PDF path operators for an outline in font units (quadratic segments raised to cubic). */
export function outlineOperators(commands: readonly PathCommand[]): string {
  const ops: string[] = [];
  let cx = 0;
  let cy = 0;
  for (const { command, args: a } of commands) {
    switch (command) {
      case 'moveTo':
        ops.push(`${u(a[0]!)} ${u(a[1]!)} m`);
        [cx, cy] = [a[0]!, a[1]!];
        break;
      case 'lineTo':
        ops.push(`${u(a[0]!)} ${u(a[1]!)} l`);
        [cx, cy] = [a[0]!, a[1]!];
        break;
      case 'quadraticCurveTo': {
        const [qx, qy, x, y] = a as [number, number, number, number];
        const c1x = cx + (2 / 3) * (qx - cx);
        const c1y = cy + (2 / 3) * (qy - cy);
        const c2x = x + (2 / 3) * (qx - x);
        const c2y = y + (2 / 3) * (qy - y);
        ops.push(`${u(c1x)} ${u(c1y)} ${u(c2x)} ${u(c2y)} ${u(x)} ${u(y)} c`);
        [cx, cy] = [x, y];
        break;
      }
      case 'bezierCurveTo':
        ops.push(`${a.map(u).join(' ')} c`);
        [cx, cy] = [a[4]!, a[5]!];
        break;
      case 'closePath':
        ops.push('h');
        break;
    }
  }
  ops.push('f');
  return ops.join('\n');
}

type BBox = readonly [number, number, number, number];
interface Outline {
  readonly bbox: BBox;
  readonly operators: string;
}
/** A glyph's outline as kept across processes (cache/face-store.ts): bbox and operators, or null for none. */
type KeptOutline = [number, number, number, number, string] | null;
const isKeptOutline = (e: unknown): e is KeptOutline =>
  e === null ||
  (Array.isArray(e) && e.length === 5 && e.slice(0, 4).every(Number.isFinite) && typeof e[4] === 'string');
/** fontkit decoding each glyph's outline was a tenth of a brief's process: kept per face, for faces pdfkit shares with the engine */
const keptOutlines = new FaceStore<KeptOutline>(
  'outlines',
  [new URL(import.meta.url)],
  isKeptOutline,
  20_000,
);

/** Per parsed font, every glyph's outline as PDF operators: pure data, kept across documents. */
const outlines = new WeakMap<OutlineFont, Map<number, Outline | undefined>>();

function outlineOf(font: OutlineFont, glyphId: number): Outline | undefined {
  let byGlyph = outlines.get(font);
  if (byGlyph === undefined) {
    byGlyph = new Map();
    outlines.set(font, byGlyph);
  }
  if (byGlyph.has(glyphId)) return byGlyph.get(glyphId);
  const face = faceOfPdfkitParse(font);
  const kept = face === undefined ? undefined : keptOutlines.get(face, String(glyphId));
  if (kept !== undefined) {
    const outline =
      kept === null ? undefined : { bbox: [kept[0], kept[1], kept[2], kept[3]] as const, operators: kept[4] };
    byGlyph.set(glyphId, outline);
    return outline;
  }
  const glyph = font.getGlyph(glyphId);
  const { minX, minY, maxX, maxY } = glyph.bbox;
  const outline =
    [minX, minY, maxX, maxY].every(Number.isFinite) && glyph.path.commands.length > 0
      ? {
          bbox: [Math.floor(minX), Math.floor(minY), Math.ceil(maxX), Math.ceil(maxY)] as const,
          operators: outlineOperators(glyph.path.commands),
        }
      : undefined;
  byGlyph.set(glyphId, outline);
  if (face !== undefined && faceCacheOn())
    keptOutlines.set(
      face,
      String(glyphId),
      outline === undefined ? null : [...outline.bbox, outline.operators],
    );
  return outline;
}

interface Written {
  readonly name: string;
  readonly ref: RefLike;
}
/** Per document: the outlines written so far, by font and glyph, and how many (for names). */
const written = new WeakMap<OutlineDoc, { byFont: Map<OutlineFont, Map<number, Written>>; count: number }>();

function xobject(doc: OutlineDoc, font: OutlineFont, glyphId: number): Written | undefined {
  let state = written.get(doc);
  if (state === undefined) {
    state = { byFont: new Map(), count: 0 };
    written.set(doc, state);
  }
  let byGlyph = state.byFont.get(font);
  if (byGlyph === undefined) {
    byGlyph = new Map();
    state.byFont.set(font, byGlyph);
  }
  let entry = byGlyph.get(glyphId);
  if (entry === undefined) {
    const outline = outlineOf(font, glyphId);
    if (outline === undefined) return undefined;
    const ref = doc.ref({ Type: 'XObject', Subtype: 'Form', BBox: [...outline.bbox] });
    ref.end(outline.operators);
    entry = { name: `Gl${++state.count}`, ref };
    byGlyph.set(glyphId, entry);
  }
  return entry;
}

/**
 * Fill glyph `glyphId` of `font` with its origin at (x, y), in PDF's own coordinates (y up), at
 * `size` points. Call outside BT…ET.
 */
export function drawGlyphOutline(
  doc: OutlineDoc,
  font: OutlineFont,
  glyphId: number,
  size: number,
  x: number,
  y: number,
): void {
  const entry = xobject(doc, font, glyphId);
  if (entry === undefined) return; // no outline: nothing to draw
  const { name, ref } = entry;
  doc.page.xobjects[name] = ref;
  const s = size / font.unitsPerEm;
  doc.addContent(`q ${n4(s)} 0 0 ${n4(s)} ${n(x)} ${n(y)} cm /${name} Do Q`);
}
