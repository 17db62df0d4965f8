// Finding 12's backfill: merge the near-duplicate keywords (same tenant, same text once trimmed,
// whitespace-collapsed and lower-cased) into the oldest of their group, one range of tenants at a
// time: a group never spans tenants, so each batch sees whole groups. The work is the expand
// folder's online_migration.f12_merge_keywords (re-point, fold post links, quarantine, delete).
import type { BackfillDefinition } from '@leadmetrics/db/online';

const MIGRATION = '20261129000010_f12_keyword_unique_per_tenant';

/** The counts f12_merge_keywords reports, as integer columns the runner sums over the batches. */
export const MERGE_COUNTS = [
  'duplicates',
  'keepersFilled',
  'linksMerged',
  'linksFolded',
  'linksRepointed',
  'rankingsRepointed',
  'observationsRepointed',
  'snapshotsRepointed',
] as const;

const backfill: BackfillDefinition = {
  steps: [
    {
      label: 'near-duplicate keywords merged, per tenant',
      table: 'tenants',
      key: 'id',
      batchSql: `SELECT ${MERGE_COUNTS.map((name) => `coalesce((c->>'${name}')::int, 0) AS "${name}"`).join(', ')}
  FROM "online_migration"."f12_merge_tenants"($1::text, $2::text) AS c`,
    },
  ],
  finishSql: `DO $$
DECLARE
  m CONSTANT text := '${MIGRATION}';
  counts CONSTANT jsonb := current_setting('online_migration.counts')::jsonb;
BEGIN
  PERFORM "online_migration"."f12_book_merge"(m, counts, 'keyword_duplicates');
END $$;`,
};

export default backfill;
