import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WARRAQ_VERSION } from '@warraq/tei';

/** The packages whose code decides an article's TEI. */
const PACKAGES = ['@warraq/schema', '@warraq/parser', '@warraq/tei'];

function hashFolder(h: ReturnType<typeof createHash>, dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) hashFolder(h, path);
    else if (/\.(js|json|txt)$/.test(entry.name)) h.update(entry.name).update(readFileSync(path));
  }
}

let cached: string | undefined;

/**
 * The tool's version as the cache sees it: the release number and a fingerprint of the code of the
 * packages that make the TEI, so a rebuilt parser invalidates the cache even before a release bumps
 * the number. Computed once per process (a few milliseconds).
 */
export function toolVersion(): string {
  if (cached !== undefined) return cached;
  const h = createHash('sha256');
  for (const name of PACKAGES) hashFolder(h, dirname(fileURLToPath(import.meta.resolve(name))));
  cached = `warraq ${WARRAQ_VERSION} ${h.digest('hex').slice(0, 16)}`;
  return cached;
}
