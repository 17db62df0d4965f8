// The value mapping the repository ships for this seed: what each value the seed plants outside the
// corrected schema's types means (demo-mapping.json, next to this package's README). It is the operator's
// decision for the demo data, kept apart from the migrations; tools that migrate a seeded database load
// it first, as an operator loads theirs (RUNBOOK.md).
import { fileURLToPath } from 'node:url';
import { readMappingFile, writeValueMapping } from '@leadmetrics/db/migrations';

export const DEMO_MAPPING_FILE = fileURLToPath(new URL('../demo-mapping.json', import.meta.url));

/** Replaces the database's migration_value_mapping with the demo mapping (unchecked against the folders: preflight does that). */
export async function loadDemoMapping(databaseUrl: string): Promise<void> {
  await writeValueMapping(databaseUrl, readMappingFile(DEMO_MAPPING_FILE, 'packages/seed/demo-mapping.json'));
}
