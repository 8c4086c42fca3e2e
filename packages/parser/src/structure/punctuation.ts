// What may close a sentence in Arabic news copy, and what may trail it (closing quotes and brackets).
const SENTENCE_END = new Set(['.', '!', '?', '؟', '…', '۔', ':', '؛', ';']);
const TRAILING = new Set(['»', '"', '”', '’', "'", ')', ']', '}', '›', '″', '*']);

/** True when the text (already trimmed) ends the way a finished sentence does. */
export function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && TRAILING.has(text[i] as string)) i--;
  if (i < 0) return false;
  if (SENTENCE_END.has(text[i] as string)) return true;
  // a closing quote or bracket after a complete word still closes a quoted or bracketed sentence
  return i < text.length - 1 && SENTENCE_END.has(text[i - 1] ?? '');
}

/** Words as a reader counts them: runs separated by blanks. */
export function wordCount(text: string): number {
  const m = text.match(/[^\s\u00a0]+/g);
  return m ? m.length : 0;
}
