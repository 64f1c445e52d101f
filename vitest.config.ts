import { defineConfig } from 'vitest/config';

/**
 * Three projects, chosen by the test file's name (README, "Tests"): `*.unit.test.ts` needs nothing
 * running, `*.e2e.test.ts` runs the whole product (replicas, a browser, spawned processes), and every
 * other `*.test.ts` is integration (the sandbox over loopback, Redis).
 */
const UNIT = 'test/**/*.unit.test.ts';
const E2E = 'test/**/*.e2e.test.ts';

export default defineConfig({
  // One graphql for everyone: vite would resolve our imports to graphql's ESM build while Pothos and
  // yoga, loaded by Node, get its CommonJS build, and graphql refuses types from "another realm".
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // The closing `tests: N passed, N failed` line of .ci/run is read from this file (all projects).
    reporters: ['default', ['json', { outputFile: '.vitest-results.json' }]],
    projects: [
      { extends: true, test: { name: 'unit', include: [UNIT], setupFiles: ['test/helpers/unit-guard.ts'] } },
      // Only these two need Redis, so only they look for (or start) one.
      {
        extends: true,
        test: { name: 'integration', include: ['test/**/*.test.ts'], exclude: [UNIT, E2E], globalSetup: ['test/global-setup.ts'] },
      },
      { extends: true, test: { name: 'e2e', include: [E2E], globalSetup: ['test/global-setup.ts'] } },
    ],
  },
});
