import { defineConfig } from 'vitest/config';

// Node only: the adapters need a PostgreSQL server or PGlite with a data directory.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
