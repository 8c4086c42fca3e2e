import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { TEI_CORPUS_CLOSING } from '@warraq/tei';

const CHUNK = 1 << 20;

/**
 * corpus.xml from its parts: the opening (declaration, teiCorpus, header: known only once every
 * member is in) and the members already streamed to a staging file, copied a chunk at a time.
 * Returns the file's SHA-256.
 */
export function writeCorpusFile(path: string, opening: string, membersPath: string): string {
  const hash = createHash('sha256');
  const out = openSync(path, 'w');
  const write = (data: string | Uint8Array) => {
    hash.update(data);
    if (typeof data === 'string') writeSync(out, data);
    else writeSync(out, data);
  };
  try {
    write(opening);
    const members = openSync(membersPath, 'r');
    try {
      const buffer = Buffer.allocUnsafe(CHUNK);
      for (let n = readSync(members, buffer); n > 0; n = readSync(members, buffer))
        write(buffer.subarray(0, n));
    } finally {
      closeSync(members);
    }
    write(TEI_CORPUS_CLOSING);
  } finally {
    closeSync(out);
  }
  return hash.digest('hex');
}
