import { defineConfig } from 'vitest/config';

// Browser journeys (e2e/*.e2e.ts): each file starts its own server and Chromium, so files run one at
// a time and get generous timeouts (a cold PGlite start and a first page load take seconds).
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    maxWorkers: 1,
    retry: 0,
  },
});
