import { defineLeadmetricsConfig } from '../../vitest.shared.ts';

// One PostgreSQL server per run; every test file creates its own throw-away database on it.
export default defineLeadmetricsConfig({ sharedDatabase: true });
