// Applying a phased chain from code (verify, the tests, the live-traffic harness): the folders
// before the pause, the backfill, the release and the folders after the pause, for a database URL.
import { applyFolders, type AppliedFolder, type ApplyOptions } from '../migrations/apply.js';
import { dependencyClosure, listMigrationFolders } from '../migrations/folders.js';
import { migrationsDir } from '../paths.js';
import { withPgClient } from '../provision.js';
import { readPhaseStates } from './state.js';
import { runBackfill, type BackfillOptions, type BackfillResult } from './backfill.js';
import { releaseContracts } from './release.js';
import { splitAtPause } from './phases.js';

export interface PhaseApplyOptions extends Pick<ApplyOptions, 'via' | 'onNotice' | 'timeoutMs' | 'onBackendPid' | 'beforeCommit'> {
  dir?: string;
  /** Folders to take (with their dependencies); the whole migrations folder when absent. */
  folders?: readonly string[];
}

function chainOf(options: PhaseApplyOptions): string[] {
  const dir = options.dir ?? migrationsDir;
  return options.folders ? dependencyClosure(options.folders, dir) : listMigrationFolders(dir);
}

/** Applies every folder that belongs before the pause (single and expand folders). */
export async function applyExpandPhase(databaseUrl: string, options: PhaseApplyOptions = {}): Promise<AppliedFolder[]> {
  const { beforePause } = splitAtPause(chainOf(options), options.dir);
  return applyFolders(databaseUrl, beforePause, options);
}

/** Applies the contract folders (their guards refuse unless the backfill finished and was released). */
export async function applyContractPhase(databaseUrl: string, options: PhaseApplyOptions = {}): Promise<AppliedFolder[]> {
  const { afterPause } = splitAtPause(chainOf(options), options.dir);
  return applyFolders(databaseUrl, afterPause, options);
}

export interface PhasedChainResult {
  expand: AppliedFolder[];
  backfill: BackfillResult[];
  contract: AppliedFolder[];
}

/**
 * The whole adoption in one call: expand, backfill, release, contract. `atPause` runs where a team
 * deploys its application (a harness switches its workload to the corrected client there).
 */
export async function applyPhasedChain(
  databaseUrl: string,
  options: PhaseApplyOptions & { backfill?: Omit<BackfillOptions, 'dir'>; atPause?: () => Promise<void> } = {},
): Promise<PhasedChainResult> {
  const expand = await applyExpandPhase(databaseUrl, options);
  const backfill = await backfillIfAny(databaseUrl, { ...options.backfill, dir: options.dir });
  await options.atPause?.();
  if (backfill.length > 0) await releaseContracts(databaseUrl, { dir: options.dir, only: options.backfill?.only });
  const contract = await applyContractPhase(databaseUrl, options);
  return { expand, backfill, contract };
}

/** Runs the backfill when an expand folder was applied; a chain without phased findings has none. */
async function backfillIfAny(databaseUrl: string, options: BackfillOptions): Promise<BackfillResult[]> {
  const states = await withPgClient(databaseUrl, readPhaseStates);
  if (states.size === 0) return [];
  return runBackfill(databaseUrl, options);
}
