import { LETTER_VARIANTS } from './letters.js';

/** Harakat and Quranic marks: read past when matching words (مِن is من). */
export function isHaraka(c: number): boolean {
  return (
    (c >= 0x064b && c <= 0x065f) ||
    c === 0x0670 ||
    (c >= 0x06d6 && c <= 0x06ed && c !== 0x06e5 && c !== 0x06e6)
  );
}

// one character for one, so folding never moves an offset
const FOLD = LETTER_VARIANTS;
const FOLDABLE = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'g');

/**
 * Folds alef-with-hamza and madda to bare alef, alef maqsura and Persian yeh to yeh, and Persian kaf
 * to kaf, so that إيران, ايران and آيران are one word to a recogniser. Length-preserving.
 */
export function foldForMatching(text: string): string {
  return text.replace(FOLDABLE, (c) => FOLD[c] ?? c);
}

/** A word (or table entry) read as the matching view reads it: harakat and tatweel dropped, letters folded. */
export function foldWord(word: string): string {
  let out = '';
  for (const ch of word) {
    const c = ch.charCodeAt(0);
    if (isHaraka(c) || c === 0x0640) continue;
    out += ch;
  }
  return foldForMatching(out);
}
