import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // The closing `tests: N passed, N failed` line of .ci/run is read from this file.
    reporters: ['default', ['json', { outputFile: '.vitest-results.json' }]],
  },
});
