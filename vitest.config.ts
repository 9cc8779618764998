import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Four projects, run together by `npm test` (see .ci/test):
 * unit (pure logic), samples (every sample compiles), build (assertions over dist/),
 * e2e (Chromium against the built site on 127.0.0.1).
 */
export default defineConfig({
  resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'samples', include: ['tests/samples/**/*.test.ts'], testTimeout: 180_000, hookTimeout: 180_000 } },
      {
        extends: true,
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], globalSetup: ['tests/support/ensure-build.ts'], testTimeout: 120_000, hookTimeout: 300_000 },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/ensure-build.ts', 'tests/support/serve-dist.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          // One Chromium per file; two cores, so keep files from competing for them.
          maxWorkers: 1,
        },
      },
    ],
  },
});
