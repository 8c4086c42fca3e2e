import { z } from 'zod';

// XML 1.0 (5th ed.) NameStartChar / NameChar, minus the colon: an NCName.
// TEI's xml:id must be one, so every id in the model is validated against it up front
// rather than discovered by a schema validator after the archive is written.
const NAME_START =
  'A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D' +
  '\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}';
const NAME_REST = `${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040`;
const NCNAME_PATTERN = new RegExp(`^[${NAME_START}][${NAME_REST}]*$`, 'u');

export function isNcName(value: string): boolean {
  return NCNAME_PATTERN.test(value);
}

export const NcName = z
  .string()
  .refine(isNcName, {
    message: 'must be an XML NCName: start with a letter or "_", then letters, digits, "-", "_" or "."',
  })
  .describe('An XML NCName, usable as xml:id');

/** BCP 47 language tag, checked with the platform's own parser (Intl). */
export function isBcp47(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

export const LanguageTag = z
  .string()
  .refine(isBcp47, { message: 'must be a BCP 47 language tag such as "ar", "en" or "ar-SY"' })
  .describe('A BCP 47 language tag');

export const Sha256Hex = z
  .string()
  .regex(/^[0-9a-f]{64}$/, { message: 'must be 64 lower-case hexadecimal digits' })
  .describe('SHA-256 digest, lower-case hex');
