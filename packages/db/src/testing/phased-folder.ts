// The folder tests of a phased finding (prisma/ONLINE.md): its expand folder, the backfill, the
// release and its contract folders, applied the way an operator does, with hooks where the legacy
// application is still writing (after expand, and again after the backfill, before the pause), and
// the accounting checks of applyAccounted over the whole finding.
import type { ThrowawayDatabase } from '../provision.js';
import { countTableRows, dependencyClosure, type TableCounts } from '../migrations/index.js';
import { applyContractPhase, applyExpandPhase, phasedFindings, releaseContracts, runBackfill } from '../online/index.js';
import { checkAccounted, type FolderRun } from './one-folder.js';

/**
 * A hook plays the legacy application. It returns how many rows its writes added (or, negative,
 * removed) per table, triggers' rows included: application writes are not the migration's, so the
 * ledger does not account for them and the balance check leaves them out.
 */
export type LegacyWrites = (url: string) => Promise<TableCounts | void>;

export interface PhasedRunHooks {
  /** Runs after the expand step, before the backfill: legacy writes the backfill then meets. */
  afterExpand?: LegacyWrites;
  /** Runs after the backfill, before the release: legacy writes only the triggers see. */
  afterBackfill?: LegacyWrites;
}

function withWrites(counts: TableCounts, writes: TableCounts | void): TableCounts {
  const next = { ...counts };
  for (const [table, rows] of Object.entries(writes ?? {})) next[table] = (next[table] ?? 0) + rows;
  return next;
}

/** Applies the phased finding whose expand folder is `expandFolder`, whole, and checks its accounting. */
export async function applyPhasedAccounted(db: ThrowawayDatabase, expandFolder: string, hooks: PhasedRunHooks = {}): Promise<FolderRun> {
  const finding = phasedFindings().find((p) => p.expandFolder === expandFolder);
  if (!finding) throw new Error(`${expandFolder} is not an expand folder (README front matter "phase: expand")`);
  const folders = dependencyClosure([expandFolder, ...finding.contractFolders]);
  let before = await countTableRows(db.url);
  const expand = await applyExpandPhase(db.url, { via: 'sql', folders });
  before = withWrites(before, await hooks.afterExpand?.(db.url));
  await runBackfill(db.url, { pauseMs: 0, ...(finding.finding !== null && { only: [finding.finding] }) });
  before = withWrites(before, await hooks.afterBackfill?.(db.url));
  await releaseContracts(db.url, { ...(finding.finding !== null && { only: [finding.finding] }) });
  const contract = await applyContractPhase(db.url, { via: 'sql', folders });
  const applied = [...expand, ...contract].filter((f) => !f.skipped);
  return checkAccounted(db.url, {
    ledgerFolder: expandFolder,
    folders: applied.map((f) => f.name),
    before,
    notices: applied.flatMap((f) => f.notices),
  });
}
