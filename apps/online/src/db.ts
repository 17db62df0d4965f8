// The one place this app imports the database package from, so an entry point that moves is one edit.
export {
  checkedServerVersion,
  createLegacyPrismaClient,
  createPrismaClient,
  createThrowawayDatabase,
  explainFailure,
  migrationsDir,
  provisionPostgres,
  runCliMain,
  temporaryFolder,
  withDatabaseName,
  withPgClient,
} from '@leadmetrics/db';
export type { LegacyPrismaClient, PrismaClient, ProvisionedPostgres } from '@leadmetrics/db';
export {
  applyFolders,
  BASELINE_FOLDER,
  checkLedgerBalance,
  countTableRows,
  dependencyClosure,
  listMigrationFolders,
  readLedger,
  readMappingFile,
  readMigrationFolder,
  ValueMappingError,
  writeValueMapping,
} from '@leadmetrics/db/migrations';
export type { TableCounts, ValueMappingEntry } from '@leadmetrics/db/migrations';
export { phasedFindings, releaseContracts, runBackfill, splitAtPause } from '@leadmetrics/db/online';
