/**
 * Where the shared evaluation data lives, and how tests that need it skip when it is absent.
 *
 * The corpora in ../shared carry their own (partly non-commercial) licences, so a public clone never
 * has them: `npm test` must pass there, and each test that needs them must say in one line which data
 * it wanted and where to put it. Every workspace's tests (and benches, evals) import this module by a
 * relative path (`../../../test-support/shared-data.js`): it is not a package, so no workspace depends
 * on another to use it and nothing here is published.
 *
 *   describe.skipIf(!hasShared('corpus'))(needsShared('corpus', 'the 200 shared articles'), () => { … });
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file sits in `<repo>/test-support/`). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** `WARRAQ_SHARED`, or `../shared` beside the clone. */
export const sharedDir = process.env.WARRAQ_SHARED ?? join(repoRoot, '..', 'shared');

/** A path inside the shared data: `sharedPath('corpus', 'saudinewsnet')`. */
export function sharedPath(...parts: string[]): string {
  return join(sharedDir, ...parts);
}

/** Whether `sharedDir/<relative>` exists (a folder or a file of the shared data). */
export function hasShared(relative = 'corpus'): boolean {
  return existsSync(sharedPath(relative));
}

/**
 * The one-line title of a suite that needs shared data: what it measures, which data, where to put it.
 * When the data is absent the test runner prints this title beside the skipped suite.
 */
export function needsShared(relative: string, what: string): string {
  return `${what} (needs ../shared/${relative}: put the shared data beside the clone or set WARRAQ_SHARED)`;
}
