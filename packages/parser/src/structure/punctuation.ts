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

// Marks and words after which an Arabic sentence cannot stop: a text that ends on one was cut off.
const CONTINUING = new Set(['،', ',', '؛', ';', '-', '–', '—', '(', '«', '“', '‹']);
const FUNCTION_WORDS = new Set([
  'و',
  'ف',
  'ثم',
  'أو',
  'او',
  'أم',
  'بل',
  'لكن',
  'في',
  'من',
  'على',
  'علي',
  'إلى',
  'الى',
  'الي',
  'عن',
  'مع',
  'أن',
  'ان',
  'إن',
  'لأن',
  'كي',
  'حتى',
  'حتي',
  'لا',
  'لم',
  'لن',
  'قد',
  'ما',
  'التي',
  'الذي',
  'الذين',
  'اللذين',
  'اللتين',
  'اللواتي',
  'بين',
  'عند',
  'منذ',
  'خلال',
  'بعد',
  'قبل',
  'حول',
  'ضد',
  'نحو',
  'لدى',
  'كما',
  'بأن',
  'وأن',
  'وإن',
  'فإن',
  'أي',
  'كل',
  'بعض',
  'إذا',
  'اذا',
  'لو',
  'هل',
]);

/**
 * True when the text (already trimmed) stops where no sentence can: on a comma, a dash, an opening
 * mark, or a word such as "في" or "التي" that needs more after it. Ending on a plain word is not
 * enough: news copy often ends with a credit, a tag list or a time stamp.
 */
export function endsMidSentence(text: string): boolean {
  const last = text[text.length - 1];
  if (last === undefined) return false;
  if (CONTINUING.has(last)) return true;
  const word = /[\p{L}\p{M}]+$/u.exec(text)?.[0].replace(/[\u064b-\u065f\u0670\u0640]/g, '');
  return word !== undefined && FUNCTION_WORDS.has(word);
}

/** Words as a reader counts them: runs separated by blanks. */
export function wordCount(text: string): number {
  const m = text.match(/[^\s\u00a0]+/g);
  return m ? m.length : 0;
}
