import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '@warraq/schema';
import { decodeBagPath, filesUnder, hashFile } from './bag-files.js';

const bagError = (message: string, file: string, line = 1): Diagnostic => ({
  code: 'BAG_INVALID',
  severity: 'error',
  message,
  file,
  line,
  column: 1,
});

/** `hash  path` lines of a manifest, by path. */
function readBagManifest(file: string, out: Diagnostic[]): Map<string, string> {
  const entries = new Map<string, string>();
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line === '') return;
      const m = /^([0-9a-fA-F]+)[ \t]+(.+)$/.exec(line);
      if (m === null) out.push(bagError(`not a manifest line: ${JSON.stringify(line)}`, file, i + 1));
      else entries.set(decodeBagPath(m[2] as string), (m[1] as string).toLowerCase());
    });
  return entries;
}

/**
 * A bag's own checks (RFC 8493): bagit.txt, every payload file in every payload manifest with the
 * right checksum and none missing or extra, the tag manifest, and Payload-Oxum.
 */
export function checkBag(root: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const declaration = join(root, 'bagit.txt');
  if (
    !/^BagIt-Version: 1\.0\r?\nTag-File-Character-Encoding: UTF-8\r?\n$/.test(
      readFileSync(declaration, 'utf8'),
    )
  )
    out.push(bagError('bagit.txt must declare BagIt-Version 1.0 and UTF-8', declaration));
  const payload = existsSync(join(root, 'data')) ? filesUnder(join(root, 'data'), 'data') : [];
  const hashes = new Map(payload.map((p) => [p, hashFile(join(root, p))]));
  for (const algorithm of ['sha256', 'sha512'] as const) {
    const file = join(root, `manifest-${algorithm}.txt`);
    if (!existsSync(file)) {
      out.push(bagError(`manifest-${algorithm}.txt is missing`, file));
      continue;
    }
    const listed = readBagManifest(file, out);
    for (const [path, hash] of listed) {
      const actual = hashes.get(path);
      if (actual === undefined) out.push(bagError(`${path} is in the manifest but not in the bag`, file));
      else if (actual[algorithm] !== hash)
        out.push(bagError(`${path}: ${algorithm} differs from the manifest`, file));
    }
    for (const path of payload) if (!listed.has(path)) out.push(bagError(`${path} is not in ${file}`, file));
  }
  const tagManifest = join(root, 'tagmanifest-sha256.txt');
  if (existsSync(tagManifest))
    for (const [path, hash] of readBagManifest(tagManifest, out)) {
      const full = join(root, path);
      if (!existsSync(full) || hashFile(full).sha256 !== hash)
        out.push(bagError(`tag file ${path} is missing or differs from tagmanifest-sha256.txt`, tagManifest));
    }
  const info = join(root, 'bag-info.txt');
  const oxum = existsSync(info) ? /^Payload-Oxum: (\d+)\.(\d+)$/m.exec(readFileSync(info, 'utf8')) : null;
  const octets = [...hashes.values()].reduce((n, h) => n + h.size, 0);
  if (oxum === null) out.push(bagError('bag-info.txt has no Payload-Oxum', info));
  else if (Number(oxum[1]) !== octets || Number(oxum[2]) !== payload.length)
    out.push(
      bagError(`Payload-Oxum says ${oxum[1]}.${oxum[2]}, the payload is ${octets}.${payload.length}`, info),
    );
  return out;
}
