// The one place this app imports the database package from, so an entry point that moves is one edit.
export {
  createLegacyPrismaClient,
  createPrismaClient,
  createThrowawayDatabase,
  dropDatabase,
  migrationsDir,
  provisionPostgres,
  quoteIdentifier,
  withDatabaseName,
  withPgClient,
} from '@leadmetrics/db';
export type { LegacyPrismaClient, PrismaClient, ProvisionedPostgres } from '@leadmetrics/db';
export {
  applyFolders,
  BASELINE_FOLDER,
  checkLedgerBalance,
  countTableRows,
  listMigrationFolders,
  readLedger,
} from '@leadmetrics/db/migrations/index.js';
export type { TableCounts } from '@leadmetrics/db/migrations/index.js';
