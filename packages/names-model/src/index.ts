/**
 * The weights of Warraq's Arabic names model, trained on the ANERcorp train split (CC BY-SA 4.0).
 * The bytes are read on first call; @warraq/parser decodes and uses them.
 */
import { readFileSync } from 'node:fs';

/** Where the model file is, inside this package. */
export const namesModelUrl: URL = new URL('../model/names.wnm', import.meta.url);

/**
 * The model file's SHA-256 in `sha256sum` format (`cd model && sha256sum -c names.wnm.sha256`),
 * written with it by training: a reader can tell which model this is without hashing 5.4 MB.
 */
export const namesModelDigestUrl: URL = new URL('../model/names.wnm.sha256', import.meta.url);

let cached: Uint8Array | undefined;

/** The model file's bytes (read once). */
export function readNamesModel(): Uint8Array {
  cached ??= new Uint8Array(readFileSync(namesModelUrl));
  return cached;
}

/** The SHA-256 the digest file gives for names.wnm (32 bytes), or undefined when it is missing or malformed. */
export function readNamesModelDigest(): Uint8Array | undefined {
  let text: string;
  try {
    text = readFileSync(namesModelDigestUrl, 'latin1');
  } catch {
    return undefined;
  }
  const line = /^([0-9a-f]{64}) [ *]names\.wnm\n?$/.exec(text);
  return line === null ? undefined : new Uint8Array(Buffer.from(line[1]!, 'hex'));
}
