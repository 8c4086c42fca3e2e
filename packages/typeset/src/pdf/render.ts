import { createRequire } from 'node:module';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { allFaces, type Face, type FontStack, faceFromBytes, pdfmakeFonts } from '../fonts/font-stack.js';
import { installLogicalRenderer } from './logical-renderer.js';

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

/*
 * Speed-ups of pdfmake 0.3.11 / pdfkit 0.19.1 / fontkit 2.0.4 internals (all pinned), each exact:
 * the PDF bytes are the same as without them (checked by comparing whole files). They are
 * installed once, with the first registerFonts.
 *
 * - fontkit's TrueType subsetter decodes every glyph's outline on every document only to learn
 *   whether it is composite: the glyph's bytes, components and metrics are kept per parsed font.
 * - pdfkit turns every content-stream operator into its own Buffer and concatenates them at the
 *   end: strings are gathered and turned into one Buffer when a binary chunk comes or the
 *   stream ends.
 * - pdfmake splits every inline three times with UAX #14 to decide whether two inlines glue
 *   (noNewLine), and resolves ~20 style properties per inline by pushing the inline on the style
 *   stack each time. The split is cached per string; for an inline without named styles the
 *   stack's answer cannot depend on the inline, so it is looked up once per measured text node.
 */
interface GlyphEntry {
  bytes: Uint8Array;
  components: { glyphID: number; pos: number }[] | undefined;
  advance: number;
  bearing: number;
}
interface TtfSubsetLike {
  font: {
    _variationProcessor?: unknown;
    loca: { offsets: number[] };
    getGlyph(gid: number): {
      advanceWidth: number;
      _decode(): { numberOfContours: number; components?: { glyphID: number; pos: number }[] } | null;
      _getMetrics(): { leftBearing: number };
    };
    _getTableStream(tag: string): { pos: number; readBuffer(length: number): Uint8Array };
  };
  glyf: Uint8Array[];
  loca: { offsets: number[] };
  hmtx: { metrics: { advance: number; bearing: number }[] };
  offset: number;
  includeGlyph(gid: number): number;
  _addGlyph(gid: number): number;
}
const glyphCache = new WeakMap<object, Map<number, GlyphEntry>>();
const patchedSubsets = new WeakSet<object>();

function cacheSubsetGlyphs(font: Face['font']): void {
  const subset = (font as unknown as { createSubset(): object }).createSubset();
  const proto = Object.getPrototypeOf(subset) as TtfSubsetLike;
  if (patchedSubsets.has(proto) || typeof proto._addGlyph !== 'function') return;
  patchedSubsets.add(proto);
  const original = proto._addGlyph;
  proto._addGlyph = function addCachedGlyph(this: TtfSubsetLike, gid: number): number {
    const f = this.font;
    if (f._variationProcessor) return original.call(this, gid);
    let glyphs = glyphCache.get(f);
    if (glyphs === undefined) {
      glyphs = new Map();
      glyphCache.set(f, glyphs);
    }
    let entry = glyphs.get(gid);
    if (entry === undefined) {
      const glyph = f.getGlyph(gid);
      const glyf = glyph._decode();
      const cur = f.loca.offsets[gid]!;
      const next = f.loca.offsets[gid + 1]!;
      const stream = f._getTableStream('glyf');
      stream.pos += cur;
      const bytes = stream.readBuffer(next - cur);
      entry = {
        bytes,
        components:
          glyf !== null && glyf.numberOfContours < 0
            ? (glyf.components ?? []).map((c) => ({ glyphID: c.glyphID, pos: c.pos }))
            : undefined,
        advance: glyph.advanceWidth,
        bearing: glyph._getMetrics().leftBearing,
      };
      glyphs.set(gid, entry);
    }
    let buffer = entry.bytes;
    if (entry.components !== undefined) {
      buffer = new Uint8Array(buffer);
      const view = new DataView(buffer.buffer);
      for (const c of entry.components) view.setUint16(c.pos, this.includeGlyph(c.glyphID));
    }
    this.glyf.push(buffer);
    this.loca.offsets.push(this.offset);
    this.hmtx.metrics.push({ advance: entry.advance, bearing: entry.bearing });
    this.offset += buffer.length;
    return this.glyf.length - 1;
  };
}

interface PdfReferenceLike {
  compress: boolean;
  uncompressedLength: number;
  data: { Length?: number | undefined; Filter?: string };
  write(chunk: string | Uint8Array): void;
  finalize(): void;
  _pending?: string[];
}

function flushPending(ref: PdfReferenceLike, write: PdfReferenceLike['write']): void {
  const pending = ref._pending;
  if (pending === undefined || pending.length === 0) return;
  ref._pending = [];
  // the lengths were counted when the strings came: write the bytes without counting again
  const length = ref.data.Length;
  const uncompressed = ref.uncompressedLength;
  write.call(ref, Buffer.from(pending.join(''), 'binary'));
  ref.data.Length = length;
  ref.uncompressedLength = uncompressed;
}

function batchStreamWrites(): void {
  const PDFKit = createRequire(import.meta.url)('pdfkit') as new (options: object) => { ref(): object };
  const proto = Object.getPrototypeOf(new PDFKit({ autoFirstPage: false }).ref()) as PdfReferenceLike;
  const write = proto.write;
  const finalize = proto.finalize;
  proto.write = function batchedWrite(this: PdfReferenceLike, chunk: string | Uint8Array): void {
    if (chunk instanceof Uint8Array) {
      flushPending(this, write);
      write.call(this, chunk);
      return;
    }
    // as pdfkit: Buffer.from(chunk + '\n', 'binary'), one byte per UTF-16 unit
    // biome-ignore lint/style/useTemplate: the same conversion as pdfkit's (chunk + '\n')
    const s = (chunk as unknown as string) + '\n';
    this._pending ??= [];
    this._pending.push(s);
    this.uncompressedLength += s.length;
    this.data.Length = (this.data.Length ?? 0) + s.length;
    if (this.compress) this.data.Filter = 'FlateDecode';
  };
  proto.finalize = function batchedFinalize(this: PdfReferenceLike): void {
    flushPending(this, write);
    finalize.call(this);
  };
}

type StyleStack = { getProperty(name: string): unknown } | null | undefined;
interface StyleContextStackClass {
  getStyleProperty(item: object, stack: StyleStack, name: string, fallback: unknown): unknown;
  copyStyle(source?: object | null, destination?: object): object;
}
type Item = Record<string, unknown> & { text?: unknown };

const isValue = (v: unknown): boolean => v !== undefined && v !== null;

/** getStyleProperty with the stack's answers remembered for inlines without named styles. */
function styleLookup(
  Styles: StyleContextStackClass,
  stack: StyleStack,
): (item: Item, name: string, fallback: unknown) => unknown {
  const known = new Map<string, unknown>();
  return (item, name, fallback) => {
    const own = item[name];
    if (isValue(own)) return own;
    if (!stack) return fallback;
    if (isValue(item.style) && item.style !== '') return Styles.getStyleProperty(item, stack, name, fallback);
    let v: unknown;
    if (known.has(name)) v = known.get(name);
    else {
      v = stack.getProperty(name);
      known.set(name, v);
    }
    return isValue(v) ? v : fallback;
  };
}

const SPLIT_CACHE_LIMIT = 20_000;
const splitCache = new Map<string, readonly { text: string; lineEnd?: boolean }[]>();

function speedUpPdfmakeText(): void {
  const require = createRequire(import.meta.url);
  const Styles = (require('pdfmake/js/StyleContextStack.js') as { default: StyleContextStackClass }).default;
  const LineBreaker = require('linebreak') as new (
    text: string,
  ) => { nextBreak(): { position: number; required: boolean } | null };
  const breakerProto = (
    require('pdfmake/js/TextBreaker.js') as {
      default: { prototype: { getBreaks(texts: unknown, stack: StyleStack): Item[] } };
    }
  ).default.prototype;
  const inlinesProto = (
    require('pdfmake/js/TextInlines.js') as {
      default: {
        prototype: {
          pdfDocument: { provideFont(font: unknown, bold: unknown, italics: unknown): FontLike };
          measure(array: Item[], stack: StyleStack): Item[];
          widthOfText(text: string, inline: Item): number;
        };
      };
    }
  ).default.prototype;
  interface FontLike {
    lineHeight(size: number): number;
  }

  // pdfmake's splitWords (TextBreaker.js), the wrapping case cached per string
  const splitWords = (
    value: unknown,
    noWrap: boolean,
    breakAll = false,
  ): { text: string; lineEnd?: boolean }[] => {
    const text = value === undefined || value === null ? '' : String(value);
    if (noWrap) return [{ text }];
    if (breakAll)
      return text.split('').map((c) => (/^\n$|^\r$/.test(c) ? { text: '', lineEnd: true } : { text: c }));
    if (text.length === 0) return [{ text: '' }];
    const hit = splitCache.get(text);
    if (hit !== undefined) return hit as { text: string; lineEnd?: boolean }[];
    const words: { text: string; lineEnd?: boolean }[] = [];
    const breaker = new LineBreaker(text);
    let last = 0;
    for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
      let word = text.slice(last, bk.position);
      if (bk.required || /\r?\n$|\r$/.test(word)) {
        word = word.replace(/\r?\n$|\r$/, '');
        words.push({ text: word, lineEnd: true });
      } else words.push({ text: word });
      last = bk.position;
    }
    if (splitCache.size >= SPLIT_CACHE_LIMIT) splitCache.clear();
    splitCache.set(text, words);
    return words;
  };
  const firstWord = (words: { text: string }[], noWrap: boolean): string | null => {
    let word = words[0];
    if (word === undefined) return null;
    if (noWrap) {
      word = splitWords(word.text, false)[0];
      if (word === undefined) return null;
    }
    return word.text;
  };
  const lastWord = (words: { text: string; lineEnd?: boolean }[], noWrap: boolean): string | null => {
    let word = words[words.length - 1];
    if (word === undefined || word.lineEnd) return null;
    if (noWrap) {
      const split = splitWords(word.text, false);
      word = split[split.length - 1];
      if (word === undefined) return null;
    }
    return word.text;
  };
  const isObject = (v: unknown): v is Item =>
    v !== null &&
    typeof v === 'object' &&
    !Array.isArray(v) &&
    !(v instanceof String) &&
    !(v instanceof Number && !Number.isNaN(Number(v)));

  // pdfmake's TextBreaker.getBreaks, with the cached split and remembered style lookups
  breakerProto.getBreaks = function getBreaks(texts: unknown, stack: StyleStack): Item[] {
    const prop = styleLookup(Styles, stack);
    const results: Item[] = [];
    const list = Array.isArray(texts) ? texts : [texts];
    let previous: string | null = null;
    for (let i = 0; i < list.length; i++) {
      const item = list[i] as unknown;
      const styled = (item || {}) as Item;
      const breakAll = prop(styled, 'wordBreak', 'normal') === 'break-all';
      const noWrap = prop(styled, 'noWrap', false) as boolean;
      let style: object | null = null;
      let words: { text: string; lineEnd?: boolean }[];
      if (isObject(item)) {
        const ref = item._textRef as { _textNodeRef: { text: unknown } } | undefined;
        if (ref?._textNodeRef.text) item.text = ref._textNodeRef.text;
        words = splitWords(item.text, noWrap, breakAll);
        style = Styles.copyStyle(item);
      } else words = splitWords(item, noWrap, breakAll);
      if (previous && words.length) {
        const glued = splitWords(previous + firstWord(words, noWrap), false);
        if (glued.length === 1) results[results.length - 1]!.noNewLine = true;
      }
      for (const w of words) {
        const result: Item = { text: w.text };
        if (w.lineEnd) result.lineEnd = true;
        Styles.copyStyle(style ?? undefined, result);
        results.push(result);
      }
      previous = i + 1 < list.length ? lastWord(words, noWrap) : null;
    }
    return results;
  };

  const LEADING = /^(\s)+/;
  const TRAILING = /(\s)+$/;
  // pdfmake's TextInlines.measure, with remembered style lookups
  inlinesProto.measure = function measure(
    this: typeof inlinesProto,
    array: Item[],
    stack: StyleStack,
  ): Item[] {
    const prop = styleLookup(Styles, stack);
    if (array.length) {
      const leadingIndent = prop(array[0]!, 'leadingIndent', 0) as number;
      if (leadingIndent) {
        array[0]!.leadingCut = -leadingIndent;
        array[0]!.leadingIndent = leadingIndent;
      }
    }
    for (const item of array) {
      const font = prop(item, 'font', 'Roboto');
      const bold = prop(item, 'bold', false);
      const italics = prop(item, 'italics', false);
      item.font = this.pdfDocument.provideFont(font, bold, italics);
      item.alignment = prop(item, 'alignment', 'left');
      item.fontSize = prop(item, 'fontSize', 12);
      item.fontFeatures = prop(item, 'fontFeatures', null);
      item.characterSpacing = prop(item, 'characterSpacing', 0);
      item.color = prop(item, 'color', 'black');
      item.decoration = prop(item, 'decoration', null);
      item.decorationColor = prop(item, 'decorationColor', null);
      item.decorationStyle = prop(item, 'decorationStyle', null);
      item.decorationThickness = prop(item, 'decorationThickness', null);
      item.background = prop(item, 'background', null);
      item.link = prop(item, 'link', null);
      item.linkToPage = prop(item, 'linkToPage', null);
      item.linkToDestination = prop(item, 'linkToDestination', null);
      item.noWrap = prop(item, 'noWrap', null);
      item.opacity = prop(item, 'opacity', 1);
      item.sup = prop(item, 'sup', false);
      item.sub = prop(item, 'sub', false);
      if (item.sup || item.sub) (item.fontSize as number) *= 0.58;
      const lineHeight = prop(item, 'lineHeight', 1) as number;
      const text = item.text as string;
      item.width = this.widthOfText(text, item);
      item.height = (item.font as FontLike).lineHeight(item.fontSize as number) * lineHeight;
      if (!item.leadingCut) item.leadingCut = 0;
      if (!prop(item, 'preserveLeadingSpaces', false)) {
        const leading = text.match(LEADING);
        if (leading) (item.leadingCut as number) += this.widthOfText(leading[0], item);
      }
      item.trailingCut = 0;
      if (!prop(item, 'preserveTrailingSpaces', false)) {
        const trailing = text.match(TRAILING);
        if (trailing) item.trailingCut = this.widthOfText(trailing[0], item);
      }
    }
    return array;
  };
}

let speedUpsInstalled = false;
function installSpeedUps(): void {
  if (speedUpsInstalled) return;
  speedUpsInstalled = true;
  batchStreamWrites();
  speedUpPdfmakeText();
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
  const def: TDocumentDefinitions = {
    tagged: true,
    ...definition,
    info: { creationDate, modDate: creationDate, producer: '@warraq/typeset', ...definition.info },
    defaultStyle: { font: stack.families[0]!.name, ...definition.defaultStyle },
  };
  const buffer = await instance().createPdf(def).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
