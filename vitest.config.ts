import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Vitest's default is one worker fewer than the cores: one worker on a two-core CI machine. The
// database, HTTP and CLI tests spend much of their time waiting on PostgreSQL, Chromium or a
// child process, so two workers keep both cores busy (CI time is the budget: under 20 minutes).
const workers = Math.max(2, availableParallelism() - 1);

/**
 * Three projects: fast unit tests (no database), database and HTTP tests against PGlite and a
 * throwaway PostgreSQL 15, and browser tests in the system's Chromium.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          maxWorkers: workers,
          include: ['packages/*/src/**/*.test.ts', 'packages/*/src/**/*.test.tsx'],
          exclude: ['**/*.int.test.ts', '**/*.e2e.test.ts', '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'int',
          include: ['packages/*/src/**/*.int.test.ts', 'bench/**/*.int.test.ts'],
          globalSetup: ['packages/db/src/testing/global-setup.ts'],
          // CLI tests start processes that load the demo country: minutes on a busy two-core machine.
          testTimeout: 180_000,
          hookTimeout: 240_000,
          pool: 'forks',
          maxWorkers: workers,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['packages/e2e/src/**/*.e2e.test.ts'],
          globalSetup: ['packages/e2e/src/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          // A poll waits for the browser as long as a locator does (helpers' `patience`), not
          // vitest's one second: on a loaded two-core machine a list may take longer to refetch.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
