import { z } from 'zod';
import { Sha256Hex } from './ids.js';
import { Span } from './span.js';

export const EncodingName = z.enum(['utf-8', 'utf-16le', 'utf-16be', 'windows-1256', 'iso-8859-6']);
export type EncodingName = z.infer<typeof EncodingName>;

export const Encoding = z.object({
  name: EncodingName,
  bom: z.boolean(),
  /** how it was chosen: a byte-order mark, the metadata, strict UTF-8 succeeded, or a fallback after UTF-8 failed */
  method: z.enum(['bom', 'declared', 'utf8-valid', 'fallback']),
});

/** A byte sequence that could not be decoded; the text holds U+FFFD at textOffset in its place. */
export const DecodingError = z.object({
  byteOffset: z.int().nonnegative(),
  byteLength: z.int().positive(),
  textOffset: z.int().nonnegative(),
});

export const NormalisationKind = z.enum([
  'line-ending',
  'nbsp',
  'zero-width',
  'bidi-control',
  'tatweel',
  'presentation-form',
  'html-entity',
  'digits',
  'whitespace',
  'control',
]);
export type NormalisationKind = z.infer<typeof NormalisationKind>;

/**
 * One change made to produce the normalised view: the original span and what replaces it.
 * Applying all edits to `text` gives the view; the list is the offset map back to the original.
 */
export const Edit = z.object({
  kind: NormalisationKind,
  span: Span,
  replacement: z.string(),
});
export type Edit = z.infer<typeof Edit>;

export const NormalisationSummary = z.object({
  kind: NormalisationKind,
  count: z.int().positive(),
  description: z.string().min(1),
});

export const Source = z.object({
  fileName: z.string().min(1),
  sha256: Sha256Hex,
  byteLength: z.int().nonnegative(),
  encoding: Encoding,
  decodingErrors: z.array(DecodingError),
  /** the received bytes decoded, nothing else changed: every Span points into this */
  text: z.string(),
  lineEnding: z.enum(['lf', 'crlf', 'cr', 'mixed', 'none']),
  /** true when the text was cut short (it stops mid-sentence) */
  truncated: z.boolean(),
  normalisations: z.array(NormalisationSummary),
  edits: z.array(Edit),
});
export type Source = z.infer<typeof Source>;
