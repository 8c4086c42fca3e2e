import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type Face, type FontStack, faceFromBytes, family } from './font-stack.js';
import { woffToSfnt } from './woff.js';

/** The @fontsource/amiri subsets, in fallback order: Arabic first, then Latin, then Latin Extended. */
export const AMIRI_SUBSETS = ['arabic', 'latin', 'latin-ext'] as const;

let cached: FontStack | undefined;

/**
 * Amiri (regular, bold, italic, bold italic) from the installed @fontsource/amiri package, each
 * subset converted from WOFF 1.0 to sfnt in memory, as a fallback stack. Parsed once per process.
 * Reading the package's files is the one piece of I/O here: fonts are this package's own assets.
 */
export function loadAmiri(): FontStack {
  if (cached !== undefined) return cached;
  const require = createRequire(import.meta.url);
  const filesDir = join(dirname(require.resolve('@fontsource/amiri/package.json')), 'files');
  const face = (subset: string, weight: number, style: string): Face => {
    const file = `amiri-${subset}-${weight}-${style}.woff`;
    return faceFromBytes(file.replace(/\.woff$/, '.ttf'), woffToSfnt(readFileSync(join(filesDir, file))));
  };
  cached = {
    families: AMIRI_SUBSETS.map((subset) =>
      family(`Amiri-${subset}`, {
        normal: face(subset, 400, 'normal'),
        bold: face(subset, 700, 'normal'),
        italics: face(subset, 400, 'italic'),
        bolditalics: face(subset, 700, 'italic'),
      }),
    ),
  };
  return cached;
}
