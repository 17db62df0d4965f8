// Preflight as a library (the CLI is cli.ts): a read-only look at a database before the migrations run.
export { runPreflight, type PreflightOptions, type PreflightResult } from './run.js';
export { withReadOnlySession, APPLICATION_NAME, type ReadOnlySession, type ReadOnlySessionOptions } from './read-only.js';
export { readDatabaseState, inferApplied, type DatabaseState, type Stage, type FolderInference } from './state.js';
export {
  planPendingMigrations,
  batchesOf,
  LONG_MIGRATION_MS,
  type MigrationPlanEntry,
  type Batch,
  type Verdict,
  type TableTouched,
} from './plan.js';
export { renderMarkdown, writePreflightReports, REPORT_BASENAME } from './report.js';
export { HELP, parsePreflightArgs, CliUsageError, type PreflightCliOptions } from './cli-options.js';
export {
  loadReference,
  Reference,
  readReferenceData,
  REGENERATE_COMMAND,
  referenceFile,
  type ReferenceData,
} from './reference/reference.js';
export { buildReference, stringifyReference, stringifyToDepth, readCatalogAt } from './reference/build.js';
export {
  estimateDuration,
  fitLine,
  readCosts,
  costsFile,
  DEFAULT_COST,
  formatDuration,
  type CostsData,
  type CostPoint,
  type Estimate,
} from './estimate.js';
export {
  FOLDER_PROBES,
  probesFor,
  type AnomalyProbe,
  type BlockerProbe,
  type FolderProbes,
  type ProbeContext,
} from '@leadmetrics/db/migrations';
export { runFolderProbes, type AnomalyCount, type BlockerCount } from './probes/run.js';
export { diffCatalogs, flatten, unflatten, type Catalog } from './catalog/flat.js';
export { loadMappingFile, writeMappingTemplate, valuesOfPlan, type LoadedMapping, type LoadMappingOptions } from './mapping-file.js';
