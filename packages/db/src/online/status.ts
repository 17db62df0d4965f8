// What `pnpm backfill status` shows: for every phased finding of the migrations folder, whether
// its expand folder is applied, how far its backfill got, and whether it was released and contracted.
import { migrationsDir } from '../paths.js';
import { withPgClient } from '../provision.js';
import { phasedFindings } from './phases.js';
import { readPhaseStates } from './state.js';

export type PhaseStage = 'not-expanded' | 'expanded' | 'backfilling' | 'backfilled' | 'released' | 'contracted';

export interface PhaseStatus {
  finding: number | null;
  expandFolder: string;
  contractFolders: string[];
  stage: PhaseStage;
  backfillRows: number;
  backfillCounts: Record<string, number>;
}

export async function phaseStatus(databaseUrl: string, options: { dir?: string } = {}): Promise<PhaseStatus[]> {
  const states = await withPgClient(databaseUrl, readPhaseStates);
  return phasedFindings(options.dir ?? migrationsDir).map((finding) => {
    const state = states.get(finding.expandFolder);
    const stage: PhaseStage = !state
      ? 'not-expanded'
      : state.contractedAt
        ? 'contracted'
        : state.releasedAt
          ? 'released'
          : state.backfilledAt
            ? 'backfilled'
            : state.backfillStartedAt
              ? 'backfilling'
              : 'expanded';
    return {
      finding: finding.finding,
      expandFolder: finding.expandFolder,
      contractFolders: finding.contractFolders,
      stage,
      backfillRows: state?.backfillRows ?? 0,
      backfillCounts: state?.backfillCounts ?? {},
    };
  });
}
