// Bundles the warraq-brief command into one CommonJS file, dist/bundle/warraq-brief.cjs (run by
// `npm run build` after tsc), which bin/warraq-brief.js loads with a V8 code cache: loading ~150
// ESM modules one by one was a quarter of a brief's process. Our packages' modules keep finding
// their data files (lexicon, names model, worker) where the installed packages are, resolved when
// the bundle runs, not where they were when it was built; pdfkit reads its data files (ICC profile,
// AFM metrics) from __dirname, so they are copied beside the bundle.
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist/bundle');
const require = createRequire(import.meta.url);
/** a module of one of our packages' dist: [package name, path inside the package] */
const OURS = /[/\\](apps|packages)[/\\](brief|typeset|parser|names-model|tei|schema)[/\\](dist[/\\].*)$/;

/** An expression for the module's file URL, resolved from the package as installed where the bundle runs. */
function moduleUrl(path) {
  const [, , pkg, inside] = path.match(OURS);
  const posix = inside.split(sep).join('/');
  const base =
    pkg === 'brief'
      ? `require('node:path').join(__dirname, '..', '..')`
      : `require('node:path').dirname(require.resolve(${JSON.stringify(`@warraq/${pkg}/package.json`)}))`;
  return `require('node:url').pathToFileURL(require('node:path').join(${base}, ${JSON.stringify(posix)})).href`;
}

/*
 * Modules that cost a brief's start-up when they load and that a brief never uses, loaded on first
 * use instead: the stand-in reads each property of the real module when it is asked for (or calls
 * it, for a module that is a function), and the real module runs only then.
 * - pdfkit builds @noble/ciphers' AES tables when it loads (~40 ms of CPU; a brief never
 *   encrypts); it stays in the bundle.
 * - fontkit loads brotli to read WOFF2 fonts (Amiri is WOFF 1.0): its 1.3 MB dictionary was a
 *   quarter of the bundle that every brief reads. It is left out, and loaded from where fontkit
 *   is installed.
 */
const fontkitRequire =
  "require('node:module').createRequire(require('node:module').createRequire(require.resolve('@warraq/typeset/package.json')).resolve('fontkit'))";
const LOAD_ON_USE = {
  '@noble/ciphers/aes': 'require("@noble/ciphers/aes.js")',
  'brotli/decompress.js': `${fontkitRequire}('brotli/decompress.js')`,
};
/** tiny-inflate's place is taken by the same inflate on Node's zlib (@warraq/typeset's patches/native-inflate.ts). */
const nativeInflate = join(
  dirname(require.resolve('@warraq/typeset/package.json')),
  'dist/patches/native-inflate.js',
);

/*
 * pdfmake, pdfkit and fontkit go inside the bundle: @warraq/typeset's check that they are the
 * versions its patches were written for is made here, once, on what is bundled (resolved as
 * esbuild resolves them), and the bundle carries the answer instead of looking on disk each run.
 */
const typesetDist = dirname(nativeInflate).replace(/[/\\]patches$/, '');
const versions = await import(pathToFileURL(join(typesetDist, 'patches/versions.js')).href);
const bundledVersions = versions.installedVersions();
const versionError = versions.pinnedVersionError(bundledVersions);
if (versionError !== undefined) throw versionError;

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await esbuild.build({
  entryPoints: [join(root, 'dist/cli.js')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  outfile: join(out, 'warraq-brief.cjs'),
  logLevel: 'warning',
  // a string (JSON): esbuild inlines it where an object would be made a module of its own
  define: { WARRAQ_BUNDLED_VERSIONS: JSON.stringify(JSON.stringify(bundledVersions)) },
  // validating TEI is not a brief's business; xmllint-wasm stays a real import() (never called here)
  // harfbuzzjs awaits its WebAssembly at the top of its module, which a CommonJS bundle cannot hold:
  // the bundle imports it from where it is installed (a dependency of this package too, for that)
  external: ['xmllint-wasm', 'harfbuzzjs', '@warraq/*/package.json', '@fontsource/amiri/package.json'],
  plugins: [
    {
      name: 'load-on-use',
      setup(build) {
        const filter = new RegExp(
          `^(${Object.keys(LOAD_ON_USE)
            .map((k) => k.replace(/[./]/g, '\\$&'))
            .join('|')})$`,
        );
        build.onResolve({ filter }, (args) => ({
          path: args.path,
          namespace: 'load-on-use',
          pluginData: { resolveDir: args.resolveDir },
        }));
        build.onLoad({ filter: /.*/, namespace: 'load-on-use' }, (args) => {
          const contents = `const load = () => ${LOAD_ON_USE[args.path]};
module.exports = new Proxy(function () {}, {
  get: (_, key) => load()[key],
  apply: (_, self, args) => load().apply(self, args),
});`;
          return { contents, loader: 'js', resolveDir: args.pluginData.resolveDir };
        });
        build.onResolve({ filter: /^tiny-inflate$/ }, () => ({
          path: 'tiny-inflate',
          namespace: 'native-inflate',
        }));
        build.onLoad({ filter: /.*/, namespace: 'native-inflate' }, () => ({
          contents: `module.exports = require(${JSON.stringify(nativeInflate)}).nativeInflate;`,
          loader: 'js',
          resolveDir: root,
        }));
      },
    },
    {
      name: 'our-modules',
      setup(build) {
        build.onLoad({ filter: /\.js$/ }, (args) => {
          if (!OURS.test(args.path)) return undefined;
          const s = readFileSync(args.path, 'utf8')
            // createRequire(import.meta.url)(x) → require(x), which esbuild bundles
            .replace(/const require = createRequire\(import\.meta\.url\);/g, '')
            .replace(/createRequire\(import\.meta\.url\)/g, 'require')
            .replace(/import\.meta\.url/g, moduleUrl(args.path));
          return { contents: s, loader: 'js', resolveDir: dirname(args.path) };
        });
      },
    },
  ],
});
cpSync(
  join(dirname(require.resolve('pdfkit', { paths: [join(root, '../../packages/typeset')] })), 'data'),
  join(out, 'data'),
  {
    recursive: true,
  },
);
console.log(`bundle: ${relative(process.cwd(), join(out, 'warraq-brief.cjs'))}`);
