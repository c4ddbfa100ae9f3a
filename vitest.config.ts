import { defineConfig } from 'vitest/config';

/**
 * Unit tests (pure code in shared/ and the renderer's pure modules) and integration tests (the
 * backend on real SQLite files in temp folders, over the dispatcher, HTTP and the web CLI).
 * End-to-end tests are Playwright's (test/e2e) and are not run here.
 */
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    environment: 'node',
    // Each file in its own process: better-sqlite3 handles and servers never leak between files.
    pool: 'forks',
    testTimeout: 20_000,
    hookTimeout: 30_000,
    teardownTimeout: 10_000,
  },
});
