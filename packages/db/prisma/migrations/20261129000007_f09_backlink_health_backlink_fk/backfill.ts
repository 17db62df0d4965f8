// Finding 9's backfill: link each existing health row to its backlink where the match is certain
// (one backlink with the row's campaign, tenant and url as sourceUrl, and no other health row with
// that key), one key range of backlink_health at a time; count the rest as kept without a link.
import type { BackfillDefinition } from '@leadmetrics/db/online';

const MIGRATION = '20261129000007_f09_backlink_health_backlink_fk';

const backfill: BackfillDefinition = {
  steps: [
    {
      label: 'health rows linked to their backlink',
      table: 'backlink_health',
      key: 'id',
      batchSql: `WITH range AS (
    SELECT h."id", h."campaignId", h."tenantId", h."url"
      FROM "backlink_health" h
     WHERE ($1::text IS NULL OR h."id" > $1::text) AND h."id" <= $2::text AND h."backlinkId" IS NULL
  ), certain AS (
    SELECT r."id" AS health_id, min(b."id") AS backlink_id
      FROM range r JOIN "backlinks" b ON b."campaignId" = r."campaignId" AND b."tenantId" = r."tenantId" AND b."sourceUrl" = r."url"
     WHERE (SELECT count(*) FROM "backlink_health" o
             WHERE o."campaignId" = r."campaignId" AND o."tenantId" = r."tenantId" AND o."url" = r."url") = 1
     GROUP BY r."id"
    HAVING count(*) = 1
  ), linked AS (
    UPDATE "backlink_health" h SET "backlinkId" = c.backlink_id
      FROM certain c
     WHERE h."id" = c.health_id AND h."backlinkId" IS NULL
       AND NOT EXISTS (SELECT 1 FROM "backlink_health" t WHERE t."backlinkId" = c.backlink_id)
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM linked)::int AS matched,
         ((SELECT count(*) FROM range) - (SELECT count(*) FROM linked))::int AS unmatched`,
    },
  ],
  finishSql: `DO $$
DECLARE
  m CONSTANT text := '${MIGRATION}';
  counts CONSTANT jsonb := current_setting('online_migration.counts')::jsonb;
  matched CONSTANT integer := coalesce((counts->>'matched')::integer, 0);
  unmatched CONSTANT integer := coalesce((counts->>'unmatched')::integer, 0);
BEGIN
  INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note") VALUES
    (m, 'backlink_health', 'updated', matched, 'backlink_health_matchable', 'backlinkId set: url matches exactly one backlink of the campaign'),
    (m, 'backlink_health', 'kept', unmatched, 'backlink_health_unmatchable', 'no single matching backlink: backlinkId stays NULL');
  RAISE NOTICE '%: backlink_health: % rows linked to their backlink, % left without one (no unambiguous match)', m, matched, unmatched;
END $$;`,
};

export default backfill;
