import { defineLeadmetricsConfig } from '../../vitest.shared.ts';

// One PostgreSQL server per run; each test file creates its own throw-away database on it.
// A migration folder's own test sits beside its SQL (prisma/migrations/<folder>/migration.test.ts).
export default defineLeadmetricsConfig({
  sharedDatabase: true,
  include: ['prisma/migrations/*/migration.test.ts'],
  testTimeout: 300_000,
  hookTimeout: 300_000,
});
