/**
 * The one vitest configuration every workspace uses (each package's vitest.config.ts re-exports it):
 * tests in test/, generous timeouts for a shared machine (no timing is ever asserted), and a line
 * per skipped suite saying why it was skipped.
 */
import { defineConfig } from 'vitest/config';
import { SkippedReporter } from './skip-reporter.js';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // suites that lay out or parse whole documents in beforeAll are as slow as a test on a loaded machine
    hookTimeout: 120_000,
    reporters: ['default', new SkippedReporter()],
    // no test reads or fills warraq-brief's shaping cache in the user's home (tests that want one name a folder)
    env: { WARRAQ_CACHE_DIR: 'off' },
  },
});
