/**
 * The one vitest configuration every workspace uses (each package's vitest.config.ts re-exports it):
 * tests in test/, a generous timeout for a shared machine (no timing is ever asserted), and a line
 * per skipped suite saying why it was skipped.
 */
import { defineConfig } from 'vitest/config';
import { SkippedReporter } from './skip-reporter.js';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    reporters: ['default', new SkippedReporter()],
  },
});
