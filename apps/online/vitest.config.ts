import { defineLeadmetricsConfig } from '../../vitest.shared.ts';

// One PostgreSQL server for the run; every test makes its own throw-away databases on it.
export default defineLeadmetricsConfig({ sharedDatabase: true, testTimeout: 300_000, hookTimeout: 300_000 });
