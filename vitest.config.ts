import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/support/remove-temp-dirs.ts'],
          // Beside the e2e project's Chromium (npm test runs both at once, scripts/run-tests.mjs).
          maxWorkers: 1,
          // A busy machine (the e2e project beside, scrypt's slow hash per login) must not fail a
          // test on time: no test here asserts speed (that is `npm run bench`).
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/support/remove-temp-dirs.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time: the machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
