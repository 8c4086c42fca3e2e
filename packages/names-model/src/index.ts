/**
 * The weights of Warraq's Arabic names model, trained on the ANERcorp train split (CC BY-SA 4.0).
 * The bytes are read on first call; @warraq/parser decodes and uses them.
 */
import { readFileSync } from 'node:fs';

/** Where the model file is, inside this package. */
export const namesModelUrl: URL = new URL('../model/names.wnm', import.meta.url);

let cached: Uint8Array | undefined;

/** The model file's bytes (read once). */
export function readNamesModel(): Uint8Array {
  cached ??= new Uint8Array(readFileSync(namesModelUrl));
  return cached;
}
