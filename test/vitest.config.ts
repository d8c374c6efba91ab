/**
 * The whole suite: `unit` (parsers, converter, helpers: fast, no browser) and `e2e`
 * (builds the real site once, serves it on loopback and drives Debian's Chromium).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));
const alias = { '~': fileURLToPath(new URL('../src', import.meta.url)) };

export default defineConfig({
  root,
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        // Some unit tests start a child process or run property tests: on a busy 2-core machine they outlast 5 s.
        test: { name: 'unit', root, include: ['test/unit/**/*.test.ts'], testTimeout: 30_000 },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          root,
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          // One browser and one built site: run e2e files one after another.
          fileParallelism: false,
        },
      },
    ],
  },
});
