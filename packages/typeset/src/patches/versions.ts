import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The versions whose internals the patches in this folder were written against. Another version
 * may lay out its internals differently and silently write wrong PDFs, so rendering refuses to
 * start with any other. pdfkit and fontkit are checked where pdfmake finds them: the instances the
 * document is really drawn with.
 */
export const PINNED = { pdfmake: '0.3.11', pdfkit: '0.19.1', fontkit: '2.0.4' } as const;
type Library = keyof typeof PINNED;

/** The version of `name` as `from` (a file path) would load it. */
function installedVersion(name: Library, from: string): { version: string; main: string } {
  const main = createRequire(from).resolve(name);
  for (let dir = dirname(main); dir !== dirname(dir); dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === name && pkg.version !== undefined) return { version: pkg.version, main };
    } catch {
      // no package.json at this level: keep going up
    }
  }
  return { version: 'unknown', main };
}

/** The error to refuse rendering with, naming every library found at another version; undefined when all are pinned. */
export function pinnedVersionError(found: Readonly<Record<Library, string>>): Error | undefined {
  const wrong = (Object.keys(PINNED) as Library[]).filter((name) => found[name] !== PINNED[name]);
  if (wrong.length === 0) return undefined;
  const list = wrong.map((name) => `${name} ${found[name]} (needs ${PINNED[name]})`).join(', ');
  const fix = wrong.map((name) => `${name}@${PINNED[name]}`).join(' ');
  return new Error(
    `@warraq/typeset patches the internals of exactly pdfmake ${PINNED.pdfmake}, pdfkit ${PINNED.pdfkit} and ` +
      `fontkit ${PINNED.fontkit}, but found ${list}. Install those versions (npm install ${fix}, or an ` +
      `"overrides" entry for pdfkit and fontkit, which pdfmake brings in).`,
  );
}

/**
 * Set by a bundler that put pdfmake, pdfkit and fontkit inside the bundle (apps/brief/scripts/bundle.mjs,
 * esbuild's define): the versions it bundled as JSON, checked when it bundled them. The files on disk are
 * then not the code that runs, and finding them took ~13 ms of a bundled brief (profiled, load 5).
 */
declare const WARRAQ_BUNDLED_VERSIONS: string | undefined;

/** The versions really loaded: pdfmake as this package finds it, pdfkit as pdfmake does, fontkit as pdfkit does. */
export function installedVersions(): Record<Library, string> {
  if (typeof WARRAQ_BUNDLED_VERSIONS !== 'undefined')
    return JSON.parse(WARRAQ_BUNDLED_VERSIONS) as Record<Library, string>;
  const pdfmake = installedVersion('pdfmake', import.meta.url);
  const pdfkit = installedVersion('pdfkit', pdfmake.main);
  const fontkit = installedVersion('fontkit', pdfkit.main);
  return { pdfmake: pdfmake.version, pdfkit: pdfkit.version, fontkit: fontkit.version };
}

/** Throws unless the installed pdfmake, pdfkit and fontkit are the pinned versions. */
export function checkPinnedVersions(): void {
  const error = pinnedVersionError(installedVersions());
  if (error !== undefined) throw error;
}
