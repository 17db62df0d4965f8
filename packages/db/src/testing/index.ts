// @leadmetrics/db/testing: helpers for test files only (they import vitest, so they stay out of the main entry).
export { testServer, useTestDatabase, createTestDatabase } from '../test-database.js';
export type { ProvidedPostgres, TestDatabase } from '../test-database.js';
export { templateDatabase } from './template-database.js';
export type { TemplateDatabase } from './template-database.js';
export { FixtureWriter, plantLegacyFixtures } from './legacy-fixtures.js';
export type { FixtureManifest } from './legacy-fixtures.js';
export { applyAccounted, applyWhole, checkAccounted, day, hasColumn, legacyDatabaseFor, query, quarantineOf } from './one-folder.js';
export type { FolderRun } from './one-folder.js';
export { readOnlyFolder } from './read-only-folder.js';
export type { ReadOnlyFolder } from './read-only-folder.js';
export { applyPhasedAccounted } from './phased-folder.js';
export type { LegacyWrites, PhasedRunHooks } from './phased-folder.js';
export { describeBenchDatabaseFailures } from './bench-environment.js';
export { startOldServer } from './old-server.js';
export type { OldServer } from './old-server.js';
export { cpuSecondsOf, interruptWhen, leftInTempFolder, processesNaming } from './interrupt.js';
export type { InterruptedRun, InterruptOptions } from './interrupt.js';
