// Finding 2's backfill: every activity whose sourceDeliverableId points at no deliverable, or at
// another tenant's, has the id copied into migration_quarantine and set to NULL (what ON DELETE SET
// NULL would have done had the key existed), one key range of activities at a time. The rows are
// locked (FOR UPDATE) for the batch, so a legacy write to the same row waits for it, not the reverse.
import type { BackfillDefinition } from '@leadmetrics/db/online';

const MIGRATION = '20261129000004_f02_activity_source_deliverable_fk';

const backfill: BackfillDefinition = {
  steps: [
    {
      label: 'activities with a dangling or cross-tenant source deliverable',
      table: 'activities',
      key: 'id',
      batchSql: `WITH bad AS (
    SELECT a."id", a."tenantId", a."sourceDeliverableId" AS value, d."tenantId" AS owner
      FROM "activities" a LEFT JOIN "deliverables" d ON d."id" = a."sourceDeliverableId"
     WHERE ($1::text IS NULL OR a."id" > $1::text) AND a."id" <= $2::text
       AND a."sourceDeliverableId" IS NOT NULL AND (d."id" IS NULL OR d."tenantId" <> a."tenantId")
       FOR UPDATE OF a
  ), kept AS (
    INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
    SELECT '${MIGRATION}', 'activities', b."id", 'sourceDeliverableId', to_jsonb(b.value),
           CASE WHEN b.owner IS NULL THEN 'no deliverable has this id'
                ELSE format('deliverable belongs to tenant %s, not to the activity''s tenant', b.owner) END,
           b."tenantId"
      FROM bad b
    RETURNING 1
  ), cleared AS (
    UPDATE "activities" a SET "sourceDeliverableId" = NULL FROM bad b WHERE a."id" = b."id" RETURNING 1
  )
  SELECT count(*) FILTER (WHERE owner IS NULL)::int AS dangling,
         count(*) FILTER (WHERE owner IS NOT NULL)::int AS cross_tenant,
         (SELECT count(*) FROM cleared)::int AS nulled
    FROM bad`,
    },
  ],
  finishSql: `DO $$
DECLARE
  m CONSTANT text := '${MIGRATION}';
  counts CONSTANT jsonb := current_setting('online_migration.counts')::jsonb;
  dangling CONSTANT integer := coalesce((counts->>'dangling')::integer, 0);
  cross_tenant CONSTANT integer := coalesce((counts->>'cross_tenant')::integer, 0);
  during integer;
BEGIN
  -- Ids the expand step's trigger quarantined as the legacy application wrote them.
  SELECT count(*) INTO during FROM "migration_quarantine" WHERE "migration" = m AND "reason" LIKE '%(written during the transition)';
  INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note") VALUES
    (m, 'activities', 'quarantined', dangling, 'dangling_source_deliverable', 'sourceDeliverableId pointing at no deliverable'),
    (m, 'activities', 'quarantined', cross_tenant + during, NULL, format('sourceDeliverableId pointing at another tenant''s deliverable (%s of them written during the transition)', during)),
    (m, 'activities', 'nulled', dangling + cross_tenant + during, NULL, 'sourceDeliverableId set to NULL after quarantine');
  RAISE NOTICE '%: activities: % dangling and % cross-tenant sourceDeliverableId values quarantined and set to NULL', m, dangling, cross_tenant + during;
END $$;`,
};

export default backfill;
