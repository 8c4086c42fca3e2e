/**
 * Folding for matching: a normalised view of the text in which spelling variants that Arabic news
 * writes interchangeably compare equal, with a map from every folded character back to the original.
 *
 * Folded: alef variants (أ إ آ ٱ) → ا, ى/ی → ي, ة → ه, ک → ك; harakat, Quranic marks, tatweel,
 * zero-width and bidi controls removed; presentation forms expanded (NFKC); every kind of space
 * (NBSP included) → ' '; Arabic-Indic and Persian digits → ASCII; Latin lower-cased.
 */
export interface FoldedText {
  /** the folded view */
  readonly text: string;
  /** origStart[i]: offset in the original string of the character folded[i] came from */
  readonly origStart: Int32Array;
  /** origEnd[i]: end offset (exclusive) in the original string of that character */
  readonly origEnd: Int32Array;
}

const CHAR_MAP: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ٲ: 'ا',
  ٳ: 'ا',
  ى: 'ي',
  ی: 'ي',
  ې: 'ي',
  ة: 'ه',
  ۀ: 'ه',
  ھ: 'ه',
  ہ: 'ه',
  ک: 'ك',
  گ: 'ك',
};

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

/** Folds a string with an offset map back to it. Never throws (lone surrogates pass through). */
export function foldText(original: string): FoldedText {
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < original.length) {
    const code = original.codePointAt(i) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    const ch = original.slice(i, i + width);
    const pieces = isPresentationForm(code) ? [...ch.normalize('NFKC')].map(foldChar).join('') : foldChar(ch);
    for (const piece of pieces) {
      // astral characters are kept whole so that the map stays one entry per UTF-16 unit of output
      for (let k = 0; k < piece.length; k++) {
        out.push(piece[k] ?? '');
        starts.push(i);
        ends.push(i + width);
      }
    }
    i += width;
  }
  return { text: out.join(''), origStart: Int32Array.from(starts), origEnd: Int32Array.from(ends) };
}

/** Folds a gazetteer name (no offsets needed): same rules, spaces collapsed. */
export function foldName(name: string): string {
  return foldText(name).text.replace(/\s+/g, ' ').trim();
}
