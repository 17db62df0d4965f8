// What the steps share: the resolved options, the catalog, and the state each step leaves for
// the next (the database, the seed's manifest, row counts, the snapshot...).
import type { ValueMappingEntry } from '@leadmetrics/db/migrations';
import type { CapturedColumn } from './lib/value-meaning.js';
import type { CatalogSnapshot } from '@leadmetrics/db';
import type { Finding } from '@leadmetrics/db';
import type { SchemaGraph } from '@leadmetrics/rules';
import type { LedgerEntry, TableCounts } from '@leadmetrics/db/migrations';
import type { Manifest } from '@leadmetrics/seed';
import type { Census } from './lib/census.js';
import type { MeaningSnapshot } from './lib/meaning.js';
import type { FromScratch } from './lib/from-scratch.js';
import type { PrismaPaths } from './paths.js';

export interface ResolvedOptions {
  prismaDir: string;
  catalogFile: string;
  scale: string;
  seed: number;
  /** A server given by the user (--database-url); verify makes its own throw-away databases on it. */
  databaseUrl: string | null;
  keep: boolean;
  /** Finding ids of a cherry-pick run; null = every migration. */
  only: number[] | null;
  /** Where verify-report.md / .json go; null = do not write them. */
  reportDir: string | null;
  env: NodeJS.ProcessEnv;
}

export interface Database {
  url: string;
  name: string;
}

/** The migrations a run applies, decided from the catalog and the folders on disk. */
export interface MigrationPlan {
  /** Every folder on disk, in Prisma's order. */
  onDisk: string[];
  /** Folders this run applies after 0_baseline (everything, or the --only closure). */
  toApply: string[];
  /** finding id -> its folder, from the catalog (null when the catalog names none). */
  folderOf: Map<number, string | null>;
  /** Findings whose migration this run applies. */
  applied: Set<number>;
}

export interface VerifyState {
  legacyGraph?: SchemaGraph;
  correctedGraph?: SchemaGraph;
  server?: { url: string; provider: string; serverVersion: string };
  database?: Database;
  /** True once every planned folder is recorded as applied in _prisma_migrations. */
  migrated?: boolean;
  plan?: MigrationPlan;
  manifest?: Manifest;
  rowsBefore?: TableCounts;
  /** Non-null count and fingerprint of every column before the migrations. */
  censusBefore?: Census;
  /** What the rows meant before the migrations, for the row-by-row meaning checks. */
  meaningBefore?: MeaningSnapshot;
  /** The value mapping loaded before the migrations, and each converted column's old values by row id. */
  valuesBefore?: { mapping: ValueMappingEntry[]; columns: CapturedColumn[] };
  rowsAfter?: TableCounts;
  ledger?: LedgerEntry[];
  /** The corrected schema applied from scratch to a database of its own (started early, used by drift). */
  fromScratch?: Promise<FromScratch>;
  /** The generated client brought up to date (started early); resolves to the error if that failed. */
  clientReady?: Promise<Error | null>;
  /** Catalog snapshot of the migrated database, taken by the drift step. */
  migratedSnapshot?: CatalogSnapshot;
}

export interface VerifyContext {
  options: ResolvedOptions;
  paths: PrismaPaths;
  findings: Finding[];
  state: VerifyState;
  /** A line of progress under the running step. */
  log(line: string): void;
  /** Run at the end of the run, last registered first (unless --keep keeps the database). */
  onCleanup(cleanup: () => Promise<void>, options?: { keepable?: boolean }): void;
  /** A throw-away database on the run's server, dropped at the end (kept with --keep when `keepable`). */
  createDatabase(prefix: string, options?: { keepable?: boolean }): Promise<Database>;
}
