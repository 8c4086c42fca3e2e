import { createRequire } from 'node:module';
import type { Face } from '../fonts/font-stack.js';

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

export function cacheSubsetGlyphs(font: Face['font']): void {
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
export function installSpeedUps(): void {
  if (speedUpsInstalled) return;
  speedUpsInstalled = true;
  batchStreamWrites();
  speedUpPdfmakeText();
}
