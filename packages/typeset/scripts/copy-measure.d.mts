export type Extractor = 'pdftotext' | 'pdf.js';
export interface CopyFigures {
  /** share (0–1) of the source's two-word phrases found as typed */
  readonly phrases: number;
  /** share (0–1) of the source's words found in reading order, every character kept */
  readonly words: number;
}
export function paragraphWords(text: string): string[][];
export function asSearched(extracted: string, extractor: Extractor): string;
export function phrasesFound(source: string, extracted: string, extractor: Extractor): number;
export function lcsLength(a: readonly string[], b: readonly string[]): number;
export function wordsInReadingOrder(source: string, extracted: string, extractor: Extractor): number;
/** Code points of the extracted text the source does not hold (space and line ends aside), sorted. */
export function foreignCodePoints(source: string, extracted: string, extractor: Extractor): number[];
export function copyFigures(source: string, extracted: string, extractor: Extractor): CopyFigures;
export function pdftotextText(pdfPath: string): string | undefined;
export function pdfjsText(pdf: Uint8Array): Promise<string>;
export function measurePdf(source: string, pdfPath: string): Promise<Partial<Record<Extractor, CopyFigures>>>;
export function formatFigures(figures: Partial<Record<Extractor, CopyFigures>>): string;
