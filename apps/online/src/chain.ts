// A migration chain as the harness runs it: an ordered list of steps, each belonging to a phase.
// The harness does not care how a step changes the database; it only needs to know the phase (which
// application is live meanwhile) and the finding (for the per-finding tables). That is what lets the
// same harness run today's single-transaction chain and the phased chain on the same data.
import { applyFolders, BASELINE_FOLDER, listMigrationFolders, migrationsDir as defaultMigrationsDir } from './db.js';

export type StepPhase = 'migrate' | 'expand' | 'backfill' | 'contract';

export interface ChainStepContext {
  /** URL for the migration's own connections (it carries the application_name the lock sampler recognises). */
  databaseUrl: string;
  log(line: string): void;
}

export interface ChainStepResult {
  /** Rows a backfill step wrote, for the backfill throughput. */
  rowsBackfilled?: number;
}

export interface ChainStep {
  phase: StepPhase;
  /** Folder name, or the backfill's name. */
  name: string;
  /** Number of the review finding the step belongs to; null for shared infrastructure (the ledger). */
  finding: number | null;
  run(context: ChainStepContext): Promise<ChainStepResult>;
}

export interface Chain {
  /** Short name used in file names and tables: `single-transaction`, `phased`, or a test's own. */
  name: string;
  description: string;
  steps: ChainStep[];
  /**
   * A chain that leaves part of the legacy schema in place (a cherry-pick) cannot be served by the
   * corrected client: the legacy application then serves throughout.
   */
  partial?: boolean;
}

/** The finding a migration folder belongs to, from its name (`..._f13_faq_rows_for_versions`). */
export function findingOfFolder(folder: string): number | null {
  const match = /_f(\d+)_/.exec(folder);
  return match ? Number(match[1]) : null;
}

/** A step that applies one migration folder, in its own transaction, the way `prisma migrate deploy` does. */
export function folderStep(phase: StepPhase, folder: string, dir: string = defaultMigrationsDir): ChainStep {
  return {
    phase,
    name: folder,
    finding: findingOfFolder(folder),
    run: async ({ databaseUrl }) => {
      await applyFolders(databaseUrl, [folder], { via: 'sql', dir });
      return {};
    },
  };
}

/**
 * Today's chain: every folder after the baseline, in order, each one transaction. A folder's name
 * order is Prisma's order, so this is exactly what `prisma migrate deploy` would apply.
 */
export function singleTransactionChain(dir: string = defaultMigrationsDir): Chain {
  const folders = listMigrationFolders(dir).filter((name) => name !== BASELINE_FOLDER);
  return {
    name: 'single-transaction',
    description: `today's chain: ${folders.length} folders, each applied as one transaction`,
    steps: folders.map((folder) => folderStep('migrate', folder, dir)),
  };
}

/** A backfill the phased chain runs between its expand and contract folders. */
export interface BackfillRunner {
  name: string;
  finding: number | null;
  run(databaseUrl: string, log: (line: string) => void): Promise<{ rows: number }>;
}

/** A phased chain put together from its parts: expand folders, backfills, then contract folders. */
export function phasedChainOf(
  parts: { expand: readonly string[]; backfills: readonly BackfillRunner[]; contract: readonly string[] },
  dir: string = defaultMigrationsDir,
  name = 'phased',
): Chain {
  const backfillSteps: ChainStep[] = parts.backfills.map((backfill) => ({
    phase: 'backfill',
    name: backfill.name,
    finding: backfill.finding,
    run: async ({ databaseUrl, log }) => ({ rowsBackfilled: (await backfill.run(databaseUrl, log)).rows }),
  }));
  return {
    name,
    description: `${parts.expand.length} expand folders, ${parts.backfills.length} backfills, ${parts.contract.length} contract folders`,
    steps: [
      ...parts.expand.map((folder) => folderStep('expand', folder, dir)),
      ...backfillSteps,
      ...parts.contract.map((folder) => folderStep('contract', folder, dir)),
    ],
  };
}
