import { defineConfig } from 'vitest/config';

// Three suites: `unit` (pure and in-process tests beside the code and in test/), `corpus` (reads the
// shared export files and labelled sets; skips with a message when they are absent) and `storage`
// (the store's suite; DIALECT=postgres runs it on PostgreSQL instead of PGlite).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['test/corpus/**', 'test/storage/**', 'node_modules/**', 'dist/**'],
          // Generous: these machines are small and shared; speed is measured in bench/, not here.
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'corpus',
          include: ['test/corpus/**/*.test.ts'],
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'storage',
          include: ['test/storage/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
