// The migration harness: read the folders of prisma/migrations (front matter, SQL files), work out
// what a cherry-pick needs, apply / revert / validate folders on a live database, check the
// accounting of prisma/MIGRATIONS.md, and lint migration.sql with squawk.
export { BASELINE_FOLDER, listMigrationFolders, readMigrationFolder, dependencyClosure } from './folders.js';
export type { MigrationFolder } from './folders.js';
export { parseFrontMatter, FrontMatterError, MIGRATION_RISKS, MIGRATION_PHASES } from './front-matter.js';
export type { FrontMatter, MigrationRisk, MigrationPhase } from './front-matter.js';
export { applyFolders, revertFolder, runValidate, appliedMigrations, prismaChecksum, MigrationFailedError } from './apply.js';
export type { ApplyOptions, AppliedFolder } from './apply.js';
export {
  readLedger,
  readQuarantineCounts,
  countTableRows,
  ledgerEntriesOf,
  checkLedgerBalance,
  renamedTables,
  checkAnomalyEntries,
  LEDGER_ACTIONS,
  LEDGER_TABLE,
  QUARANTINE_TABLE,
  VALUE_MAPPING_TABLE,
  SUMMARY_TABLE,
  BOOKKEEPING_TABLES,
} from './ledger.js';
export type { LedgerAction, LedgerEntry, QuarantineCount, TableCounts, BalanceResult } from './ledger.js';
export { splitSqlStatements, concurrentIndexStatement } from './sql-statements.js';
export { squawkFile, squawkFiles, squawkMigration, squawkMigrations, squawkExceptions, unexcusedSquawkReports } from './squawk.js';
export type { SquawkReport } from './squawk.js';
export {
  LEDGER_FOLDER,
  parseMappingFile,
  readMappingFile,
  checkMappingEntries,
  checkMappingFile,
  unmappedValues,
  mappingTemplate,
  valueMappingTableStatements,
  readValueMapping,
  writeValueMapping,
  ValueMappingError,
} from './value-mapping.js';
export type { ValueMappingEntry, MappableColumn, OutOfTypeValue, MappingReader } from './value-mapping.js';
export { FOLDER_PROBES, probesFor } from './folder-probes.js';
export { ident, literal, literalList, bareTableName } from './probes.js';
export type { AnomalyProbe, BlockerProbe, FolderProbes, ProbeContext, ProbeReference, ProbeSession, ValueProbe } from './probes.js';
