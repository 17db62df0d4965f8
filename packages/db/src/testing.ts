// @leadmetrics/db/testing: helpers for test files only (they import vitest, so they stay out of the main entry).
export { testServer, useTestDatabase, createTestDatabase } from './test-database.js';
export type { ProvidedPostgres, TestDatabase } from './test-database.js';
