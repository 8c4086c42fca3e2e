import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // the digest and brief tests lay out whole documents in beforeAll: as slow as a test on a loaded machine
    hookTimeout: 120_000,
  },
});
