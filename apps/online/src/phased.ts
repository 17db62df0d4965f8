// The phased chain as @leadmetrics/db/online defines it, turned into harness steps: every folder
// before the pause (expand folders, and the findings not phased yet as single-transaction folders),
// then one backfill step per phased finding, then the release and the contract folders. The
// harness deploys the corrected application at the pause, before the release.
import { folderStep, type Chain, type ChainStep } from './chain.js';
import { BASELINE_FOLDER, listMigrationFolders, migrationsDir, phasedFindings, readMigrationFolder, releaseContracts, runBackfill, splitAtPause } from './db.js';

/** Backfill settings the harness passes on; the backfill's own defaults otherwise. */
export interface PhasedChainOptions {
  dir?: string;
  onBackfillProgress?: (line: string) => void;
}

export function phasedChain(options: PhasedChainOptions = {}): Chain {
  const dir = options.dir ?? migrationsDir;
  const folders = listMigrationFolders(dir).filter((name) => name !== BASELINE_FOLDER);
  const { beforePause, afterPause } = splitAtPause(folders, dir);
  const findings = phasedFindings(dir).filter((f) => f.backfillFile !== null && folders.includes(f.expandFolder));
  const before: ChainStep[] = beforePause.map((name) => folderStep(readMigrationFolder(name, dir).phase === 'expand' ? 'expand' : 'migrate', name, dir));
  const backfills: ChainStep[] = findings.map((finding) => ({
    phase: 'backfill',
    name: `backfill ${finding.expandFolder}`,
    finding: finding.finding,
    run: async ({ databaseUrl }) => {
      const results = await runBackfill(databaseUrl, { dir, ...(finding.finding !== null && { only: [finding.finding] }) });
      return { rowsBackfilled: results.reduce((sum, r) => sum + r.rows, 0) };
    },
  }));
  const release: ChainStep = {
    phase: 'contract',
    name: 'release',
    finding: null,
    run: async ({ databaseUrl }) => {
      await releaseContracts(databaseUrl, { dir });
      return {};
    },
  };
  const singles = before.filter((s) => s.phase === 'migrate').length;
  return {
    name: 'phased',
    description: `the phased chain: ${before.length - singles} expand folders and ${singles} folders not phased yet before the pause, ${backfills.length} backfills, release, ${afterPause.length} contract folders`,
    steps: [...before, ...backfills, ...(afterPause.length > 0 ? [release] : []), ...afterPause.map((name) => folderStep('contract', name, dir))],
  };
}
