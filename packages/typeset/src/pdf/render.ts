import { createRequire } from 'node:module';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { allFaces, type Face, type FontStack, faceFromBytes, pdfmakeFonts } from '../fonts/font-stack.js';
import { installPdfkitXmpPatch } from '../patches/pdfkit-xmp.js';
import { installLogicalRenderer } from './logical-renderer.js';
import { cacheSubsetGlyphs, installSpeedUps } from './speed-ups.js';

/** The parts of pdfmake 0.3's Node singleton this package uses (its typings omit virtualfs). */
interface PdfmakeNode {
  virtualfs: { writeFileSync(name: string, data: Buffer): void };
  addFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(cb: (url: string) => boolean): void;
  setLocalAccessPolicy(cb: (path: string) => boolean): void;
  createPdf(def: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
}

const registered = new WeakSet<FontStack>();
/** The parsed font behind each buffer handed to pdfmake's virtual file system. */
const parsed = new WeakMap<object, Face['font']>();
const parsedFonts = new WeakSet<object>();
const layoutCaches = new WeakMap<object, object>();
let fontkitShared = false;
let pdfmake: PdfmakeNode | undefined;

/** The pdfkit and pdfmake internals used here (pdfkit 0.19.1 and pdfmake 0.3.11, pinned). */
interface EmbeddedFontLike {
  font: object;
  layoutCache?: object;
}
interface PdfmakeDocumentLike {
  fonts: Record<string, Record<string, string | string[]>>;
  fontCache: Record<string, Record<string, EmbeddedFontLike>>;
  virtualfs?: { existsSync(name: string): boolean; readFileSync(name: string): object };
  _fontCount: number;
  _fontFamilies: Record<string, EmbeddedFontLike>;
  getFontType(bold: boolean, italics: boolean): string;
}
type EmbeddedFontClass = new (doc: PdfmakeDocumentLike, font: object, id: string) => EmbeddedFontLike;

/**
 * pdfkit parses every font file again for every document (fontkit.create), re-reading Amiri's
 * large GSUB/GPOS tables, and shapes every word again in a cache that dies with the document:
 * most of the time of a brief. For the buffers registered here, pdfmake's provideFont is taught
 * to build pdfkit's embedded font on the Font already parsed, with a word cache per parsed font
 * that lives as long as the process. Both are stateless across documents: pdfkit keeps each
 * document's glyph subset in the embedded font, which is still new per document.
 */
/** pdfkit does not export its EmbeddedFont class: take it from a font opened in a throwaway document. */
function embeddedFontClass(buffer: object): EmbeddedFontClass {
  const PDFKit = createRequire(import.meta.url)('pdfkit') as new (
    options: object,
  ) => {
    font(src: object): { _font: object };
  };
  return new PDFKit({ autoFirstPage: false }).font(buffer)._font.constructor as EmbeddedFontClass;
}

function shareParsedFonts(): void {
  if (fontkitShared) return;
  const mod = createRequire(import.meta.url)('pdfmake/js/PDFDocument.js') as {
    default: {
      prototype: {
        provideFont: (this: PdfmakeDocumentLike, ...args: [string, boolean, boolean]) => EmbeddedFontLike;
      };
    };
  };
  const proto = mod.default.prototype;
  const original = proto.provideFont;
  let Embedded: EmbeddedFontClass | undefined;
  const shareCache = (font: EmbeddedFontLike): EmbeddedFontLike => {
    if (font.layoutCache === undefined || !parsedFonts.has(font.font)) return font;
    const cache = layoutCaches.get(font.font);
    if (cache === undefined) layoutCaches.set(font.font, font.layoutCache);
    else font.layoutCache = cache;
    return font;
  };
  proto.provideFont = function provideParsedFont(this: PdfmakeDocumentLike, familyName, bold, italics) {
    const type = this.getFontType(bold, italics);
    const cached = this.fontCache[familyName]?.[type];
    if (cached !== undefined) return cached;
    const def = this.fonts[familyName]?.[type];
    const file = Array.isArray(def) ? def[0] : def;
    const buffer =
      typeof file === 'string' && this.virtualfs?.existsSync(file)
        ? this.virtualfs.readFileSync(file)
        : undefined;
    const font = buffer === undefined ? undefined : parsed.get(buffer);
    if (font === undefined) return shareCache(original.call(this, familyName, bold, italics));
    Embedded ??= embeddedFontClass(buffer!);
    const id = `F${++this._fontCount}`;
    const embedded = new Embedded(this, font, id);
    this._fontFamilies[id] = embedded; // pdfkit embeds every font listed here when the document ends
    this.fontCache[familyName] ??= {};
    this.fontCache[familyName][type] = embedded;
    return shareCache(embedded);
  };
  fontkitShared = true;
}

function instance(): PdfmakeNode {
  if (pdfmake === undefined) {
    pdfmake = createRequire(import.meta.url)('pdfmake') as PdfmakeNode;
    // No remote or local resources: every font comes through the virtual file system.
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy(() => false);
  }
  return pdfmake;
}

/** Register a font stack's faces with pdfmake's virtual file system and font table (once per stack). */
export function registerFonts(stack: FontStack): void {
  if (registered.has(stack)) return;
  const pm = instance();
  shareParsedFonts();
  installSpeedUps();
  for (const face of allFaces(stack)) {
    const buffer = Buffer.from(face.bytes.buffer, face.bytes.byteOffset, face.bytes.byteLength);
    // pdfkit gets its own parse of the face (once per process): fontkit keeps the characters a
    // glyph was first reached from, and pdfkit writes those to ToUnicode, so the glyphs pdfkit
    // draws must not be first reached by the engine's measuring (reversed or partial runs)
    const own = faceFromBytes(face.file, face.bytes).font;
    parsed.set(buffer, own);
    parsedFonts.add(own);
    cacheSubsetGlyphs(own);
    pm.virtualfs.writeFileSync(face.file, buffer);
  }
  pm.addFonts(pdfmakeFonts(stack));
  registered.add(stack);
}

/** Fixed date for byte-identical output: `SOURCE_DATE_EPOCH` (seconds) when set, else 2000-01-01. */
export function reproducibleDate(env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return new Date(Date.UTC(2000, 0, 1));
}

/**
 * Render a pdfmake document with the stack's fonts. Deterministic: CreationDate (and with it the
 * file ID pdfkit hashes from the info dictionary) is fixed unless the definition sets one.
 * Tagged (a structure tree of the engine's paragraphs and headings; see structure.ts) unless the
 * definition says `tagged: false`; set `language` (BCP 47) so readers know the text's language.
 */
export async function renderPdf(
  stack: FontStack,
  definition: TDocumentDefinitions,
  creationDate: Date = reproducibleDate(),
): Promise<Uint8Array> {
  registerFonts(stack);
  installLogicalRenderer();
  installPdfkitXmpPatch();
  const def: TDocumentDefinitions = {
    tagged: true,
    ...definition,
    info: { creationDate, modDate: creationDate, producer: '@warraq/typeset', ...definition.info },
    defaultStyle: { font: stack.families[0]!.name, ...definition.defaultStyle },
  };
  const buffer = await instance().createPdf(def).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
