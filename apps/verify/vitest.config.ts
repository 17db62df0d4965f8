import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // One PostgreSQL server for the whole run (DATABASE_URL, else testcontainers, else embedded);
    // every test makes its own throw-away databases on it.
    globalSetup: ['../../packages/db/src/vitest-global-setup.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
