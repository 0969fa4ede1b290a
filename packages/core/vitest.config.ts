import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Property-based suites run thousands of cases; a loaded CI machine must not time them out.
    testTimeout: 30_000,
  },
});
