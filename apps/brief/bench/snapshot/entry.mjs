// The warraq-brief command as a V8 startup snapshot entry (bundled by build.mjs into one CommonJS
// file, as Node 20's --build-snapshot needs): modules loaded, Amiri parsed and registered, and,
// when WARRAQ_SNAPSHOT_WARM names articles (.txt, with or without .meta.yaml), their briefs rendered once so
// that the shaping caches and lazily built tables are in the snapshot. Experimental: see README.md.
import { existsSync, readFileSync } from 'node:fs';
import { startupSnapshot } from 'node:v8';
import { parseArticleWithSidecar } from '@warraq/parser';
import { loadAmiri, registerFonts } from '@warraq/typeset';
// the zlib streams the typesetter reuses are native handles, which a snapshot cannot hold
import { closeReusedZlib } from '../../../../packages/typeset/dist/reused-zlib.js';
import { renderBrief } from '../../dist/brief.js';
import { main } from '../../dist/cli.js';

const stack = loadAmiri();
registerFonts(stack);
const warm = (process.env.WARRAQ_SNAPSHOT_WARM ?? '').split(',').filter((f) => f !== '');
(async () => {
  for (const file of warm) {
    const sidecar = file.replace(/\.txt$/, '.meta.yaml');
    const parsed = parseArticleWithSidecar(
      { fileName: file, bytes: readFileSync(file) },
      {
        fileName: sidecar,
        text: existsSync(sidecar) ? readFileSync(sidecar, 'utf8') : 'id: warm-up\nlanguage: ar\n',
      },
    );
    if (!parsed.ok) throw new Error(`warm-up article ${file} does not parse`);
    await renderBrief(parsed.document, stack, { madeAt: new Date(0) });
  }
})();
startupSnapshot.addSerializeCallback(closeReusedZlib);
startupSnapshot.setDeserializeMainFunction(async () => {
  // a snapshot's argv is [node, ...arguments]: no script path
  process.exitCode = await main(process.argv.slice(1));
});
