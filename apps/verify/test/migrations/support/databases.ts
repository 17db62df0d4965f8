// The seeded legacy database the whole-chain tests start from (built once per file as a template; each test
// works on its own copy).
import { applyFolders, BASELINE_FOLDER } from '@leadmetrics/db/migrations';
import { loadDemoMapping, seedDatabase } from '@leadmetrics/seed';

export { templateDatabase, type TemplateDatabase } from '@leadmetrics/db/testing';

/** What a seeded legacy database holds: the seed's manifest. */
export interface LegacyData {
  anomalies: Record<string, { count: number; ids: string[] }>;
}

export const SEED = 1;

/** The legacy schema (0_baseline) plus the seed's demo data, anomalies planted; the manifest says what. */
export async function buildLegacyDatabase(url: string): Promise<LegacyData> {
  await applyFolders(url, [BASELINE_FOLDER], { via: 'sql' });
  const manifest = await seedDatabase({ databaseUrl: url, scale: 'demo', seed: SEED });
  // what each planted value outside the new types means, as an operator loads it before migrating
  await loadDemoMapping(url);
  return { anomalies: manifest.anomalies };
}
