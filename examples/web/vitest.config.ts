// End-to-end tests: Node drives Debian's Chromium through playwright-core against the example
// server started in-process (see e2e/). One file at a time: each test file owns a browser.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
