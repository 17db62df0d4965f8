-- Finding 5: help_page_ratings and help_search_events keep a "tenantId" that nothing checks, so
-- rows survive their tenant (personal feedback kept after erasure) and may name tenants that never
-- existed. Rows whose tenant is gone are copied whole into migration_quarantine and then deleted;
-- the remaining rows get a real foreign key that cascades with the tenant.
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '10min';

-- Hold off writes to the three tables until the keys are in place: a tenant deleted, or an orphan
-- row written, between the clean-up and the key would make VALIDATE fail. Reads continue.
LOCK TABLE "tenants", "help_page_ratings", "help_search_events" IN SHARE ROW EXCLUSIVE MODE;

DO $$
DECLARE
  m CONSTANT text := '20261129000003_f05_help_analytics_tenant_fk';
  rating_orphans integer;
  search_orphans integer;
BEGIN
  WITH orphans AS (
    DELETE FROM "help_page_ratings" r
     WHERE NOT EXISTS (SELECT 1 FROM "tenants" t WHERE t."id" = r."tenantId")
    RETURNING r.*
  )
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT m, 'help_page_ratings', o."id", NULL, to_jsonb(o), format('tenant %s does not exist', o."tenantId"), NULL
    FROM orphans o;
  GET DIAGNOSTICS rating_orphans = ROW_COUNT;

  WITH orphans AS (
    DELETE FROM "help_search_events" s
     WHERE NOT EXISTS (SELECT 1 FROM "tenants" t WHERE t."id" = s."tenantId")
    RETURNING s.*
  )
  INSERT INTO "migration_quarantine" ("migration", "tableName", "rowId", "columnName", "value", "reason", "tenantId")
  SELECT m, 'help_search_events', o."id", NULL, to_jsonb(o), format('tenant %s does not exist', o."tenantId"), NULL
    FROM orphans o;
  GET DIAGNOSTICS search_orphans = ROW_COUNT;

  INSERT INTO "migration_ledger" ("migration", "tableName", "action", "rows", "anomaly", "note") VALUES
    (m, 'help_page_ratings', 'quarantined', rating_orphans, 'help_rating_orphan', 'whole rows whose tenant does not exist'),
    (m, 'help_page_ratings', 'deleted', rating_orphans, NULL, 'the quarantined orphans'),
    (m, 'help_search_events', 'quarantined', search_orphans, 'help_search_orphan', 'whole rows whose tenant does not exist'),
    (m, 'help_search_events', 'deleted', search_orphans, NULL, 'the quarantined orphans');

  RAISE NOTICE '%: help_page_ratings: % orphan rows quarantined and deleted', m, rating_orphans;
  RAISE NOTICE '%: help_search_events: % orphan rows quarantined and deleted', m, search_orphans;
END $$;

-- AddForeignKey (added NOT VALID, then validated: the definition Prisma expects, checked in one scan)
ALTER TABLE "help_page_ratings" ADD CONSTRAINT "help_page_ratings_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE NOT VALID;
ALTER TABLE "help_page_ratings" VALIDATE CONSTRAINT "help_page_ratings_tenantId_fkey";

-- AddForeignKey
ALTER TABLE "help_search_events" ADD CONSTRAINT "help_search_events_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE NOT VALID;
ALTER TABLE "help_search_events" VALIDATE CONSTRAINT "help_search_events_tenantId_fkey";
