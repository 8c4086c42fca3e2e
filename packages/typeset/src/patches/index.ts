import type { Face, ParsedFont } from '../fonts/font-stack.js';
import { shareEngineRuns } from './engine-runs.js';
import { cacheSubsetGlyphs } from './fontkit.js';
import { batchStreamWrites } from './pdfkit.js';
import { shareParsedFont, shareParsedFonts, speedUpPdfmakeText } from './pdfmake.js';
import { checkPinnedVersions } from './versions.js';

/*
 * Every change this package makes to the internals of pdfmake, pdfkit and fontkit lives in this
 * folder, one file per library, and is installed from here. The engine's own drawing (pdf/) only
 * reads their documented and internal state. Speed-ups are exact: test/patches.test.ts renders the
 * same document with and without them and requires the same bytes.
 */

export { engineLayout, faceOfPdfkitParse } from './engine-runs.js';
export { hookRenderLine, type PdfmakeLine } from './pdfmake.js';
export { checkPinnedVersions, PINNED } from './versions.js';

let checked = false;
/** Check the pinned versions once per process (see versions.ts). */
export function ensurePinnedVersions(): void {
  if (checked) return;
  checkPinnedVersions();
  checked = true;
}

let speedUps = true;
/** For tests: render without the speed-ups (call before the first registerFonts). */
export function disableSpeedUps(): void {
  speedUps = false;
}

/** Install the speed-ups (idempotent), unless disabled. */
export function installSpeedUps(): void {
  if (!speedUps) return;
  batchStreamWrites();
  speedUpPdfmakeText();
  shareParsedFonts();
}

/** A face's own parse for pdfkit (see registerFonts), made when pdfkit first needs it and shared with it when speed-ups are on. */
export function registerParsedFont(buffer: object, parse: () => ParsedFont, face: Face): void {
  if (!speedUps) return;
  shareParsedFont(buffer, () => {
    const font = parse();
    shareEngineRuns(font, face);
    cacheSubsetGlyphs(font);
    return font;
  });
}

/** Turn the speed-ups back on after `disableSpeedUps` (for tests comparing the two). */
export function enableSpeedUps(): void {
  speedUps = true;
  installSpeedUps();
}
