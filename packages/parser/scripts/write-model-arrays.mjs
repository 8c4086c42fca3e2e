// Writes dist/names/model-arrays.bin, the shipped names model decoded once at build time (run by
// `npm run build` after tsc; read by dist/names/model-loader.js when it was made from the same
// model file, see src/names/model/arrays-file.ts). Written atomically.
import { createHash } from 'node:crypto';
import { renameSync, writeFileSync } from 'node:fs';
import { readNamesModel } from '@warraq/names-model';

const { modelArraysUrl } = await import('../dist/names/model-loader.js');
const { decodeModel } = await import('../dist/names/model/codec.js');
const { encodeModelArrays } = await import('../dist/names/model/arrays-file.js');
const bytes = readNamesModel();
const { arrays } = decodeModel(bytes);
const temporary = new URL(`${modelArraysUrl.href}.${process.pid}.tmp`);
writeFileSync(temporary, encodeModelArrays(arrays, createHash('sha256').update(bytes).digest()));
renameSync(temporary, modelArraysUrl);
