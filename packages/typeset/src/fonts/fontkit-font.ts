import type * as fontkit from 'fontkit';
import type { ParsedFont } from './font-stack.js';

/**
 * The fontkit Font behind a parsed font (every Face is made by faceFromBytes, which parses with
 * fontkit). Internal: a module of its own so that no public type declaration refers to fontkit.
 */
export function fontkitFont(font: ParsedFont): fontkit.Font {
  return font as unknown as fontkit.Font;
}
