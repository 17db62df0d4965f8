// The seeded legacy database that the whole-chain tests and the fault bench start from: the legacy schema
// (0_baseline), the seed's demo data with its anomalies planted, and the value mapping the repository ships
// for them, loaded before migrating as an operator loads theirs. One home, so the bench and the tests cannot
// drift apart (the bench once built it without the mapping, and finding 16's backfill then stopped).
import { applyFolders, BASELINE_FOLDER } from '@leadmetrics/db/migrations';
import { loadDemoMapping, seedDatabase } from '@leadmetrics/seed';

/** What a seeded legacy database holds: the seed's manifest. */
export interface LegacyData {
  anomalies: Record<string, { count: number; ids: string[] }>;
}

export const SEED = 1;

/** Builds the seeded legacy database at `url`; the manifest says what was planted. */
export async function buildLegacyDatabase(url: string): Promise<LegacyData> {
  await applyFolders(url, [BASELINE_FOLDER], { via: 'sql' });
  const manifest = await seedDatabase({ databaseUrl: url, scale: 'demo', seed: SEED });
  await loadDemoMapping(url);
  return { anomalies: manifest.anomalies };
}
