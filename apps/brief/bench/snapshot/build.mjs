// Builds an experimental V8 startup snapshot of warraq-brief (see README.md):
//   node bench/snapshot/build.mjs <out dir> [warm-up article.txt ...]
// writes <out dir>/brief.cjs (esbuild bundle), <out dir>/data/ (pdfkit's data files, read at run
// time beside the bundle) and <out dir>/brief.blob. Run a brief from it with
//   node --regexp-interpret-all --snapshot-blob <out dir>/brief.blob <article.txt> --out <file>
// Needs apps/brief built. The blob is specific to this Node binary.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const [outArg, ...warm] = process.argv.slice(2);
if (outArg === undefined) throw new Error('usage: build.mjs <out dir> [warm-up article.txt ...]');
const out = resolve(outArg);
mkdirSync(out, { recursive: true });
const fontsource = require.resolve('@fontsource/amiri/package.json');
const briefPackage = join(here, '../../package.json');
const ours = /\/(typeset|brief)\/dist\//;
// our other packages' modules find their data files beside them (names model, lexicon)
const oursWithData = /\/(typeset|brief|parser|names-model)\/dist\//;

// Node 20 snapshots cannot hold ICU objects (Intl.*: "global handle not serialized"): module-level
// Intl objects are made lazily, and forgotten just before the snapshot is written.
const banner = `
const __lazyIntls = [];
function __lazyIntl(C, ...args) {
  const box = { o: undefined };
  __lazyIntls.push(box);
  const get = () => (box.o ??= new C(...args));
  return new Proxy({}, { get: (_, k) => { const t = get(); const v = t[k]; return typeof v === 'function' ? v.bind(t) : v; } });
}
if (require('node:v8').startupSnapshot.isBuildingSnapshot())
  require('node:v8').startupSnapshot.addSerializeCallback(() => { for (const b of __lazyIntls) b.o = undefined; });
`;
await esbuild.build({
  entryPoints: [join(here, 'entry.mjs')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  outfile: join(out, 'brief.cjs'),
  banner: { js: banner },
  logLevel: 'warning',
  plugins: [
    {
      name: 'snapshot-ready',
      setup(build) {
        build.onLoad({ filter: /\.(m|c)?js$/ }, (args) => {
          let s = readFileSync(args.path, 'utf8');
          const own = ours.test(args.path);
          const withData = oursWithData.test(args.path);
          if (!own && !withData && !s.includes('new Intl.')) return undefined;
          if (own) {
            // createRequire(import.meta.url)(x) → require(x), which esbuild bundles
            s = s
              .replace(/const require = createRequire\(import\.meta\.url\);/g, '')
              .replace(/createRequire\(import\.meta\.url\)/g, 'require')
              .replace(/require\.resolve\('@fontsource\/amiri\/package\.json'\)/g, JSON.stringify(fontsource))
              .replace("require('../../package.json')", `require(${JSON.stringify(briefPackage)})`);
          }
          // import.meta.url (new URL('./lexicon.json', import.meta.url)): the module's own file
          if (withData) s = s.replace(/import\.meta\.url/g, JSON.stringify(pathToFileURL(args.path).href));
          s = s.replace(/new Intl\.(\w+)\(/g, '__lazyIntl(Intl.$1, ');
          return { contents: s, loader: 'js', resolveDir: dirname(args.path) };
        });
      },
    },
  ],
});
// pdfkit reads its ICC profile (the PDF/A output intent) from __dirname/data at run time
cpSync(join(dirname(require.resolve('pdfkit')), 'data'), join(out, 'data'), { recursive: true });
// V8 11.3 (Node 20) cannot serialize compiled regular expressions: build and run interpreted
const made = spawnSync(
  process.execPath,
  [
    '--regexp-interpret-all',
    '--snapshot-blob',
    join(out, 'brief.blob'),
    '--build-snapshot',
    join(out, 'brief.cjs'),
  ],
  { stdio: 'inherit', env: { ...process.env, WARRAQ_SNAPSHOT_WARM: warm.map((f) => resolve(f)).join(',') } },
);
if (made.status !== 0) throw new Error(`node --build-snapshot failed (${made.status})`);
console.log(`snapshot: ${join(out, 'brief.blob')} (warm-up: ${warm.length} article(s))`);
