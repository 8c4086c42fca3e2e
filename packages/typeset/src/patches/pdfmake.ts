import { createRequire } from 'node:module';
import type { ParsedFont } from '../fonts/font-stack.js';
import { measureWithEngineRuns } from './engine-runs.js';
import { embeddedFontClass } from './pdfkit.js';

/*
 * Changes to pdfmake 0.3.11 internals (pinned; versions.ts checks).
 *
 * - The engine's lines: Renderer.renderLine hands the lines `toPdfmake` made to the engine
 *   (pdf/line-renderer.ts), which draws their glyphs as ink and writes their text layer.
 * - Speed-ups, exact (the PDF bytes are the same as without them: test/patches.test.ts):
 *   - pdfkit parses every font file again for every document (fontkit.create), re-reading Amiri's
 *     large GSUB/GPOS tables, and shapes every word again in a cache that dies with the document.
 *     For the buffers given to `shareParsedFont`, pdfmake's provideFont builds pdfkit's embedded
 *     font on the Font already parsed, with a word cache per parsed font that lives as long as the
 *     process. Both are stateless across documents: pdfkit keeps each document's glyph subset in
 *     the embedded font, which is still new per document.
 *   - pdfmake splits every inline three times with UAX #14 to decide whether two inlines glue
 *     (noNewLine), and resolves ~20 style properties per inline by pushing the inline on the
 *     style stack each time. The split is cached per string; for an inline without named styles
 *     the stack's answer cannot depend on the inline, so it is looked up once per measured text
 *     node.
 */

/** A line as pdfmake's renderer draws it. */
export interface PdfmakeLine {
  inlines: Array<Record<string, unknown>>;
}
export type RenderLine<R> = (this: R, line: PdfmakeLine, x: number, y: number) => void;

/** Draws a line it knows and returns true, or returns false; `original` is pdfmake's own renderLine. */
export type LineHook = (
  renderer: unknown,
  line: PdfmakeLine,
  x: number,
  y: number,
  original: (line: PdfmakeLine, x: number, y: number) => void,
) => boolean;
let lineHook: LineHook | undefined;
/** Let `draw` draw the lines it knows (pdfmake draws the others as before); the last one given wins. */
export function hookRenderLine(draw: LineHook): void {
  if (lineHook === undefined) {
    const mod = createRequire(import.meta.url)('pdfmake/js/Renderer.js') as {
      default: { prototype: { renderLine: RenderLine<unknown> } };
    };
    const proto = mod.default.prototype;
    const original = proto.renderLine;
    proto.renderLine = function renderLine(this: unknown, line: PdfmakeLine, x: number, y: number): void {
      const own = (l: PdfmakeLine, lx: number, ly: number) => original.call(this, l, lx, ly);
      if (!lineHook?.(this, line, x, y, own)) own(line, x, y);
    };
  }
  lineHook = draw;
}

/** How to get the parsed font behind each buffer handed to pdfmake's virtual file system. */
const parsed = new WeakMap<object, () => ParsedFont>();
const parsedFonts = new WeakSet<object>();
const layoutCaches = new WeakMap<object, object>();
let fontkitShared = false;

/**
 * pdfmake's provideFont will build the embedded font for `buffer` on the font `parse` gives (see
 * shareParsedFonts), parsed when a document first uses the face: a brief uses a few of Amiri's 12.
 */
export function shareParsedFont(buffer: object, parse: () => ParsedFont): void {
  let font: ParsedFont | undefined;
  parsed.set(buffer, () => {
    if (font === undefined) {
      font = parse();
      parsedFonts.add(font);
    }
    return font;
  });
}

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

/** Teach pdfmake's provideFont to use the parsed fonts given to `shareParsedFont` (idempotent). */
export function shareParsedFonts(): void {
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
    const font = buffer === undefined ? undefined : parsed.get(buffer)?.();
    if (font === undefined) return shareCache(original.call(this, familyName, bold, italics));
    if (Embedded === undefined) {
      Embedded = embeddedFontClass<EmbeddedFontClass>(buffer!);
      measureWithEngineRuns(Embedded);
    }
    const id = `F${++this._fontCount}`;
    const embedded = new Embedded(this, font, id);
    this._fontFamilies[id] = embedded; // pdfkit embeds every font listed here when the document ends
    this.fontCache[familyName] ??= {};
    this.fontCache[familyName][type] = embedded;
    return shareCache(embedded);
  };
  fontkitShared = true;
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

let textSpedUp = false;
/** pdfmake's inline splitting and measuring with cached splits and style lookups (idempotent). */
export function speedUpPdfmakeText(): void {
  if (textSpedUp) return;
  textSpedUp = true;
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
