import bidiFactory from 'bidi-js';

const bidi = bidiFactory();

/** The Bidi_Mirroring_Glyph of a character, or null. */
export function getMirroredCharacter(ch: string): string | null {
  return bidi.getMirroredCharacter(ch);
}
