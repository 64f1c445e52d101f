import { defineConfig } from 'vitest/config';

export default defineConfig({
  // One graphql for everyone: vite would resolve our imports to graphql's ESM build while Pothos and
  // yoga, loaded by Node, get its CommonJS build, and graphql refuses types from "another realm".
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // The closing `tests: N passed, N failed` line of .ci/run is read from this file.
    reporters: ['default', ['json', { outputFile: '.vitest-results.json' }]],
  },
});
