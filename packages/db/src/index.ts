// Public API of @leadmetrics/db. Test-only helpers live in ./test-database.ts (they import vitest).
export {
  provisionPostgres,
  quoteIdentifier,
  createThrowawayDatabase,
  dropDatabase,
  dockerEngineAnswers,
  findFreePort,
  describeDatabaseUrl,
  withDatabaseName,
  withPgClient,
  DatabaseUnreachableError,
  DockerServerError,
  EmbeddedServerError,
  UnsupportedServerError,
  ProvisionSettingError,
  isProvisionError,
  checkedServerVersion,
  connectFailureReason,
  MIN_SERVER_MAJOR,
  DEFAULT_POSTGRES_IMAGE,
  CONNECT_TIMEOUT_MS,
} from './provision.js';
export type { PostgresChoice, PostgresProvider, ProvisionedPostgres, ProvisionOptions, ThrowawayDatabase } from './provision.js';

export { runPrisma, runPrismaOrThrow } from './prisma-cli.js';
export type { RunPrismaOptions, PrismaRunResult } from './prisma-cli.js';

export { takeCatalogSnapshot, readCatalogSnapshot } from './catalog-snapshot.js';
export type {
  CatalogSnapshot,
  TableSnapshot,
  ColumnSnapshot,
  ConstraintSnapshot,
  IndexSnapshot,
  ReferentialAction,
  SnapshotOptions,
} from './catalog-snapshot.js';
export { diffSnapshots } from './catalog-diff.js';
export type { DiffOptions } from './catalog-diff.js';

export { createPrismaClient, createLegacyPrismaClient } from './client.js';
export type { PrismaClient, LegacyPrismaClient, ClientOptions } from './client.js';

export {
  packageRoot,
  prismaCliWrapper,
  schemaEngineBridge,
  correctedSchemaDir,
  legacySchemaFile,
  migrationsDir,
  prismaConfigFile,
} from './paths.js';

export { loadFindingsCatalog, findingsCatalogFile } from './findings-catalog.js';
export type { Finding, FindingSeverity, FindingsCatalog, SchemaAnchor } from './findings-catalog.js';

export { argTokens, CliUsageError } from './cli-args.js';
export type { ArgToken } from './cli-args.js';

export { runCliMain, explainEnvironmentalError, explainFailure, probeWritable } from './cli-main.js';
export type { CliMainOptions } from './cli-main.js';
export { cleanUpOnExit, cleanUpOnInterrupt, temporaryFolder } from './exit-cleanup.js';
export type { TemporaryFolder } from './exit-cleanup.js';

export { runnableServerBinDir, startEmbeddedServer } from './embedded-server.js';
export type { EmbeddedServer, EmbeddedServerOptions } from './embedded-server.js';

export { beyondPrismaSql, BEYOND_PRISMA_FILE } from './beyond-prisma.js';
