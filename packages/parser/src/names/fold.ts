/**
 * Folding for matching: a normalised view of the text in which spelling variants that Arabic news
 * writes interchangeably compare equal, with a map from every folded character back to the original.
 *
 * Folded: alef variants (أ إ آ ٱ) → ا, ى/ی → ي, ة → ه, ک → ك; harakat, Quranic marks, tatweel,
 * zero-width and bidi controls removed; presentation forms expanded (NFKC); every kind of space
 * (NBSP included) → ' '; Arabic-Indic and Persian digits → ASCII; Latin lower-cased.
 */
import { LETTER_VARIANTS, NAME_ONLY_VARIANTS } from '../normalise/letters.js';

export interface FoldedText {
  /** the folded view */
  readonly text: string;
  /** origStart[i]: offset in the original string of the character folded[i] came from */
  readonly origStart: Int32Array;
  /** origEnd[i]: end offset (exclusive) in the original string of that character */
  readonly origEnd: Int32Array;
}

/** the shared letter table, and ة/ه for names only (src/normalise/letters.ts) */
const CHAR_MAP: Readonly<Record<string, string>> = { ...LETTER_VARIANTS, ...NAME_ONLY_VARIANTS };

function isIgnorable(code: number): boolean {
  return (
    (code >= 0x064b && code <= 0x065f) || // harakat
    code === 0x0670 || // superscript alef
    code === 0x0640 || // tatweel
    (code >= 0x06d6 && code <= 0x06ed) || // Quranic annotation marks
    (code >= 0x200b && code <= 0x200f) || // zero-width, LRM, RLM
    (code >= 0x202a && code <= 0x202e) || // bidi embeddings
    (code >= 0x2060 && code <= 0x2069) || // word joiner, bidi isolates
    code === 0xfeff ||
    code === 0x00ad
  );
}

function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

function isPresentationForm(code: number): boolean {
  return (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefc);
}

/** Folds one character (not a presentation form); returns '' when it is ignored. */
export function foldChar(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  if (isIgnorable(code)) return '';
  if (isSpace(code)) return ' ';
  if (code === 0x0d || code === 0x2028 || code === 0x2029 || code === 0x85) return '\n';
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(code - 0x0660 + 48);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(code - 0x06f0 + 48);
  const mapped = CHAR_MAP[ch];
  if (mapped !== undefined) return mapped;
  if (code >= 0x41 && code <= 0x5a) return String.fromCharCode(code + 32);
  if (code >= 0xc0 && code <= 0x24f) {
    const lower = ch.toLowerCase();
    return lower.length === 1 ? lower : ch;
  }
  return ch;
}

const DROP = 0;
const SPECIAL = 0xffff;
let table: Uint16Array | undefined;

/**
 * The code units foldChar may change (every other one folds to itself), and the ones it cannot take
 * one at a time (surrogates; presentation forms, which expand): asking foldChar about these ~1,000
 * instead of all 65,536 units builds the table in a fraction of the time (test/fold.test.ts checks
 * it against foldChar unit by unit).
 */
const MAY_CHANGE: readonly (readonly [number, number])[] = [
  [0x09, 0x0d],
  [0x20, 0x20],
  [0x41, 0x5a],
  [0x85, 0x85],
  [0xa0, 0xa0],
  [0xad, 0xad],
  [0xc0, 0x24f],
  [0x0640, 0x0640],
  [0x064b, 0x0670],
  [0x06d6, 0x06f9],
  [0x2000, 0x202f],
  [0x205f, 0x2069],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
];

function tableEntry(code: number): number {
  if ((code >= 0xd800 && code <= 0xdfff) || isPresentationForm(code)) return SPECIAL;
  const folded = foldChar(String.fromCharCode(code));
  return folded.length === 0 ? DROP : folded.length === 1 ? folded.charCodeAt(0) : SPECIAL;
}

/** One entry per BMP code unit: the folded unit, DROP, or SPECIAL (presentation form, surrogate). */
export function foldTable(): Uint16Array {
  if (table) return table;
  const t = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) t[code] = code;
  t.fill(SPECIAL, 0xd800, 0xe000);
  t.fill(SPECIAL, 0xfb50, 0xfe00);
  t.fill(SPECIAL, 0xfe70, 0xfefd);
  for (const [from, to] of MAY_CHANGE) for (let code = from; code <= to; code++) t[code] = tableEntry(code);
  for (const key of Object.keys(CHAR_MAP))
    if (key.length === 1) t[key.charCodeAt(0)] = tableEntry(key.charCodeAt(0));
  table = t;
  return t;
}

/** The table as foldChar gives it for every unit, one by one (what foldTable must equal; for tests). */
export function foldTableUnitByUnit(): Uint16Array {
  const t = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) t[code] = tableEntry(code);
  return t;
}

/** Folds a string with an offset map back to it. Never throws (lone surrogates pass through). */
export function foldText(original: string): FoldedText {
  const t = foldTable();
  const n = original.length;
  let capacity = n + 16;
  let units = new Uint16Array(capacity);
  let starts = new Int32Array(capacity);
  let ends = new Int32Array(capacity);
  let length = 0;
  const push = (unit: number, start: number, end: number): void => {
    if (length === capacity) {
      capacity *= 2;
      const u = new Uint16Array(capacity);
      u.set(units);
      units = u;
      const s = new Int32Array(capacity);
      s.set(starts);
      starts = s;
      const e = new Int32Array(capacity);
      e.set(ends);
      ends = e;
    }
    units[length] = unit;
    starts[length] = start;
    ends[length] = end;
    length++;
  };
  let i = 0;
  while (i < n) {
    const code = original.charCodeAt(i);
    const mapped = t[code] ?? code;
    if (mapped === DROP) {
      i++;
    } else if (mapped !== SPECIAL) {
      push(mapped, i, i + 1);
      i++;
    } else {
      const point = original.codePointAt(i) ?? code;
      const width = point > 0xffff ? 2 : 1;
      const ch = original.slice(i, i + width);
      // presentation forms expand (NFKC, then folded); astral characters and lone surrogates pass whole
      const pieces = isPresentationForm(point) ? [...ch.normalize('NFKC')].map(foldChar).join('') : ch;
      for (let k = 0; k < pieces.length; k++) push(pieces.charCodeAt(k), i, i + width);
      i += width;
    }
  }
  let text = '';
  for (let k = 0; k < length; k += 4096) {
    text += String.fromCharCode(...units.subarray(k, Math.min(length, k + 4096)));
  }
  return { text, origStart: starts.slice(0, length), origEnd: ends.slice(0, length) };
}

/** Folds a gazetteer name (no offsets needed): same rules, spaces collapsed. */
export function foldName(name: string): string {
  return foldText(name).text.replace(/\s+/g, ' ').trim();
}
