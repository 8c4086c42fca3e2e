/** Words (runs of letters, marks and digits) after removing tatweel and bidi controls. */
export function words(text: string): string[];
export function lcsLength(a: readonly string[], b: readonly string[]): number;
/** Share (0–1) of the source's words found in order in the extracted text. */
export function wordsInOrder(source: string, extracted: string): number;
