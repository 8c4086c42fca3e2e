// Writes dist/names/lexicon.json, the lexicon folded and indexed once at build time (run by
// `npm run build` after tsc; read by dist/names/lexicon.js). Written atomically.
import { renameSync, rmSync, writeFileSync } from 'node:fs';

const target = new URL('../dist/names/lexicon.json', import.meta.url);
// build from the data even if an older lexicon.json is there
rmSync(target, { force: true });
const { buildLexicon } = await import('../dist/names/lexicon.js');
const { lexiconToJson } = await import('../dist/names/lexicon-json.js');
const temporary = new URL(`../dist/names/lexicon.json.${process.pid}.tmp`, import.meta.url);
writeFileSync(temporary, lexiconToJson(buildLexicon()));
renameSync(temporary, target);
