// The phased chain as @leadmetrics/db/online defines it, turned into harness steps: every folder
// before the pause (expand folders, and the single folders: instant changes and concurrent index statements),
// then one backfill step per phased finding, then the release and the contract folders. The
// harness deploys the corrected application at the pause, before the release.
import { findingOfFolder, folderStep, type Chain, type ChainStep } from './chain.js';
import {
  BASELINE_FOLDER,
  dependencyClosure,
  listMigrationFolders,
  migrationsDir,
  phasedFindings,
  readMigrationFolder,
  releaseContracts,
  runBackfill,
  splitAtPause,
} from './db.js';

export interface PhasedChainOptions {
  dir?: string;
  /**
   * Take only these findings' folders (with what they depend on), the way a team cherry-picks
   * them; the whole chain when absent.
   */
  findings?: readonly number[];
}

function foldersOf(dir: string, findings: readonly number[] | undefined): string[] {
  const all = listMigrationFolders(dir).filter((name) => name !== BASELINE_FOLDER);
  if (!findings) return all;
  const picked = all.filter((name) => findings.includes(findingOfFolder(name) ?? -1));
  if (picked.length === 0) throw new Error(`no migration folder in ${dir} belongs to finding ${findings.join(' or ')}`);
  return dependencyClosure(picked, dir).filter((name) => name !== BASELINE_FOLDER);
}

export function phasedChain(options: PhasedChainOptions = {}): Chain {
  const dir = options.dir ?? migrationsDir;
  const folders = foldersOf(dir, options.findings);
  const { beforePause, afterPause } = splitAtPause(folders, dir);
  // An expand folder without backfill.ts still has a backfill to mark finished before its contract is released.
  const findings = phasedFindings(dir).filter((f) => folders.includes(f.expandFolder));
  const before: ChainStep[] = beforePause.map((name) =>
    folderStep(readMigrationFolder(name, dir).phase === 'expand' ? 'expand' : 'migrate', name, dir),
  );
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
    name: options.findings ? `phased-findings-${options.findings.join('-')}` : 'phased',
    description: `${options.findings ? `findings ${options.findings.join(', ')} cherry-picked from ` : ''}the phased chain: ${before.length - singles} expand folders and ${singles} single folders (instant, or one concurrent index statement each) before the pause, ${backfills.length} backfills, release, ${afterPause.length} contract folders`,
    ...(options.findings && { partial: true }),
    steps: [
      ...before,
      ...backfills,
      ...(afterPause.length > 0 ? [release] : []),
      ...afterPause.map((name) => folderStep('contract', name, dir)),
    ],
  };
}
