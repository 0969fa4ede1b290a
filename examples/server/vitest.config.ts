import { defineConfig } from 'vitest/config';

// The server is Node-only (PGlite with a data directory, a listening socket).
export default defineConfig({
  test: { environment: 'node', testTimeout: 60_000, hookTimeout: 60_000 },
});
